import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import { tokensOf } from "./json-pointer.ts";
import { SpecError } from "./spec-error.ts";

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
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = parsed.errors[0];
  if (firstError) {
    const position = lineCounter.linePos(firstError.pos[0]);
    throw new SpecError(
      file,
      `is not valid YAML: ${firstError.message.split("\n")[0]}`,
      position.line,
      position.col,
    );
  }
  let value: unknown;
  try {
    value = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Only alias expansion fails here (e.g. a "billion laughs" document): point at the first alias.
    let alias: Node | undefined;
    visit(parsed, {
      Alias(_key, node) {
        alias = node;
        return visit.BREAK;
      },
    });
    const position = alias?.range ? lineCounter.linePos(alias.range[0]) : undefined;
    throw new SpecError(
      file,
      `cannot be read: ${(error as Error).message}`,
      position?.line,
      position?.col,
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SpecError(file, "is not an OpenAPI document: its top level must be a mapping", 1, 1);
  }

  const locate = (pointer: string) => {
    let node: Node | null = parsed.contents as Node | null;
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
    document: value as Record<string, unknown>,
    locate,
    errorAt(pointer, problem) {
      const position = locate(pointer);
      return new SpecError(file, problem, position?.line, position?.column, pointer);
    },
  };
}
