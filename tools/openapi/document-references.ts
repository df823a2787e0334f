// Patchbay's own checks of a document's references and values, before Redocly or
// openapi-typescript sees it: `$ref`s stay inside specs/ (never remote), local ones resolve and do
// not loop, nothing nests past MAX_DEPTH, no number JSON cannot hold, no key openapi-typescript's
// resolver crashes on.
import { existsSync, realpathSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { isObject, type Json } from "@patchbay/common/json";
import { pointerOf, resolvePointer } from "./json-pointer.ts";
import { type LoadedDocument, loadDocument } from "./load-document.ts";
import { SpecError } from "./spec-error.ts";

const MAX_DEPTH = 200;
/**
 * Keys openapi-typescript's resolver (@redocly/openapi-core) looks up on a plain object and then
 * calls: a schema or property with one of these names crashes it ("Cannot convert undefined or
 * null to object"). `constructor` and `toString` survive.
 */
const UNREADABLE_KEYS = new Set([
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "valueOf",
]);

type Report = (tokens: (string | number)[], message: string) => void;

/**
 * Every `$ref` must resolve locally or to a file inside specs/, whose own `$ref`s are checked the
 * same way (openapi-typescript follows them all); remote references are refused. Also refuses
 * numbers JSON cannot hold (`.inf`, `.nan`, `1e400`), `$ref` chains that loop and keys
 * openapi-typescript cannot read. Returns the document's path and every file it references, by
 * absolute path.
 */
export function checkReferences(
  loaded: LoadedDocument,
  specsDir: string,
  report: (error: SpecError) => void,
): { path: string; filesByPath: Map<string, LoadedDocument> } {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : path);
  const specsRoot = real(resolve(specsDir));
  const inside = (path: string) => path.startsWith(specsRoot + sep);
  const mainPath = resolve(specsRoot, relative("specs", loaded.file));
  const pathOf = new Map([[loaded, mainPath]]);
  const loadedAt = new Map([[real(mainPath), loaded]]);
  const queue = [loaded];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const { document: root, errorAt } = file;
    const documentDir = dirname(pathOf.get(file) as string);
    const problem: Report = (tokens, message) => report(errorAt(pointerOf(tokens), message));
    const reportedCycles = new Set<string>();
    const stack: { node: unknown; tokens: (string | number)[] }[] = [{ node: root, tokens: [] }];
    let tooDeepReported = false;
    while (stack.length > 0) {
      const { node, tokens } = stack.pop() as { node: unknown; tokens: (string | number)[] };
      if (tokens.length > MAX_DEPTH) {
        if (!tooDeepReported) problem(tokens.slice(0, 20), `nests deeper than ${MAX_DEPTH} levels`);
        tooDeepReported = true;
        continue;
      }
      if (node === null || typeof node !== "object") continue;
      for (const [key, child] of Object.entries(node)) {
        const childTokens = [...tokens, Array.isArray(node) ? Number(key) : key];
        if (UNREADABLE_KEYS.has(key) && !Array.isArray(node))
          problem(
            childTokens,
            `is named "${key}", which openapi-typescript's resolver mistakes for a method of Object and crashes on; rename it`,
          );
        if (child !== null && typeof child === "object")
          stack.push({ node: child, tokens: childTokens });
        else if (typeof child === "number" && !Number.isFinite(child))
          problem(childTokens, `is ${child}, a number JSON cannot hold`);
      }
      if (Array.isArray(node)) continue;
      const ref = (node as Json).$ref;
      // A property named "$ref" is a property; but a string there is followed like any $ref.
      if (ref === undefined || (tokens.at(-1) === "properties" && typeof ref !== "string"))
        continue;
      const at = [...tokens, "$ref"];
      if (typeof ref !== "string") {
        problem(at, "must be a string (a JSON pointer or a file inside specs/)");
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
        problem(
          at,
          `is a remote reference (${ref}); patchbay never fetches remote $refs — copy the schema into the document`,
        );
      } else if (ref.startsWith("#")) {
        if (resolvePointer(root, ref) === undefined) {
          problem(at, `points at ${ref}, which does not exist in this document`);
          continue;
        }
        const cycle = refCycle(root, ref);
        const key = cycle && [...new Set(cycle)].sort().join(" ");
        if (cycle && key && cycle.includes(pointerOf(tokens)) && !reportedCycles.has(key)) {
          reportedCycles.add(key);
          problem(at, `is part of a $ref chain that never reaches a value (${cycle.join(" → ")})`);
        }
      } else {
        const [filePart = "", fragment = ""] = ref.split("#");
        let target: string;
        try {
          target = resolve(documentDir, decodeURIComponent(filePart));
        } catch {
          problem(at, `is not a valid reference (${ref}): bad percent-encoding`);
          continue;
        }
        if (!inside(target)) {
          problem(
            at,
            `points outside specs/ (${filePart}); references may only name files inside specs/`,
          );
        } else if (!existsSync(target)) {
          problem(at, `points at ${filePart}, which does not exist`);
        } else if (!inside(real(target))) {
          problem(
            at,
            `points outside specs/ (${filePart} is a link to a file outside); references may only name files inside specs/`,
          );
        } else {
          const targetPath = real(target);
          let referenced = loadedAt.get(targetPath);
          if (!referenced) {
            try {
              referenced = loadDocument(
                targetPath,
                `specs/${relative(specsRoot, targetPath).split(sep).join("/")}`,
              );
            } catch (error) {
              if (!(error instanceof SpecError)) throw error;
              report(error);
              continue;
            }
            loadedAt.set(targetPath, referenced);
            pathOf.set(referenced, targetPath);
            queue.push(referenced);
          }
          if (fragment && resolvePointer(referenced.document, `#${fragment}`) === undefined) {
            problem(at, `points at ${ref}, which does not exist in ${referenced.file}`);
          }
        }
      }
    }
  }
  return { path: real(mainPath), filesByPath: loadedAt };
}

/** The loop a chain of local `$ref`s starting at `ref` runs into, or `undefined` when it ends. */
function refCycle(root: Json, ref: string): string[] | undefined {
  const chain = [ref];
  let target = resolvePointer(root, ref);
  while (isObject(target) && typeof target.$ref === "string" && target.$ref.startsWith("#")) {
    const next: string = target.$ref;
    if (chain.includes(next)) return [...chain.slice(chain.indexOf(next)), next];
    chain.push(next);
    target = resolvePointer(root, next);
  }
  return undefined;
}
