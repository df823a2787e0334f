import { apiErrorFromResponse } from "./api-error.js";
import { PatchbayError } from "./errors.js";

/** A JSON pointer as its tokens (`/pagination/totalPages` → `["pagination", "totalPages"]`). */
export type PointerTokens = readonly string[];

/** Where a page's next request puts its cursor or page number. */
export interface PageParameter {
  readonly in: "query" | "body";
  readonly name: string;
}

/**
 * How a list operation pages, as a vendor's sidecar declares it: the items of each page, and
 * either a cursor (read from the answer, or the last item's id) or a page number.
 */
export interface PaginationRule {
  readonly items: PointerTokens;
  readonly cursor?: PageParameter & {
    /** The next cursor in the answer (`/next_cursor`); absent or null ends the walk. */
    readonly fromBody?: PointerTokens;
    /** The next cursor is this field of the page's last item (`/id`); an empty page ends it. */
    readonly fromLastItem?: PointerTokens;
    /** A field that is true (or holds a value) only while another page follows (Stripe's `/has_more`). */
    readonly more?: PointerTokens;
  };
  readonly page?: PageParameter & {
    /** The first page's number (default 1). */
    readonly start?: number;
    /** The number of pages in the answer; without it, an empty page ends the walk. */
    readonly totalPages?: PointerTokens;
  };
  /** An offset: the items received so far (Airbyte's `offset` beside `limit`). */
  readonly offset?: PageParameter & {
    /** A field the answer holds only while another page follows (`/next`); without it, an empty page ends the walk. */
    readonly more?: PointerTokens;
  };
}

export interface PageOptions {
  /** Stop after this many pages (default: all of them). */
  maxPages?: number;
  /** Stops the walk, and the request under way. */
  signal?: AbortSignal;
}

export const valueAt = (body: unknown, pointer: PointerTokens): unknown => {
  let node = body;
  for (const token of pointer) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
};

/** The items of one page: the array at `rule.items`, or none. */
export const pageItems = (rule: PaginationRule, body: unknown): unknown[] => {
  const items = valueAt(body, rule.items);
  return Array.isArray(items) ? items : [];
};

/** Whether a "more pages follow" field says so: true, or any value but false, null and "". */
const holdsValue = (value: unknown) =>
  value !== undefined && value !== null && value !== "" && value !== false;

type Init = { params?: { query?: Record<string, unknown> }; body?: unknown };

const withParameter = (init: Init, where: PageParameter, value: unknown): Init =>
  where.in === "query"
    ? { ...init, params: { ...init.params, query: { ...init.params?.query, [where.name]: value } } }
    : { ...init, body: { ...(init.body as object), [where.name]: value } };

const currentPage = (init: Init, page: NonNullable<PaginationRule["page"]>): number => {
  const holder = page.in === "query" ? init.params?.query : (init.body as Record<string, unknown>);
  const value = Number(holder?.[page.name] ?? page.start ?? 1);
  return Number.isFinite(value) ? value : (page.start ?? 1);
};

/**
 * The request for the page after `body` (the answer to `init`), or undefined where `body` was
 * the last page. Pure: the caller sends it.
 */
export function nextPageInit<I extends Init>(
  rule: PaginationRule,
  init: I,
  body: unknown,
): I | undefined {
  const items = pageItems(rule, body);
  if (rule.cursor) {
    const cursor = rule.cursor.fromBody
      ? valueAt(body, rule.cursor.fromBody)
      : items.length > 0 && rule.cursor.fromLastItem
        ? valueAt(items.at(-1), rule.cursor.fromLastItem)
        : undefined;
    if (cursor === undefined || cursor === null || cursor === "" || items.length === 0)
      return undefined;
    if (rule.cursor.more && !holdsValue(valueAt(body, rule.cursor.more))) return undefined;
    // A cursor that does not move would ask for the same page forever.
    const holder =
      rule.cursor.in === "query"
        ? init.params?.query
        : (init.body as Record<string, unknown> | undefined);
    if (holder?.[rule.cursor.name] === cursor) return undefined;
    return withParameter(init, rule.cursor, cursor) as I;
  }
  if (rule.offset) {
    const holder =
      rule.offset.in === "query"
        ? init.params?.query
        : (init.body as Record<string, unknown> | undefined);
    const offset = Number(holder?.[rule.offset.name] ?? 0);
    if (items.length === 0 || (rule.offset.more && !holdsValue(valueAt(body, rule.offset.more))))
      return undefined;
    return withParameter(
      init,
      rule.offset,
      (Number.isFinite(offset) ? offset : 0) + items.length,
    ) as I;
  }
  if (rule.page) {
    const page = currentPage(init, rule.page);
    const total = rule.page.totalPages ? Number(valueAt(body, rule.page.totalPages)) : undefined;
    if (items.length === 0 || (total !== undefined && Number.isFinite(total) && page >= total))
      return undefined;
    return withParameter(init, rule.page, page + 1) as I;
  }
  return undefined;
}

type PagingClient = {
  request(
    method: string,
    path: string,
    init: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

/**
 * Every item of a paged list operation, page after page, as `for await (const item of …)`:
 * bounded by `maxPages`, stopped by `signal`; a non-2xx page throws the runtime's `ApiError`.
 */
export async function* paginate<Item = unknown>(
  /** A vendor client (its typed `request` is called loosely here). */
  client: object,
  operation: { method: string; path: string; vendor?: string },
  init: Init,
  rule: PaginationRule,
  { maxPages = Number.POSITIVE_INFINITY, signal }: PageOptions = {},
): AsyncGenerator<Item, void, undefined> {
  let request: Init | undefined = init;
  for (let pages = 0; request && pages < maxPages; pages++) {
    if (signal?.aborted)
      throw signal.reason ?? new PatchbayError("the walk over pages was aborted");
    const { data, error, response } = await (client as PagingClient).request(
      operation.method,
      operation.path,
      {
        ...request,
        ...(signal && { signal }),
      },
    );
    if (!response.ok) throw apiErrorFromResponse(operation.vendor ?? "", response, error);
    yield* pageItems(rule, data) as Item[];
    request = nextPageInit(rule, request, data);
  }
}
