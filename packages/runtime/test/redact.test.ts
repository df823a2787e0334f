import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  apiErrorFromResponse,
  createVendorClient,
  type Logger,
  NetworkError,
  PatchbayError,
  redact,
  secretsOf,
  TimeoutError,
  type VendorDescriptor,
} from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";

describe("redact", () => {
  it("redacts secret-looking fields at any depth and keeps the rest", () => {
    expect(
      redact({
        id: "c1",
        config: {
          password: "p",
          client_secret: "s",
          nested: [{ apiKey: "k", private_key: "pk", name: "n" }],
        },
        Authorization: "Bearer t",
        "Proxy-Authorization": "Basic x",
        Cookie: "session=1",
        "x-api-key": "k2",
        token: "t2",
        secret: null,
        count: 3,
      }),
    ).toEqual({
      id: "c1",
      config: {
        password: "[redacted]",
        client_secret: "[redacted]",
        nested: [{ apiKey: "[redacted]", private_key: "[redacted]", name: "n" }],
      },
      Authorization: "[redacted]",
      "Proxy-Authorization": "[redacted]",
      Cookie: "[redacted]",
      "x-api-key": "[redacted]",
      token: "[redacted]",
      secret: null,
      count: 3,
    });
  });

  it("redacts credentials inside strings", () => {
    expect(redact("Authorization: Bearer abc.def")).toBe("Authorization: Bearer [redacted]");
    expect(redact("sent Basic dXNlcjpwYXNz to the server")).toBe(
      "sent Basic [redacted] to the server",
    );
    expect(redact("https://x.test/a?api_key=abc&page=2&access_token=t")).toBe(
      "https://x.test/a?api_key=[redacted]&page=2&access_token=[redacted]",
    );
    expect(redact('{"password":"a \\"quoted\\" b","user":"ada"}')).toBe(
      '{"password":[redacted],"user":"ada"}',
    );
    expect(redact("invalid token provided")).toBe("invalid token provided");
  });

  it("turns Headers and errors into redacted plain objects", () => {
    expect(redact(new Headers({ authorization: "Bearer x", accept: "application/json" }))).toEqual({
      authorization: "[redacted]",
      accept: "application/json",
    });
    const error = Object.assign(new Error("password=hunter2"), { code: "E1" });
    expect(redact(error)).toEqual({ name: "Error", message: "password=[redacted]", code: "E1" });
  });

  it("redacts the credentials of every client created", () => {
    const options: TestvendorOptions = { apiKey: "sk_live_0123456789" };
    createVendorClient(descriptor, options);
    expect(redact("the vendor says: unknown key sk_live_0123456789")).toBe(
      "the vendor says: unknown key [redacted]",
    );
  });
});

// --- property: no secret in any message, stack, JSON, inspect output or log line ---------------

const secretKeys = [
  "password",
  "client_secret",
  "secret",
  "token",
  "access_token",
  "apiKey",
  "api_key",
  "private_key",
  "Authorization",
  "Proxy-Authorization",
  "cookie",
  "x-api-key",
  "db_password",
];
const plainKeys = ["id", "name", "message", "details", "items", "connector", "config", "status"];
/** Credentials: anything printable, at realistic lengths. */
const credential = fc.string({ minLength: 12, maxLength: 40 }).filter((s) => s.trim() === s);
/** Secrets a vendor puts in free text: token-like. */
const tokenLike = fc.stringMatching(/^[A-Za-z0-9_.~+/=-]{12,40}$/);

type Tree = unknown;
/** Nested bodies whose secrets sit under secret-looking keys; returns the tree and its secrets. */
const body = fc.letrec<{ tree: [Tree, string[]] }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small" },
    fc
      .tuple(fc.constantFrom(...secretKeys), fc.string({ minLength: 8 }))
      .map(([key, secret]): [Tree, string[]] => [{ [key]: secret }, [secret]]),
    fc
      .tuple(
        fc.constantFrom(...plainKeys),
        fc.oneof(fc.integer(), fc.boolean(), fc.constantFrom("ok", "google_drive")),
      )
      .map(([key, value]): [Tree, string[]] => [{ [key]: value }, []]),
    fc
      .array(tie("tree"), { maxLength: 4 })
      .map((items): [Tree, string[]] => [items.map(([t]) => t), items.flatMap(([, s]) => s)]),
    fc
      .tuple(fc.constantFrom(...plainKeys), fc.array(tie("tree"), { maxLength: 3 }))
      .map(([key, items]): [Tree, string[]] => [
        { [key]: Object.assign({}, ...items.map(([t]) => (Array.isArray(t) ? { list: t } : t))) },
        items.flatMap(([, s]) => s),
      ]),
  ),
})).tree;

const variants = (secret: string) => [
  secret,
  JSON.stringify(secret).slice(1, -1),
  encodeURIComponent(secret),
  new URLSearchParams({ "": secret }).toString().slice(1),
];

function expectNoSecret(outputs: string[], secrets: string[]) {
  for (const output of outputs) {
    for (const secret of secrets) {
      for (const form of variants(secret)) {
        if (output.includes(form))
          throw new Error(`secret ${JSON.stringify(secret)} leaked into ${output}`);
      }
    }
  }
}

const shown = (error: unknown) => {
  const e = error as Error;
  return [
    e.message,
    e.stack ?? "",
    JSON.stringify(e),
    inspect(e),
    inspect({ wrapped: e }, { depth: 9 }),
    String(e),
  ];
};

describe("redaction property", () => {
  it("ApiError from a vendor body never shows a secret", () => {
    fc.assert(
      fc.property(body, credential, tokenLike, ([tree, secrets], apiKey, freeText) => {
        const options: TestvendorOptions = { apiKey };
        createVendorClient(descriptor, options); // registers the credential
        const vendorBody = {
          error: { code: "invalid_request", message: `bad key ${apiKey}; password=${freeText}` },
          echo: tree,
        };
        const response = new Response(null, { status: 400, headers: { "x-request-id": "r1" } });
        const error = apiErrorFromResponse("datagrid", response, vendorBody);
        expectNoSecret(
          [...shown(error), JSON.stringify(error.body)],
          [...secrets, apiKey, freeText],
        );
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it("any PatchbayError never shows a secret in message or fields", () => {
    fc.assert(
      fc.property(body, tokenLike, ([tree, secrets], freeText) => {
        const error = new PatchbayError(`failed: Authorization: Bearer ${freeText}`, {
          request: tree,
        });
        expectNoSecret(shown(error), [...secrets, freeText]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it("errors and log lines from requests never show the client's credentials", async () => {
    await fc.assert(
      fc.asyncProperty(
        credential,
        credential,
        fc.constantFrom("header", "query", "cookie", "basic"),
        async (key, password, place) => {
          const lines: string[] = [];
          const logger: Logger = {
            debug: (m) => lines.push(m),
            info: (m) => lines.push(m),
            warn: (m) => lines.push(m),
          };
          const vendor: VendorDescriptor =
            place === "basic"
              ? descriptor
              : {
                  ...descriptor,
                  auth: [{ type: "apiKey", in: place, name: "key", option: "apiKey", env: "X" }],
                };
          let call = 0;
          const fetch: typeof globalThis.fetch = async (input) => {
            const request = input as Request;
            call++;
            const everything = `${request.url} ${JSON.stringify([...request.headers])}`;
            if (call === 1)
              throw new TypeError("fetch failed", {
                cause: new Error(`socket hang up: ${everything}`),
              });
            if (call === 2)
              return await new Promise<Response>((_, reject) =>
                request.signal.addEventListener("abort", () => reject(request.signal.reason)),
              );
            return new Response(null, { status: 500 });
          };
          const options: TestvendorOptions =
            place === "basic"
              ? {
                  username: "ada",
                  password,
                  fetch,
                  logger,
                  timeoutMs: 5,
                  retry: { baseDelayMs: 0 },
                }
              : { apiKey: key, fetch, logger, timeoutMs: 5, retry: { baseDelayMs: 0 } };
          const client = createVendorClient<paths>(vendor, options);
          const network = await client.GET("/connections").then(
            () => undefined,
            (e: unknown) => e,
          );
          // attempt 1 network error, 2 timeout, 3 a 500 answer
          expect(call).toBe(3);
          expect(network).toBeUndefined();
          call = 0;
          const errors = [
            await client
              .withOptions({ retry: false })
              .GET("/connections")
              .catch((e: unknown) => e),
          ];
          call = 1;
          errors.push(
            await client
              .withOptions({ retry: false })
              .GET("/connections")
              .catch((e: unknown) => e),
          );
          expect(errors[0]).toBeInstanceOf(NetworkError);
          expect(errors[1]).toBeInstanceOf(TimeoutError);
          expect(lines.length).toBe(5);
          const secrets = place === "basic" ? [password, btoa(`ada:${password}`)] : [key];
          expectNoSecret([...lines, ...errors.flatMap(shown)], secrets);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 30) },
    );
  });
});

describe("secretsOf: what a request body holds under secret-looking names", () => {
  it("finds them at any depth, everything inside a secret-named object, as sent and URL-encoded", () => {
    const body = {
      name: "Notion prod",
      client_secret: "cs/abc+def",
      config: { password: "hunter22", user: "ann", nested: [{ apiKey: "k_123456" }] },
      credentials: { username: "svc-user", pin: "9876" },
      token: "abc",
      count: 5,
    };
    expect(secretsOf(body).sort()).toEqual(
      ["cs/abc+def", "cs%2Fabc%2Bdef", "hunter22", "k_123456", "svc-user", "9876"].sort(),
    );
  });

  it("finds nothing in a body without secrets, or no body", () => {
    expect(secretsOf({ name: "x", url: "https://example.com" })).toEqual([]);
    expect(secretsOf(undefined)).toEqual([]);
    expect(secretsOf("password")).toEqual([]);
  });
});
