import { Worker } from "node:worker_threads";
import { isObject, type Json } from "@patchbay/common/json";
import { createBodyValidator } from "./body-validator.ts";
import { examplesOf } from "./example-sources.ts";
import { resolveExampleValue } from "./example-values.ts";
import { isFormMediaType, isJsonMediaType } from "./form-bodies.ts";
import { follow, pointerOf, resolvePointer } from "./json-pointer.ts";
import { forEachOperation } from "./operations.ts";

/** Media types whose examples are the objects a client sends or reads: JSON, and forms. */
const isObjectMediaType = (mediaType: string) =>
  isJsonMediaType(mediaType) || isFormMediaType(mediaType);

/** An example the document gives that its own schema refuses: reported, never fatal. */
export interface ExampleFinding {
  /** Which example, as `exampleKey` names it: `POST /things: 201 example created`. */
  example: string;
  /** Where it is written, a JSON pointer into the document. */
  at: string;
  /** The schema it was checked against. */
  schema: string;
  /** Ajv's complaints: `/owner/login must be string`. */
  problems: string[];
}

export interface ExampleCheck {
  /** Examples checked against a schema. */
  checked: number;
  findings: ExampleFinding[];
}

/** Where an example is used: a request body, a response (by its key) or a parameter. */
export type ExamplePlace =
  | { kind: "request"; mediaType: string }
  | { kind: "response"; status: string; mediaType: string }
  | { kind: "parameter"; in: string; name: string };

/** One name for an example, the same wherever it is read: the findings, the type checks, the contract suite. */
export function exampleKey(method: string, path: string, place: ExamplePlace, name: string) {
  const media = "mediaType" in place && place.mediaType !== "application/json";
  const where =
    place.kind === "request"
      ? "request"
      : place.kind === "response"
        ? place.status
        : `${place.in} parameter ${JSON.stringify(place.name)}`;
  return `${method.toUpperCase()} ${path}: ${where}${media ? ` (${(place as { mediaType: string }).mediaType})` : ""} example ${name}`;
}

/**
 * Checks every example the document gives (request bodies, responses and parameters of every
 * operation, named or single, through `$ref`s) against the schema beside it, with the contract
 * suite's Ajv validator.
 */
export function checkExamples(doc: Json): ExampleCheck {
  // The generator asks once for the type checks and again for the README's call: on a 3 MB
  // document each check compiles thousands of schemas, so one document object is checked once.
  const known = checked.get(doc);
  if (known) return known;
  const result = checkExamplesAfresh(doc);
  checked.set(doc, result);
  return result;
}

const checked = new WeakMap<Json, ExampleCheck>();

/** A worker thread that checks a document's examples (checkExamplesMeanwhile). */
export interface ExampleChecker {
  /**
   * Has checkExamples(doc) worked out in the worker, for the caller to go on meanwhile and await
   * this before it first asks checkExamples(doc), which then answers from the worker's result.
   * Never rejects: where the worker cannot run (no TypeScript loader to be had) or fails,
   * checkExamples(doc) works it out itself when asked, and throws what it throws.
   */
  check(doc: Json): Promise<void>;
  /** Ends the worker, for a caller that will not check a document after all. */
  stop(): void;
}

/**
 * Starts a worker thread for checkExamples, before there is a document to check: loading its
 * modules (Ajv, TypeScript through tsx) then overlaps the caller's reading of the document.
 * Checking a 3 MB document's examples compiles thousands of schemas (a second or two), which
 * the worker does on another core while the caller validates the document.
 */
export function startExampleChecker(): ExampleChecker {
  let worker: Worker | undefined;
  try {
    // The worker is TypeScript: tsx, which runs the tools, loads it there too.
    const tsx = import.meta.resolve("tsx/esm/api");
    const script = new URL("./example-findings-worker.ts", import.meta.url).href;
    worker = new Worker(
      `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(script)}, ${JSON.stringify(script)}));`,
      { eval: true },
    );
    worker.unref();
    // Unheard, an error would be thrown in the caller's thread; `check` hears it.
    worker.on("error", () => undefined);
  } catch {
    worker = undefined;
  }
  return {
    check: (doc) =>
      new Promise((resolve) => {
        if (!worker || checked.has(doc)) return resolve();
        worker.once("message", (result: ExampleCheck) => {
          checked.set(doc, result);
          resolve();
        });
        worker.once("error", () => resolve());
        worker.once("exit", () => resolve());
        worker.postMessage(doc);
      }),
    stop: () => void worker?.terminate(),
  };
}

/** checkExamples(doc) in a worker thread started now (see ExampleChecker). */
export const checkExamplesMeanwhile = (doc: Json): Promise<void> =>
  startExampleChecker().check(doc);

function checkExamplesAfresh(doc: Json): ExampleCheck {
  const validate = createBodyValidator(doc, { asGeneratedTypes: true });
  const result: ExampleCheck = { checked: 0, findings: [] };
  const check = (key: string, at: string[], schemaAt: string[], value: unknown) => {
    if (resolvePointer(doc, pointerOf(schemaAt)) === undefined) return;
    result.checked++;
    let problems: string[];
    try {
      problems = validate(pointerOf(schemaAt), value);
    } catch (error) {
      // A schema Ajv cannot compile (e.g. a pattern JavaScript cannot read) checks nothing.
      result.checked--;
      return void error;
    }
    if (problems.length > 0)
      result.findings.push({
        example: key,
        at: pointerOf(at),
        schema: pointerOf(schemaAt),
        problems,
      });
  };
  const checkMedia = (
    method: string,
    path: string,
    holderAt: string[],
    place: (mediaType: string) => ExamplePlace,
  ) => {
    const holder = resolvePointer(doc, pointerOf(holderAt));
    if (!isObject(holder) || !isObject(holder.content)) return;
    for (const mediaType of Object.keys(holder.content).filter(isObjectMediaType)) {
      const mediaAt = follow(doc, [...holderAt, "content", mediaType]);
      for (const { name, at, value } of ownExamples(doc, mediaAt))
        check(exampleKey(method, path, place(mediaType), name), at, [...mediaAt, "schema"], value);
    }
  };
  forEachOperation(doc, (operation, at, method, path) => {
    const pathItem = (doc.paths as Json)[path] as Json;
    const parameterLists: string[][] = [];
    if (Array.isArray(pathItem.parameters)) parameterLists.push(["paths", path, "parameters"]);
    if (Array.isArray(operation.parameters)) parameterLists.push([...at, "parameters"]);
    for (const listAt of parameterLists) {
      const list = resolvePointer(doc, pointerOf(listAt)) as unknown[];
      list.forEach((_, index) => {
        const parameterAt = follow(doc, [...listAt, String(index)]);
        const parameter = resolvePointer(doc, pointerOf(parameterAt));
        if (!isObject(parameter) || typeof parameter.name !== "string") return;
        const place: ExamplePlace = {
          kind: "parameter",
          in: String(parameter.in),
          name: parameter.name,
        };
        for (const { name, at: exampleAt, value } of ownExamples(doc, parameterAt))
          check(
            exampleKey(method, path, place, name),
            exampleAt,
            [...parameterAt, "schema"],
            value,
          );
      });
    }
    if (operation.requestBody !== undefined)
      checkMedia(method, path, follow(doc, [...at, "requestBody"]), (mediaType) => ({
        kind: "request",
        mediaType,
      }));
    if (isObject(operation.responses)) {
      for (const status of Object.keys(operation.responses))
        checkMedia(method, path, follow(doc, [...at, "responses", status]), (mediaType) => ({
          kind: "response",
          status,
          mediaType,
        }));
    }
  });
  return result;
}

/** The `example` and each of the `examples` of a media type or parameter object at `holderAt`, else its schema's. */
function ownExamples(doc: Json, holderAt: string[]) {
  const holder = resolvePointer(doc, pointerOf(holderAt));
  const found: { name: string; at: string[]; value: unknown }[] = [];
  if (!isObject(holder)) return found;
  if ("example" in holder)
    found.push({
      name: "example",
      at: [...holderAt, "example"],
      value: resolveExampleValue(doc, holder.example),
    });
  if (isObject(holder.examples)) {
    for (const name of Object.keys(holder.examples)) {
      const exampleAt = follow(doc, [...holderAt, "examples", name]);
      const example = resolvePointer(doc, pointerOf(exampleAt));
      if (isObject(example) && "value" in example)
        found.push({
          name,
          at: [...exampleAt, "value"],
          value: resolveExampleValue(doc, example.value),
        });
    }
  }
  // None of its own: the one its schema gives, which a call is built from all the same.
  if (found.length > 0) return found;
  return examplesOf(doc, holder)
    .slice(0, 1)
    .map(({ name, value }) => ({ name, at: [...holderAt, "schema"], value }));
}
