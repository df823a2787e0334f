import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import {
  FAILSAFE_SCHEMA,
  type LoadOptions as JsYamlOptions,
  Type as JsYamlType,
  load as loadJsYaml,
} from "js-yaml";
import { visit as visitJson } from "jsonc-parser";
import {
  Document,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type ScalarTag,
  visit,
} from "yaml";
import { tokensOf } from "./json-pointer.js";
import { SpecError } from "./spec-error.js";

export interface LoadedDocument {
  /** Path shown in messages, relative to the repository (e.g. `specs/datagrid.yaml`). */
  file: string;
  bytes: Buffer;
  document: Record<string, unknown>;
  /** Line and column (1-based) of the node at a JSON pointer, or of its nearest existing parent. */
  locate(pointer: string): { line: number; column: number } | undefined;
  /** A SpecError pointing at `pointer`. */
  errorAt(pointer: string, problem: string): SpecError;
  /**
   * Loaded with `yamlCheck: "background"` and read by js-yaml: settles when the YAML parser, in a
   * worker thread, has read the text too, rejecting with the SpecError it refuses it with (a
   * syntax error js-yaml lets through). Undefined where the document was checked as it was read.
   */
  checked?: Promise<void>;
}

export interface LoadOptions {
  /**
   * "background": a YAML document js-yaml can read is read by it, and the YAML parser's check
   * runs in a worker thread meanwhile (`checked`), for a caller that awaits `checked` before it
   * trusts its own result (the generator). Else the YAML parser reads YAML documents, as ever.
   */
  yamlCheck?: "background";
}

const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** YAML aliases a document may expand; a "billion laughs" document needs far more. */
const MAX_ALIAS_COUNT = 1000;
/**
 * Values plus string characters a document with aliases may expand to. Under MAX_ALIAS_COUNT,
 * 999 aliases of one big mapping or string still expand quadratically (an 8 MB string aliased
 * 999 times is 8 GB to copy), which ran the generator out of memory or time.
 */
const MAX_EXPANDED_SIZE = MAX_DOCUMENT_BYTES;

export function loadDocument(path: string, file = path, options?: LoadOptions): LoadedDocument {
  const bytes = readFileSync(path);
  return parseDocumentBytes(bytes, file, options);
}

export function parseDocumentBytes(
  bytes: Buffer,
  file: string,
  { yamlCheck }: LoadOptions = {},
): LoadedDocument {
  if (bytes.length === 0) {
    throw new SpecError(file, "is empty: expected an OpenAPI 3.x document", 1, 1);
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new SpecError(
      file,
      `is ${bytes.length} bytes; documents over ${MAX_DOCUMENT_BYTES} bytes are refused`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = bytes.subarray(0, nul);
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const column = nul - before.lastIndexOf(0x0a);
    throw new SpecError(
      file,
      "is a binary file (it contains NUL bytes), not a YAML or JSON document",
      line,
      column,
    );
  }
  const text = bytes.toString("utf8");
  // The YAML parser (the `yaml` package) reads 3 MB in one or two seconds. A JSON document (most
  // big published ones) is read by JSON.parse, twenty times faster, and the YAML parser runs only
  // if something asks where a node is (locate, errorAt: a refusal or a finding), giving the same
  // places as before. A YAML document, where the caller will await `checked`, is read by js-yaml,
  // ten times faster, and the YAML parser checks it meanwhile on another core.
  const lazily = (value: Record<string, unknown>, checked?: Promise<void>) => {
    let parsed: YamlDocument | undefined;
    const yaml = () => {
      parsed ??= readYaml(text, file);
      return parsed;
    };
    return { ...loadedDocument(file, bytes, value, yaml), ...(checked && { checked }) };
  };
  const json = readJson(text);
  if (json) return lazily(json);
  const plain = yamlCheck === "background" ? readPlainYaml(text) : undefined;
  if (plain) return lazily(plain, checkYamlInBackground(text, file));
  const parsed = readYaml(text, file);
  return loadedDocument(file, bytes, parsed.value, () => parsed);
}

/** The YAML parser's reading of a document: its value and its nodes, with their lines. */
interface YamlDocument {
  value: Record<string, unknown>;
  contents: Node | null;
  lineCounter: LineCounter;
}

/**
 * `text` read by the YAML parser (JSON is YAML too), every refusal at its line: a syntax error, a
 * duplicate key, an alias without end or one that expands too far, a top level that is not a
 * mapping.
 */
function readYaml(text: string, file: string): YamlDocument {
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = parsed.errors[0];
  if (firstError) {
    const position = lineCounter.linePos(firstError.pos[0]);
    throw yamlSyntaxError(file, firstError.message, position);
  }
  let alias: Node | undefined;
  /** An alias inside the node it refers to (`&a { b: *a }`): a document without end. */
  let selfContaining: Node | undefined;
  // An alias names the nearest anchor before it (`Alias.resolve` searches the whole document).
  const anchors = new Map<string, Node>();
  visit(parsed, (_key, node) => {
    if (isAlias(node)) {
      alias ??= node;
      const source = anchors.get(node.source);
      const at = node.range?.[0] ?? -1;
      if (source?.range && at >= source.range[0] && at < source.range[2]) {
        selfContaining = node;
        return visit.BREAK;
      }
    } else if ((isScalar(node) || isCollection(node)) && node.anchor) {
      anchors.set(node.anchor, node);
    }
  });
  const refuse = (problem: string, at: Node | undefined) => {
    const position = at?.range ? lineCounter.linePos(at.range[0]) : undefined;
    return new SpecError(file, problem, position?.line, position?.col);
  };
  if (selfContaining) {
    throw refuse(
      "has a YAML alias inside the node it refers to: it would never end",
      selfContaining,
    );
  }
  let value: unknown;
  try {
    value = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Only alias expansion fails here (e.g. a "billion laughs" document): point at the first alias.
    throw refuse(`cannot be read: ${(error as Error).message}`, alias);
  }
  if (alias && expandsBeyond(value, MAX_EXPANDED_SIZE)) {
    throw refuse(
      `expands to more than ${MAX_EXPANDED_SIZE} values and characters through YAML aliases (a resource exhaustion attack); write the repeated parts out or use $ref`,
      alias,
    );
  }
  if (!isMapping(value)) {
    throw new SpecError(file, "is not an OpenAPI document: its top level must be a mapping", 1, 1);
  }
  return { value, contents: parsed.contents as Node | null, lineCounter };
}

/** The YAML parser's first error, as patchbay words it. */
function yamlSyntaxError(file: string, message: string, at: { line: number; col: number }) {
  // The parser recurses per level: a deep enough (valid) document overflows its stack.
  const problem = message.includes("Maximum call stack size exceeded")
    ? "nests too deeply to be read (the YAML parser ran out of stack here)"
    : `is not valid YAML: ${message.split("\n")[0]}`;
  return new SpecError(file, problem, at.line, at.col);
}

/**
 * The YAML parser's reading of `text`, in a worker thread: rejects with its first error, as
 * readYaml words it. For a text js-yaml read (readPlainYaml), so without aliases and not deeper
 * than JSON_FAST_DEPTH: syntax errors are all that is left to find. The worker is plain
 * JavaScript (no TypeScript loader needed) and does not keep the process alive.
 */
function checkYamlInBackground(text: string, file: string): Promise<void> {
  const checked = new Promise<void>((resolve, reject) => {
    const worker = new Worker(YAML_CHECK_WORKER, {
      eval: true,
      workerData: { text, yaml: requireHere.resolve("yaml") },
    });
    worker.unref();
    worker.once("message", (error: { message: string; line: number; col: number } | null) => {
      if (error) reject(yamlSyntaxError(file, error.message, error));
      else resolve();
    });
    // The worker could not run (no memory for it, say): the check runs here instead.
    worker.once("error", () => {
      try {
        readYaml(text, file);
        resolve();
      } catch (refusal) {
        reject(refusal);
      }
    });
  });
  // Its refusal may come while the caller is busy, before it awaits `checked`: marked handled
  // here, so that Node does not take it for an unhandled rejection (and end the process).
  checked.catch(() => undefined);
  return checked;
}

const requireHere = createRequire(import.meta.url);
const YAML_CHECK_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { LineCounter, parseDocument } = require(workerData.yaml);
const lineCounter = new LineCounter();
const parsed = parseDocument(workerData.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
const first = parsed.errors[0];
parentPort.postMessage(first ? { message: first.message, ...lineCounter.linePos(first.pos[0]) } : null);
`;

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Nesting past which a JSON document is left to the YAML parser: the generator refuses documents
 * deeper than 200 levels anyway (document-references.ts), and the YAML parser's reading of them
 * ("nests too deeply" when its stack runs out, else that refusal at its pointer) is kept as it was.
 */
const JSON_FAST_DEPTH = 200;

/**
 * `text` read as JSON, when it is a JSON object that the YAML parser would read the same way
 * and accept; else undefined, and the YAML parser reads it (and refuses it, where it did).
 * JSON.parse keeps the last of two equal keys where the YAML parser refuses the document
 * (`uniqueKeys`), so the keys of each object are compared in a second pass over the text, by
 * jsonc-parser's scanner, which also gives each key decoded (`"a"` and `"\u0061"` are equal).
 */
function readJson(text: string): Record<string, unknown> | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // not JSON (maybe YAML in braces): the YAML parser says what is wrong
  }
  if (!isMapping(value)) return undefined;
  /** Each open object's keys so far; null for an array. */
  const open: (Set<string> | null)[] = [];
  let plain = true;
  visitJson(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
        if (open.length > JSON_FAST_DEPTH) plain = false;
        return plain;
      },
      onObjectEnd: () => void open.pop(),
      onArrayBegin: () => {
        open.push(null);
        if (open.length > JSON_FAST_DEPTH) plain = false;
        return plain;
      },
      onArrayEnd: () => void open.pop(),
      onObjectProperty: (key) => {
        const keys = open.at(-1);
        if (keys?.has(key)) plain = false;
        keys?.add(key);
      },
    },
    { disallowComments: true },
  );
  return plain ? value : undefined;
}

/**
 * The scalars of YAML 1.2's core schema, as the YAML parser reads a plain (unquoted) scalar: its
 * own tags (null, bool, int, float; else a string), tried in its order, so that js-yaml gives
 * each value the type the YAML parser gives it (`0o17` is 15, `0b1` and `1_000` are strings).
 */
const coreScalars = new Document().schema.tags.filter(
  (tag): tag is ScalarTag =>
    tag.default === true && tag.test !== undefined && !("collection" in tag && tag.collection),
);
const CORE_SCALAR = new JsYamlType("tag:patchbay,2026:yaml-1.2-core-scalar", {
  kind: "scalar",
  resolve: (text: string | null) =>
    text !== null && coreScalars.some((tag) => tag.test?.test(text)),
  construct: (text: string) => {
    const tag = coreScalars.find((candidate) => candidate.test?.test(text));
    const value = tag?.resolve?.(text, () => undefined, {});
    return isScalar(value) ? value.value : value;
  },
});
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [CORE_SCALAR] });

/**
 * Where a node could be an alias (`*a`) or have an anchor (`&a`): after a space, a flow indicator
 * or `:`, or at the start of the text, each with its name (up to a space or a flow indicator, as
 * YAML reads it). A superset: text that merely looks like them (a description's ` **bold**`)
 * matches too.
 */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[\]{}:\ufeff])([&*])([^\s,[\]{}]+)/g;

/**
 * Whether `text` may use an alias: some name is written both as an anchor and as an alias where
 * a node could start. A document js-yaml reads has an anchor for each of its aliases, so where
 * no name is written both ways there is none, and the YAML parser's alias limits and "billion
 * laughs" refusals have nothing to refuse. Where one is, the YAML parser reads the document.
 */
function mayUseAliases(text: string): boolean {
  const anchors = new Set<string>();
  const aliases = new Set<string>();
  for (const [, sign, name] of text.matchAll(ANCHOR_OR_ALIAS))
    (sign === "&" ? anchors : aliases).add(name as string);
  for (const name of aliases) if (anchors.has(name)) return true;
  return false;
}

/**
 * `text` read by js-yaml (ten times faster than the YAML parser), where it gives the value the
 * YAML parser gives; else undefined, and the YAML parser reads it (and refuses it, where it did).
 * Left to the YAML parser: anything js-yaml refuses (a syntax error, a duplicate key, more than
 * one document, a tag other than YAML's own `!!str`, `!!seq`, `!!map`, nesting deeper than
 * JSON_FAST_DEPTH: the refusal and its line are the YAML parser's), aliases (mayUseAliases),
 * directives (`%YAML 1.1` changes how the YAML parser reads scalars), a top level that is not a
 * mapping, and a key js-yaml spells otherwise (a null key is `null` there, `""` for the YAML
 * parser; a list as a key is `a,b` there). js-yaml takes some text the YAML parser refuses (a
 * quoted string's next line indented too little, a key over 1024 characters): the caller learns
 * of those from checkYamlInBackground.
 */
function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (/^%/m.test(text) || mayUseAliases(text)) return undefined;
  let value: unknown;
  try {
    // maxDepth is js-yaml 4.3's (its types are older)
    value = loadJsYaml(text, { schema: CORE_SCHEMA, maxDepth: JSON_FAST_DEPTH } as JsYamlOptions);
  } catch {
    return undefined;
  }
  if (!isMapping(value) || !plainKeys(value)) return undefined;
  return value;
}

/** Whether no key of `value` is one js-yaml spells otherwise than the YAML parser (see above). */
function plainKeys(value: Record<string, unknown>): boolean {
  const stack: unknown[] = [value];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== "object") continue;
    if (!Array.isArray(node))
      for (const key of Object.keys(node))
        if (key === "null" || key.includes(",") || key.includes("[object ")) return false;
    for (const child of Object.values(node)) if (typeof child === "object") stack.push(child);
  }
  return true;
}

function loadedDocument(
  file: string,
  bytes: Buffer,
  document: Record<string, unknown>,
  yaml: () => YamlDocument,
): LoadedDocument {
  const locate = (pointer: string) => {
    const { contents, lineCounter } = yaml();
    let node: Node | null = contents;
    let located = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    for (const token of tokensOf(pointer)) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === token,
        );
        if (pair && isScalar(pair.key) && pair.key.range)
          located = lineCounter.linePos(pair.key.range[0]);
        next = pair?.value;
      } else if (isSeq(node)) {
        next = node.items[Number(token)];
      }
      if (!next || typeof next !== "object") break;
      // A mapping is located by its key, except a list item, which has none.
      const listItem = isSeq(node);
      node = next as Node;
      if ((listItem || !isMap(node)) && node.range) located = lineCounter.linePos(node.range[0]);
    }
    return located ? { line: located.line, column: located.col } : undefined;
  };

  return {
    file,
    bytes,
    document,
    locate,
    errorAt(pointer, problem) {
      const position = locate(pointer);
      return new SpecError(file, problem, position?.line, position?.column, pointer);
    },
  };
}

/**
 * Whether `value`, with every shared (aliased) part counted each time it appears, exceeds `limit`.
 * Aliases share one JavaScript object, so each object's size is worked out once and reused: the
 * cost is the document's own size, not its expanded size (990 aliases of a 22,000-value mapping
 * are 990 additions, not 22 million visits). No recursion, so depth cannot overflow the stack.
 */
function expandsBeyond(value: unknown, limit: number): boolean {
  const leaf = (node: unknown) => (typeof node === "string" ? node.length + 1 : 1);
  if (value === null || typeof value !== "object") return leaf(value) > limit;
  const sizes = new Map<object, number>();
  // Depth-first; an object's size is summed once every child object has one.
  const stack: { node: object; expanded: boolean }[] = [{ node: value, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: object; expanded: boolean };
    if (sizes.has(top.node)) {
      stack.pop();
      continue;
    }
    const children = Object.values(top.node);
    if (!top.expanded) {
      top.expanded = true;
      for (const child of children)
        if (child !== null && typeof child === "object" && !sizes.has(child))
          stack.push({ node: child, expanded: false });
      continue;
    }
    stack.pop();
    let size = 1;
    for (const child of children) {
      size += child !== null && typeof child === "object" ? (sizes.get(child) ?? 0) : leaf(child);
      if (size > limit) return true;
    }
    sizes.set(top.node, size);
  }
  return false;
}
