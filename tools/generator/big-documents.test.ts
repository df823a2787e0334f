// A big document (1 MiB or more) is read faster than a small one is (generate-vendor.ts): a YAML
// one by js-yaml while the YAML parser checks it in a worker thread, its examples checked in
// another. What the YAML parser refuses and js-yaml takes is refused all the same, at its line.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "@patchbay/common/temp-repo";
import { parseDocumentBytes } from "@patchbay/openapi/load-document";
import type { SpecError } from "@patchbay/openapi/spec-error";
import { afterAll, describe, expect, it } from "vitest";
import { generate, RefusedDocuments } from "./generate.ts";

const control = readFileSync(join(import.meta.dirname, "fixtures", "control.yaml"), "utf8");
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) removeTempDir(dir);
});

function failureOf(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

/** control.yaml made over 1 MiB by a long `x-padding` list, then `tail` added. */
function bigRoot(tail: string): string {
  const root = makeTempDir("big-document");
  temporary.push(root);
  mkdirSync(join(root, "specs"));
  const padding = Array.from({ length: 20_000 }, (_, i) => `  - line ${i} of padding text\n`);
  writeFileSync(
    join(root, "specs", "big.yaml"),
    `${control.trimEnd()}\nx-padding:\n${padding.join("")}${tail}`,
  );
  return root;
}

describe("a big YAML document", () => {
  it("that js-yaml reads but the YAML parser refuses is refused, at the YAML parser's line", async () => {
    const root = bigRoot('x-note:\n  text: "two\nlines"\n');
    // What the YAML parser alone says (every document was read so before js-yaml).
    const alone = failureOf(() =>
      parseDocumentBytes(readFileSync(join(root, "specs", "big.yaml")), "specs/big.yaml"),
    );
    expect((alone as SpecError).message).toMatch(
      /^specs\/big\.yaml:\d+:\d+ is not valid YAML: Missing closing "quote$/,
    );
    const error = await generate({ root, vendors: ["big"], check: true }).then(
      () => undefined,
      (refusal: unknown) => refusal,
    );
    expect(error).toBeInstanceOf(RefusedDocuments);
    const [problem] = (error as RefusedDocuments).errors;
    expect((error as RefusedDocuments).errors).toHaveLength(1);
    expect(problem?.message).toBe((alone as SpecError).message);
  });
});
