import { readFileSync } from "node:fs";
import { visit as visitJson } from "jsonc-parser";
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
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

export function loadDocument(path: string, file = path): LoadedDocument {
  const bytes = readFileSync(path);
  return parseDocumentBytes(bytes, file);
}

export function parseDocumentBytes(bytes: Buffer, file: string): LoadedDocument {
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
  // A JSON document (the common case for big published ones) is read by JSON.parse, twenty
  // times faster than the YAML parser; the YAML parser then runs only if something asks where a
  // node is (locate, errorAt: a refusal or a finding), and gives the same places as before.
  const json = readJson(text);
  if (json) {
    let parsed: YamlDocument | undefined;
    return loadedDocument(file, bytes, json, () => {
      parsed ??= readYaml(text, file);
      return parsed;
    });
  }
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
    // The parser recurses per level: a deep enough (valid) document overflows its stack.
    const problem = firstError.message.includes("Maximum call stack size exceeded")
      ? "nests too deeply to be read (the YAML parser ran out of stack here)"
      : `is not valid YAML: ${firstError.message.split("\n")[0]}`;
    throw new SpecError(file, problem, position.line, position.col);
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
