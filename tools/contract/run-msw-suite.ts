import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { forEachOperation, pathTemplateNames } from "@patchbay/openapi/operations";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import type { VendorMocks } from "@patchbay/runtime/msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VendorModule } from "./vendor-module.ts";

const repositoryRoot = resolve(import.meta.dirname, "../..");
/** Methods fetch can send (it refuses TRACE), so the ones a handler is made for. */
const MOCKED_METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);

interface MswModule {
  mock: VendorMocks<Record<string, never>>;
  handlers(options?: { baseUrl?: string }): ReturnType<VendorMocks<unknown>["handlers"]>;
}
const isJson = (type: string | undefined) =>
  type !== undefined && /^application\/(?:[\w.+-]*\+)?json\b/i.test(type);

/**
 * Registers the MSW suite of the generated package in `packageDir`: one MSW server with the
 * package's `handlers()`, and every operation of the document (the overlay applied) called
 * through the package's client, answered with its default success: the status, the media type
 * and the body `mock.answerOf` gives (the document's example, else the synthesized value).
 */
export async function defineMswSuite(packageDir: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const { document } = await loadVendorDocument(repositoryRoot, manifest.patchbay.generatedFrom);
  const operations: { method: string; path: string; requestBody: boolean }[] = [];
  forEachOperation(document, (operation, _at, method, path) => {
    if (MOCKED_METHODS.has(method))
      operations.push({ method, path, requestBody: operation.requestBody !== undefined });
  });
  let vendorModule: VendorModule;
  let msw: MswModule;
  let server: ReturnType<typeof setupServer> | undefined;
  let baseUrl: string;

  describe(`msw: ${manifest.name}/msw answers every operation of ${manifest.patchbay.generatedFrom}`, () => {
    beforeAll(async () => {
      vendorModule = await import(pathToFileURL(join(packageDir, "src/index.ts")).href);
      msw = await import(pathToFileURL(join(packageDir, "src/msw.ts")).href);
      for (const name of Object.keys(process.env)) {
        if (name.startsWith(`${vendorModule.descriptor.envPrefix}_`)) vi.stubEnv(name, undefined);
      }
      // a document without an absolute server: its handlers match any origin
      baseUrl = vendorModule.descriptor.defaultBaseUrl || "https://msw-suite.patchbay.invalid";
      server = setupServer(...msw.handlers());
      server.listen({ onUnhandledRequest: "error" });
    });
    afterAll(() => {
      server?.close();
      vi.unstubAllEnvs();
    });

    it("has one handler per operation of the document", () => {
      expect(msw.handlers()).toHaveLength(operations.length);
    });

    it(`answers each of its ${operations.length} operations with its default success`, async () => {
      // no credentials: the client sends none (the handlers take any request)
      const client = vendorModule.createClient({ baseUrl, retry: false });
      const problems: string[] = [];
      for (const { method, path, requestBody } of operations) {
        const label = `${method.toUpperCase()} ${path}`;
        const expected = msw.mock.answerOf(method.toUpperCase() as "GET", path as never) as unknown;
        const binary = vendorModule.descriptor.binaryBodies?.[label as never];
        const init = {
          params: {
            path: Object.fromEntries(pathTemplateNames(path).map((name) => [name, "p_1"])),
          },
          ...(requestBody && { body: binary ? new Blob(["bytes"]) : {} }),
          parseAs: "text",
        };
        try {
          const { response, data } = await client.request(method, path, init);
          const type = response.headers.get("content-type") ?? undefined;
          const text = typeof data === "string" ? data : "";
          // a HEAD answer has no body to compare
          const problem = mismatch(
            response.status,
            type,
            text,
            method === "head" ? undefined : expected,
          );
          if (problem) problems.push(`${label}: ${problem}`);
        } catch (error) {
          problems.push(`${label}: ${(error as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

/** What is wrong with an answer, if anything: a 2xx, of a JSON body equal to the expected one. */
function mismatch(
  status: number,
  type: string | undefined,
  text: string,
  expected: unknown,
): string | undefined {
  if (status < 200 || status > 299) return `answered ${status}`;
  if (expected === undefined) return text === "" ? undefined : `a body where none is declared`;
  if (!isJson(type)) {
    return typeof expected === "string" && text !== expected && !type?.startsWith("multipart/")
      ? `answered ${JSON.stringify(text.slice(0, 80))} (${type})`
      : undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `answered ${type} that is not JSON`;
  }
  return JSON.stringify(body) === JSON.stringify(expected)
    ? undefined
    : `answered ${text.slice(0, 120)}, not the default`;
}
