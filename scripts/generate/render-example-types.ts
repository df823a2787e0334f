import { deref, exampleCall } from "../openapi/examples.ts";
import { forEachOperation } from "../openapi/validate-document.ts";
import { generatedHeader } from "./render-schema.ts";
import { tsLiteral } from "./ts-literal.ts";
import type { VendorModel } from "./vendor-model.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const isJsonMediaType = (mediaType: string) => /^application\/([\w.+-]+\+)?json\b/i.test(mediaType);

/**
 * `src/examples.test-d.ts`: every JSON example of the document (request bodies, responses, the
 * parameters of a valid call) checked against the generated types with `satisfies`, by the
 * package's type-check. The contract suite proves the client gets these examples back from the
 * mock; this proves the types describe them.
 */
export function renderExampleTypes(model: VendorModel, document: Json): string {
  const checks: string[] = [];
  forEachOperation(document, (operation, _at, method, path) => {
    const pathItem = (document.paths as Json)[path] as Json;
    const at = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
    const label = `${method.toUpperCase()} ${path}`;
    const call = exampleCall(document, pathItem, operation);
    for (const [location, values] of Object.entries(call.params)) {
      // a required parameter without an example: there is no valid call to check
      if (call.missing.some((what) => what.startsWith(`${location} parameter`))) continue;
      checks.push(
        check(
          `${label}: ${location} parameters of a valid call`,
          values,
          `NonNullable<${at}["parameters"][${JSON.stringify(location)}]>`,
        ),
      );
    }
    const requestBody = deref<Json | undefined>(document, operation.requestBody);
    for (const [mediaType, name, value] of jsonExamples(document, requestBody)) {
      checks.push(
        check(
          `${label}: request example ${name}`,
          value,
          `NonNullable<${at}["requestBody"]>["content"][${JSON.stringify(mediaType)}]`,
        ),
      );
    }
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      const response = deref<Json | undefined>(document, raw);
      const key = /^\d+$/.test(status) ? status : JSON.stringify(status);
      for (const [mediaType, name, value] of jsonExamples(document, response)) {
        checks.push(
          check(
            `${label}: ${status} example ${name}`,
            value,
            `${at}["responses"][${key}]["content"][${JSON.stringify(mediaType)}]`,
          ),
        );
      }
    }
  });
  return `// ${generatedHeader(model.specFile)}
// Every example in the document must satisfy the generated types; \`tsc --noEmit\` checks it.
import type { paths } from "./schema.js";

${checks.join("\n\n")}
`;
}

const check = (comment: string, value: unknown, type: string) =>
  // every line terminator JavaScript knows, or the rest of the comment would become code
  `// ${comment.replace(/[\n\r\u2028\u2029]/g, " ")}\n(${tsLiteral(value)}) satisfies ${type};`;

/** `[mediaType, exampleName, value]` for each named (or single) example of a JSON media type. */
function jsonExamples(document: Json, holder: Json | undefined): [string, string, unknown][] {
  if (!isObject(holder) || !isObject(holder.content)) return [];
  return Object.entries(holder.content).flatMap(([mediaType, raw]) => {
    const media = deref<Json | undefined>(document, raw);
    if (!isJsonMediaType(mediaType) || !isObject(media)) return [];
    if (isObject(media.examples)) {
      return Object.entries(media.examples).flatMap(([name, example]) => {
        const resolved = deref<Json>(document, example);
        return isObject(resolved) && "value" in resolved
          ? [[mediaType, name, resolved.value] as [string, string, unknown]]
          : [];
      });
    }
    return "example" in media
      ? [[mediaType, "example", media.example] as [string, string, unknown]]
      : [];
  });
}
