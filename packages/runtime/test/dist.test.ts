import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { descriptor } from "./fixtures.js";

// Runs after `pnpm build`: both published entry points load and send a request.
const built = existsSync(new URL("../dist/index.cjs", import.meta.url));
const echo: typeof fetch = async (input) =>
  Response.json({ authorization: (input as Request).headers.get("authorization") });

describe.skipIf(!built)("dist", () => {
  it.each([
    ["require", () => createRequire(import.meta.url)("../dist/index.cjs")],
    ["import", () => import(new URL("../dist/index.js", import.meta.url).href)],
  ])("works through %s", async (_, load) => {
    const runtime = (await load()) as typeof import("../src/index.js");
    const options = { apiKey: "sk_dist", fetch: echo };
    const { data } = await runtime
      .createVendorClient<Record<string, never>>(descriptor, options)
      .GET("/x" as never);
    expect(data).toEqual({ authorization: "Bearer sk_dist" });
  });
});

// `msw` is an optional peer dependency: only the `./msw` entry may load it.
describe.skipIf(!built)("dist without msw", () => {
  it.each(["index.js", "index.cjs", "index-node.js", "index-node.cjs", "index-browser.js"])(
    "%s does not import msw",
    (file) => {
      const text = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
      expect(text).not.toMatch(/["']msw(?:\/[^"']*)?["']/);
    },
  );

  it("./msw loads msw/core/http only (not msw's main entry, with GraphQL and WebSockets)", () => {
    for (const file of ["msw.js", "msw.cjs"]) {
      const text = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
      expect([...text.matchAll(/["'](msw[^"']*)["']/g)].map((match) => match[1])).toEqual([
        "msw/core/http",
      ]);
    }
  });
});
