import { describe, expect, it } from "vitest";
import { ApiError, nextPageInit, type PaginationRule, paginate } from "../src/index.js";

const cursorFromLastItem: PaginationRule = {
  items: ["data"],
  cursor: { in: "query", name: "after", fromLastItem: ["id"] },
};
const cursorFromBody: PaginationRule = {
  items: [],
  cursor: { in: "body", name: "cursor", fromBody: ["next"] },
};
const pageNumbers: PaginationRule = {
  items: ["rows"],
  page: { in: "body", name: "page", totalPages: ["pagination", "totalPages"] },
};

describe("nextPageInit", () => {
  it("asks for the page after the last item's id, keeping the caller's other parameters", () => {
    const init = { params: { query: { limit: 2 } } };
    expect(nextPageInit(cursorFromLastItem, init, { data: [{ id: "a" }, { id: "b" }] })).toEqual({
      params: { query: { limit: 2, after: "b" } },
    });
    expect(init).toEqual({ params: { query: { limit: 2 } } });
  });

  it("ends on an empty page, a missing cursor, or a cursor that does not move", () => {
    expect(nextPageInit(cursorFromLastItem, {}, { data: [] })).toBeUndefined();
    expect(nextPageInit(cursorFromLastItem, {}, { other: [] })).toBeUndefined();
    expect(nextPageInit(cursorFromLastItem, {}, { data: [{ name: "no id" }] })).toBeUndefined();
    const atB = { params: { query: { after: "b" } } };
    expect(nextPageInit(cursorFromLastItem, atB, { data: [{ id: "b" }] })).toBeUndefined();
    expect(
      nextPageInit(cursorFromBody, { body: { cursor: "c1" } }, { next: null }),
    ).toBeUndefined();
  });

  it("takes the cursor from the answer into the body", () => {
    expect(
      nextPageInit(cursorFromBody, { body: { q: "x" } }, Object.assign([1], { next: "c2" })),
    ).toEqual({
      body: { q: "x", cursor: "c2" },
    });
  });

  it("counts pages up to the total the answer gives", () => {
    const page = (n: number) => ({ rows: [n], pagination: { totalPages: 3 } });
    expect(nextPageInit(pageNumbers, { body: {} }, page(1))).toEqual({ body: { page: 2 } });
    expect(nextPageInit(pageNumbers, { body: { page: 2 } }, page(2))).toEqual({
      body: { page: 3 },
    });
    expect(nextPageInit(pageNumbers, { body: { page: 3 } }, page(3))).toBeUndefined();
    expect(nextPageInit(pageNumbers, { body: { page: 1 } }, { rows: [] })).toBeUndefined();
  });

  it("steps an offset by the items received while the answer says more follow (Airbyte's next)", () => {
    const offsets: PaginationRule = {
      items: ["data"],
      offset: { in: "query", name: "offset", more: ["next"] },
    };
    const init = { params: { query: { limit: 2 } } };
    const page = (next?: string) => ({ data: [{ id: 1 }, { id: 2 }], ...(next && { next }) });
    expect(nextPageInit(offsets, init, page("https://api.example/v1/sources?offset=2"))).toEqual({
      params: { query: { limit: 2, offset: 2 } },
    });
    expect(
      nextPageInit(offsets, { params: { query: { limit: 2, offset: 2 } } }, page("…?offset=4")),
    ).toEqual({ params: { query: { limit: 2, offset: 4 } } });
    expect(nextPageInit(offsets, init, page())).toBeUndefined();
    expect(nextPageInit(offsets, init, { data: [], next: "…" })).toBeUndefined();
    // without `more`, only an empty page ends the walk
    const { more: _, ...bare } = offsets.offset as NonNullable<PaginationRule["offset"]>;
    expect(nextPageInit({ items: ["data"], offset: bare }, init, page())).toEqual({
      params: { query: { limit: 2, offset: 2 } },
    });
  });

  it("stops a cursor walk where the answer says no more follow (Stripe's has_more)", () => {
    const hasMore: PaginationRule = {
      items: ["data"],
      cursor: { in: "query", name: "starting_after", fromLastItem: ["id"], more: ["has_more"] },
    };
    expect(nextPageInit(hasMore, {}, { data: [{ id: "acct_1" }], has_more: true })).toEqual({
      params: { query: { starting_after: "acct_1" } },
    });
    expect(
      nextPageInit(hasMore, {}, { data: [{ id: "acct_1" }], has_more: false }),
    ).toBeUndefined();
    expect(nextPageInit(hasMore, {}, { data: [{ id: "acct_1" }] })).toBeUndefined();
  });
});

/** A client whose `request` answers from a list of pages keyed by the `after` query parameter. */
function pagedClient(pages: Record<string, unknown>, status = 200) {
  const requests: unknown[] = [];
  return {
    requests,
    request: async (
      _method: string,
      _path: string,
      init: { params?: { query?: { after?: string } } },
    ) => {
      requests.push(init);
      const key = init.params?.query?.after ?? "";
      const body = pages[key] ?? { data: [] };
      const response = new Response(JSON.stringify(body), { status });
      return status < 300 ? { data: body, response } : { error: body, response };
    },
  };
}

describe("paginate", () => {
  const operation = { method: "get", path: "/connections", vendor: "acme" };

  it("walks every page in order and stops at the empty one", async () => {
    const client = pagedClient({
      "": { data: [{ id: "a" }, { id: "b" }] },
      b: { data: [{ id: "c" }] },
    });
    const ids: string[] = [];
    for await (const item of paginate<{ id: string }>(client, operation, {}, cursorFromLastItem))
      ids.push(item.id);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(client.requests).toHaveLength(3);
  });

  it("stops after maxPages", async () => {
    const client = pagedClient({ "": { data: [{ id: "a" }] }, a: { data: [{ id: "b" }] } });
    const items = [];
    for await (const item of paginate(client, operation, {}, cursorFromLastItem, { maxPages: 1 }))
      items.push(item);
    expect(items).toEqual([{ id: "a" }]);
  });

  it("is stopped by an aborted signal before the next page", async () => {
    const controller = new AbortController();
    const client = pagedClient({ "": { data: [{ id: "a" }] }, a: { data: [{ id: "b" }] } });
    const walk = paginate(client, operation, {}, cursorFromLastItem, { signal: controller.signal });
    expect((await walk.next()).value).toEqual({ id: "a" });
    controller.abort(new Error("stop"));
    await expect(walk.next()).rejects.toThrow("stop");
    expect(client.requests).toHaveLength(1);
  });

  it("throws an ApiError for a page that fails", async () => {
    const client = pagedClient({ "": { message: "nope" } }, 404);
    const walk = paginate(client, operation, {}, cursorFromLastItem);
    await expect(walk.next()).rejects.toBeInstanceOf(ApiError);
  });
});
