import { isObject, type Json } from "@patchbay/common/json";
import { checkExamples, type ExampleFinding, exampleKey } from "@patchbay/openapi/example-findings";
import { resolveExampleValue } from "@patchbay/openapi/example-values";
import { deref, exampleCall } from "@patchbay/openapi/examples";
import { isFormMediaType, isJsonMediaType } from "@patchbay/openapi/form-bodies";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import type { VendorFile } from "./generated-file.ts";
import { generatedHeader } from "./render-schema.ts";
import { tsLiteral } from "./ts-literal.ts";
import type { VendorModel } from "./vendor-model.ts";

/** Media types whose examples are the objects a client sends or reads: JSON, and forms. */
const isObjectMediaType = (mediaType: string) =>
  isJsonMediaType(mediaType) || isFormMediaType(mediaType);

/**
 * `src/examples.test-d.ts`: every JSON (and form) example of the document (request bodies, responses, the
 * parameters of a valid call) checked against the generated types, by the package's type-check.
 * The contract suite proves the client gets these examples back from the mock; this proves the
 * types describe them. An example its own schema refuses (checkExamples) is the vendor's
 * mistake, not the types': it is left out with a comment naming the finding, and reported.
 */
export function renderExampleTypes(model: VendorModel, document: Json): string {
  const checks: string[] = [];
  const findings = new Map(checkExamples(document).findings.map((found) => [found.example, found]));
  const checkUnlessFound = (key: string, value: unknown, type: string) => {
    const finding = findings.get(key);
    checks.push(finding ? leftOut(finding) : check(key, value, type));
  };
  forEachOperation(document, (operation, _at, method, path) => {
    const pathItem = (document.paths as Json)[path] as Json;
    const at = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
    const label = `${method.toUpperCase()} ${path}`;
    const call = exampleCall(document, pathItem, operation);
    for (const [location, values] of Object.entries(call.params)) {
      // a required parameter without an example: there is no valid call to check
      if (call.missing.some((what) => what.startsWith(`${location} parameter`))) continue;
      const bad = Object.keys(values ?? {}).flatMap((name) =>
        [...findings.values()].filter((found) =>
          found.example.startsWith(
            exampleKey(method, path, { kind: "parameter", in: location, name }, ""),
          ),
        ),
      );
      if (bad.length > 0) checks.push(...bad.map(leftOut));
      else
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
      checkUnlessFound(
        exampleKey(method, path, { kind: "request", mediaType }, name),
        value,
        `NonNullable<${at}["requestBody"]>["content"][${JSON.stringify(mediaType)}]`,
      );
    }
    const responses = isObject(operation.responses) ? operation.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      const response = deref<Json | undefined>(document, raw);
      const key = /^\d+$/.test(status) ? status : JSON.stringify(status);
      for (const [mediaType, name, value] of jsonExamples(document, response)) {
        checkUnlessFound(
          exampleKey(method, path, { kind: "response", status, mediaType }, name),
          value,
          `${at}["responses"][${key}]["content"][${JSON.stringify(mediaType)}]`,
        );
      }
    }
  });
  return `// ${generatedHeader(model.specFile)}
// Every example in the document must satisfy the generated types; \`tsc --noEmit\` checks it.
import type { paths } from "./schema.js";

/** \`T\` with every array and object readonly: what a \`const\` literal is checked against. */
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Whether a value fits \`T\`, as a type-level \`extends\`: unlike \`satisfies\` (or a parameter
 * typed \`T\`) it makes no excess-property check, so an example may carry properties its schema
 * does not name, as a schema without \`additionalProperties: false\` allows. A value that does not
 * fit leaves out the argument \`example_does_not_fit_its_type\`.
 */
const example =
  <T>() =>
  <const V>(
    value: V,
    ..._fits: [V] extends [DeepReadonly<T>] ? [] : [example_does_not_fit_its_type: never]
  ): V =>
    value;

${checks.join("\n\n")}
`;
}

// every line terminator JavaScript knows, or the rest of the comment would become code
const oneLine = (text: string) => text.replace(/[\n\r\u2028\u2029]/g, " ");

const check = (comment: string, value: unknown, type: string) =>
  `// ${oneLine(comment)}\nexample<${type}>()(${tsLiteral(value)});`;

const leftOut = (finding: ExampleFinding) =>
  `// ${oneLine(finding.example)}: left out, its schema refuses it (${finding.at}: ${oneLine(finding.problems.slice(0, 3).join("; "))})`;

/** `[mediaType, exampleName, value]` for each named (or single) example of a JSON or form media type. */
function jsonExamples(document: Json, holder: Json | undefined): [string, string, unknown][] {
  if (!isObject(holder) || !isObject(holder.content)) return [];
  return Object.entries(holder.content).flatMap(([mediaType, raw]) => {
    const media = deref<Json | undefined>(document, raw);
    if (!isObjectMediaType(mediaType) || !isObject(media)) return [];
    if (isObject(media.examples)) {
      return Object.entries(media.examples).flatMap(([name, example]) => {
        const resolved = deref<Json>(document, example);
        return isObject(resolved) && "value" in resolved
          ? [
              [mediaType, name, resolveExampleValue(document, resolved.value)] as [
                string,
                string,
                unknown,
              ],
            ]
          : [];
      });
    }
    return "example" in media
      ? [
          [mediaType, "example", resolveExampleValue(document, media.example)] as [
            string,
            string,
            unknown,
          ],
        ]
      : [];
  });
}

export const exampleTypesFile: VendorFile = {
  path: "src/examples.test-d.ts",
  render: ({ model, document }) => renderExampleTypes(model, document),
  biome: "ignored",
};
