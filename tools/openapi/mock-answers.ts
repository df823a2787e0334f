// What a vendor's mock (the generated `@patchbay/<vendor>/msw`) answers each operation with: per
// operation, its declared statuses, each with the document's example for it, else a value
// synthesized from its schema (synthesize.ts, as the contract suite makes its values), and the
// status a success answers with. Bodies are kept once each (Stripe's 580 operations share a few
// error bodies), referred to by their index.
import { isObject, type Json } from "@patchbay/common/json";
import { deref, examplesOf } from "./example-sources.ts";
import { forEachOperation } from "./operations.ts";
import { synthesize } from "./synthesize.ts";

/** One declared answer: its media type (none: no body) and the index of its body in `bodies`. */
export interface MockAnswer {
  /** The media type it is answered with: the JSON one where the document offers one. */
  type?: string;
  /** Index into `MockData.bodies`; absent: no body (a 204, a response without content or schema). */
  body?: number;
}

export interface MockOperation {
  /** Lower case: `get`, `post`… */
  method: string;
  /** The document's path template: `/connections/{connection_id}`. */
  path: string;
  /** The status a success answers with: the lowest declared 2xx (200 where none is declared). */
  success: number;
  /** The declared answers by the document's keys: `"200"`, `"4XX"`, `"default"`. */
  answers: Record<string, MockAnswer>;
}

export interface MockData {
  operations: MockOperation[];
  bodies: unknown[];
}

const isJson = (mediaType: string) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(mediaType);

/** The mock answers of every operation of `doc` (the overlay applied), in the document's order. */
export function mockAnswersOf(doc: Json): MockData {
  const bodies: unknown[] = [];
  const known = new Map<string, number>();
  const bodyIndex = (value: unknown): number => {
    const text = JSON.stringify(value) ?? "null";
    let index = known.get(text);
    if (index === undefined) {
      index = bodies.push(value) - 1;
      known.set(text, index);
    }
    return index;
  };
  const operations: MockOperation[] = [];
  forEachOperation(doc, (operation, _at, method, path) => {
    const responses = isObject(operation.responses) ? operation.responses : {};
    const answers: Record<string, MockAnswer> = {};
    for (const [status, raw] of Object.entries(responses)) {
      if (!/^(?:[1-5](?:\d\d|XX)|default)$/i.test(status)) continue;
      answers[status.toUpperCase() === status ? status : status.toLowerCase()] = answerOf(
        doc,
        deref(doc, raw),
        bodyIndex,
      );
    }
    operations.push({ method, path, success: successOf(Object.keys(answers)), answers });
  });
  return { operations, bodies };
}

function successOf(statuses: string[]): number {
  const declared = statuses
    .filter((status) => /^2\d\d$/.test(status))
    .map(Number)
    .sort((a, b) => a - b);
  return declared[0] ?? 200;
}

function answerOf(doc: Json, response: unknown, bodyIndex: (value: unknown) => number): MockAnswer {
  if (!isObject(response) || !isObject(response.content)) return {};
  const types = Object.keys(response.content);
  const type = types.find(isJson) ?? types[0];
  if (type === undefined) return {};
  const media = deref<unknown>(doc, response.content[type]);
  const [example] = examplesOf(doc, media);
  if (example) return { type, body: bodyIndex(example.value) };
  const schema = isObject(media) ? media.schema : undefined;
  if (schema === undefined) return { type };
  const made = synthesize(doc, schema, "response");
  return "problem" in made ? { type } : { type, body: bodyIndex(made.value) };
}
