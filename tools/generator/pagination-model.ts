import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { tokensOf } from "@patchbay/openapi/json-pointer";
import { findOperation, operationsByName } from "@patchbay/openapi/operation-names";
import type { PaginationDeclaration } from "@patchbay/openapi/sidecar";
import type { SpecError } from "@patchbay/openapi/spec-error";
import { schemasAt, successSchema } from "./connections-model.ts";

/** A pagination rule as the runtime takes it: every pointer as its tokens. */
export function paginationTokens(rule: PaginationDeclaration) {
  return {
    items: tokensOf(rule.items),
    ...(rule.cursor && {
      cursor: {
        ...rule.cursor,
        ...(rule.cursor.fromBody !== undefined && { fromBody: tokensOf(rule.cursor.fromBody) }),
        ...(rule.cursor.fromLastItem !== undefined && {
          fromLastItem: tokensOf(rule.cursor.fromLastItem),
        }),
        ...(rule.cursor.more !== undefined && { more: tokensOf(rule.cursor.more) }),
      },
    }),
    ...(rule.page && {
      page: {
        ...rule.page,
        ...(rule.page.totalPages !== undefined && { totalPages: tokensOf(rule.page.totalPages) }),
      },
    }),
    ...(rule.offset && {
      offset: {
        ...rule.offset,
        ...(rule.offset.more !== undefined && { more: tokensOf(rule.offset.more) }),
      },
    }),
  };
}

/** One paged list operation: where it is and how it pages. */
export interface PagedOperation {
  /** As the sidecar names it: the operationId, or `METHOD /path` where the document gives none. */
  name: string;
  method: string;
  path: string;
  rule: PaginationDeclaration;
}

/**
 * Resolves the sidecar's `pagination` in the document: each named operation exists, its 2xx answer
 * has an array at `items`, its cursor or page parameter is a query parameter or body property
 * of the operation, and `fromBody` / `totalPages` are fields of the answer.
 */
export function resolvePagination(
  doc: Json,
  declared: Record<string, PaginationDeclaration>,
  errorAt: (pointer: string, problem: string) => SpecError,
): { paged: PagedOperation[]; problems: SpecError[] } {
  const byName = operationsByName(doc);
  const problems: SpecError[] = [];
  const paged: PagedOperation[] = [];
  for (const [operationId, rule] of Object.entries(declared)) {
    const at = `#/pagination/${operationId.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    const named = findOperation(byName, operationId);
    if ("problem" in named) {
      problems.push(errorAt(at, named.problem));
      continue;
    }
    const found = { ...named, pathItem: (doc.paths as Json)[named.path] as Json };
    const body = successSchema(doc, found.operation);
    const arrays = schemasAt(doc, body, tokensOf(rule.items)).filter(
      (schema) => schema.type === "array" || "items" in schema,
    );
    if (arrays.length === 0)
      problems.push(
        errorAt(`${at}/items`, `must point at an array in ${operationId}'s 2xx answer`),
      );
    const parameter = rule.cursor ?? rule.page ?? rule.offset;
    if (parameter && !takesParameter(doc, found, parameter))
      problems.push(
        errorAt(
          `${at}/${rule.cursor ? "cursor" : rule.page ? "page" : "offset"}/name`,
          `${operationId} has no ${parameter.in === "query" ? "query parameter" : "body property"} "${parameter.name}"`,
        ),
      );
    for (const [where, pointer, schema] of [
      ["cursor/fromBody", rule.cursor?.fromBody, body],
      [
        "cursor/fromLastItem",
        rule.cursor?.fromLastItem,
        arrays[0] && deref<Json>(doc, arrays[0].items),
      ],
      ["page/totalPages", rule.page?.totalPages, body],
      ["cursor/more", rule.cursor?.more, body],
      ["offset/more", rule.offset?.more, body],
    ] as const) {
      if (pointer !== undefined && schemasAt(doc, schema, tokensOf(pointer)).length === 0)
        problems.push(
          errorAt(
            `${at}/${where}`,
            `reads ${pointer}, which ${operationId}'s answer does not have`,
          ),
        );
    }
    paged.push({ name: operationId, method: found.method, path: found.path, rule });
  }
  return { paged, problems };
}

function takesParameter(
  doc: Json,
  { operation, pathItem }: { operation: Json; pathItem: Json },
  parameter: { in: "query" | "body"; name: string },
): boolean {
  if (parameter.in === "query") {
    const declared = [
      ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
      ...(Array.isArray(operation.parameters) ? operation.parameters : []),
    ].map((raw) => deref<Json>(doc, raw));
    return declared.some(
      (item) => isObject(item) && item.in === "query" && item.name === parameter.name,
    );
  }
  const requestBody = deref<Json>(doc, operation.requestBody);
  const content = isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : {};
  return Object.values(content).some(
    (media) => isObject(media) && schemasAt(doc, media.schema, [parameter.name]).length > 0,
  );
}
