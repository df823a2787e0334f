import { mockAnswersOf } from "@patchbay/openapi/mock-answers";
import type { VendorFile } from "./generated-file.ts";
import { generatedHeader } from "./render-schema.ts";
import type { VendorModel } from "./vendor-model.ts";

/**
 * `src/msw.ts`, the package's `./msw` entry: MSW handlers for every operation of the document
 * (`@patchbay/runtime/msw`'s `createMocks`), answering each declared status with the document's
 * example, else a value synthesized from its schema (`@patchbay/openapi/mock-answers`). The
 * answers are one JSON string, parsed when a handler is first made: importing the entry (Stripe's
 * is about half a megabyte) costs the scan of one string literal, not the building of its objects.
 * It imports nothing of `src/index.ts`, so the main entry never loads a handler and this one no
 * client.
 */
export function renderMsw(model: VendorModel, document: Record<string, unknown>): string {
  const data = JSON.stringify(mockAnswersOf(document));
  const baseUrl = model.defaultBaseUrl ? JSON.stringify(model.defaultBaseUrl) : "null";
  const where = model.defaultBaseUrl
    ? `\`${model.defaultBaseUrl}\`, the document's first server, unless \`baseUrl\` is given`
    : "any origin (the document names no absolute server), unless `baseUrl` is given";
  return `// ${generatedHeader(model.specFile)}
import { createMocks, type VendorMocks } from "@patchbay/runtime/msw";
import type { paths } from "./schema.js";

export type {
  Answer,
  AnswerInfo,
  AnswerOrResolver,
  HandlerOptions,
  MockBody,
  VendorMocks,
} from "@patchbay/runtime/msw";

/**
 * MSW 2.x mocks of ${inComment(model.displayName)}'s API: every operation of ${model.specFile}, matching ${inComment(where)}.
 * \`mock.GET("/path", answer)\` (and \`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\`…) makes one handler whose
 * answer is typed by the operation: \`{ status, body }\`, \`{ error: 404 }\`, \`{ rateLimited: { retryAfter: 1 } }\`.
 */
export const mock: VendorMocks<paths> = createMocks<paths>(
  { vendor: ${JSON.stringify(model.name)}, data: ${JSON.stringify(data)} },
  { baseUrl: ${baseUrl} },
);

/** One handler per operation, each answering its default success: \`setupServer(...handlers())\`. */
export const handlers = (options?: { baseUrl?: string }) => mock.handlers(options);
`;
}

const inComment = (text: string) => text.replaceAll("*/", "*\\/");

export const mswFile: VendorFile = {
  path: "src/msw.ts",
  render: ({ model, document }) => renderMsw(model, document),
  // linted, not formatted (its answers are one long line), like src/index.ts
  biome: "unformatted",
};
