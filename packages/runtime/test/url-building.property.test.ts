// Property: a path parameter is one percent-encoded path segment, whatever it holds (`/`, `?`, `#`,
// spaces, `%`, `$&`, non-ASCII...), under any base URL (with or without a trailing slash, with a
// path prefix): it never changes the path's structure, the query or the fragment. A value that
// cannot be a segment of its own ("", ".", "..", lone surrogates) is refused before anything is
// sent. Checked on the Request the runtime sends, and on the wire through a loopback server.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVendorClient, PatchbayError } from "../src/index.js";
import { descriptor, type TestvendorOptions } from "./fixtures.js";
import { reply, startServer, type TestServer } from "./server.js";

/** Shaped like openapi-typescript output for Chartbrew's create-connection path. */
interface paths {
  "/team/{team_id}/connections": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: {
        query?: { cursor?: string };
        header?: never;
        path: { team_id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { id: string } };
        };
      };
    };
  };
}

const runs = { numRuns: Number(process.env.FC_RUNS ?? 300) };
/** "", "." and ".." (the URL parser drops or climbs them) and lone surrogates (not encodable). */
const cannotBeASegment = (value: string) => {
  try {
    return /^\.{0,2}$/.test(encodeURIComponent(value));
  } catch {
    return true;
  }
};

/** Path parameter values: any string, and strings made of the characters that matter here. */
const pathValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(
      "/",
      "?",
      "#",
      " ",
      "%",
      ".",
      "$",
      "&",
      "`",
      "'",
      "é",
      "日",
      "🚀",
      "a",
      "{",
      "}",
      "\\",
      "+",
      ";",
    ),
    maxLength: 12,
  }),
  fc.constantFrom("", ".", "..", "a/b?c#d é", "$&", "$`", "$'", "../../admin", "%2e%2e", "\ud800"),
);
/** Base URLs: origin only or a path prefix, with or without a trailing slash. */
const basePath = fc.constantFrom("", "/v1", "/api/v2", "/ü/x y");

/** The runtime's client with a `fetch` that records the Request it is given. */
function recordingClient(baseUrl: string) {
  const sent: Request[] = [];
  const options: TestvendorOptions = {
    baseUrl,
    apiKey: "sk_url_property",
    retry: false,
    fetch: async (input) => {
      sent.push(input as Request);
      return Response.json({ id: "c1" });
    },
  };
  const client = createVendorClient<paths>(descriptor, options);
  return { client, sent };
}

describe("URL building", () => {
  it("puts a/b?c#d é as one encoded segment under /v1/", async () => {
    const { client, sent } = recordingClient("http://127.0.0.1:9/v1/");
    await client.POST("/team/{team_id}/connections", {
      params: { path: { team_id: "a/b?c#d é" } },
    });
    expect(sent[0]?.url).toBe("http://127.0.0.1:9/v1/team/a%2Fb%3Fc%23d%20%C3%A9/connections");
  });

  it.each(["..", ".", "", "\ud800"])(
    "refuses %j, which openapi-fetch alone sends off the path (/team/../connections is /connections)",
    async (teamId) => {
      const { client, sent } = recordingClient("http://127.0.0.1:9/v1");
      await expect(
        client.POST("/team/{team_id}/connections", { params: { path: { team_id: teamId } } }),
      ).rejects.toThrow(
        /^testvendor: path parameter "team_id" cannot be .*: it would not stay one segment of the path$/,
      );
      expect(sent).toEqual([]);
    },
  );

  it("property: any path value is exactly one encoded segment, under any base URL, or refused unsent", async () => {
    await fc.assert(
      fc.asyncProperty(
        pathValue,
        basePath,
        fc.boolean(),
        fc.option(fc.string({ unit: "grapheme", maxLength: 10 }), { nil: undefined }),
        async (teamId, prefix, trailingSlash, cursor) => {
          const baseUrl = `http://127.0.0.1:9${prefix}${trailingSlash ? "/" : ""}`;
          const { client, sent } = recordingClient(baseUrl);
          const call = client.POST("/team/{team_id}/connections", {
            params: { path: { team_id: teamId }, query: cursor === undefined ? {} : { cursor } },
          });
          if (cannotBeASegment(teamId)) {
            const error = await call.then(
              () => undefined,
              (caught: unknown) => caught,
            );
            expect(error).toBeInstanceOf(PatchbayError);
            expect((error as Error).message).toContain('path parameter "team_id"');
            expect(sent).toEqual([]);
            return;
          }
          const { data } = await call;
          expect(data).toEqual({ id: "c1" });
          expect(sent).toHaveLength(1);
          const url = new URL((sent[0] as Request).url);
          expect(url.origin).toBe("http://127.0.0.1:9");
          const encodedPrefix = new URL(`http://127.0.0.1:9${prefix}`).pathname.replace(/\/$/, "");
          expect(url.pathname).toBe(
            `${encodedPrefix}/team/${encodeURIComponent(teamId)}/connections`,
          );
          const segments = url.pathname.split("/");
          expect(decodeURIComponent(segments.at(-2) as string)).toBe(teamId);
          expect(url.hash).toBe("");
          if (cursor === undefined) expect(url.search).toBe("");
          else expect([...url.searchParams]).toEqual([["cursor", cursor]]);
        },
      ),
      runs,
    );
  });
});

describe("URL building, as the server sees it", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((res) => reply(res, 200, { id: "c1" }));
  });
  afterAll(() => server.close());

  it("property: the request line carries the base path and one encoded segment", async () => {
    await fc.assert(
      fc.asyncProperty(
        pathValue.filter((value) => !cannotBeASegment(value)),
        basePath,
        fc.boolean(),
        async (teamId, prefix, trailingSlash) => {
          const options: TestvendorOptions = {
            baseUrl: `${server.url}${prefix}${trailingSlash ? "/" : ""}`,
            apiKey: "sk_url_property",
            retry: false,
          };
          const client = createVendorClient<paths>(descriptor, options);
          const before = server.attempts;
          const { data } = await client.POST("/team/{team_id}/connections", {
            params: { path: { team_id: teamId } },
          });
          expect(data).toEqual({ id: "c1" });
          expect(server.attempts).toBe(before + 1);
          const encodedPrefix = new URL(`${server.url}${prefix}`).pathname.replace(/\/$/, "");
          expect(server.received.at(-1)?.url).toBe(
            `${encodedPrefix}/team/${encodeURIComponent(teamId)}/connections`,
          );
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });
});
