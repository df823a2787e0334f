// Operations whose document gives an application/x-www-form-urlencoded body (Stripe's every one):
// the descriptor names them, and the runtime writes the caller's object as form fields, nested
// values in bracket notation, with the form Content-Type; a GET's fields go in the query.
import { inspect } from "node:util";
import { rejectionOf } from "@patchbay/test-support/rejection";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  createVendorClient,
  encodeFormBody,
  formBodies,
  NetworkError,
  PatchbayError,
  type VendorDescriptor,
} from "../src/index.js";
import { reply, startServer, type TestServer } from "./server.js";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type Form<T> = { content: { "application/x-www-form-urlencoded": T } };
interface Customer {
  email: string;
  name?: string | null;
  balance?: number;
  tax_exempt?: boolean;
  address?: { line1: string; city?: string };
  metadata?: { [key: string]: string };
  items?: { price: string; quantity?: number }[];
  expand?: string[];
  tags?: string[];
  at?: Date;
}
/** Shaped like openapi-typescript's output for a Stripe-like document (form bodies). */
interface paths {
  "/v1/customers": {
    parameters: NoParams;
    get: {
      parameters: { query?: { limit?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: Form<{ expand?: string[]; created?: { gt?: number } }>;
      responses: { 200: Json<{ data: unknown[] }> };
    };
    post: {
      parameters: NoParams;
      requestBody: Form<Customer>;
      responses: { 200: Json<{ id: string }>; 400: Json<unknown>; 503: Json<unknown> };
    };
  };
  "/v1/customers/{customer}": {
    parameters: NoParams;
    delete: {
      parameters: { path: { customer: string }; query?: never; header?: never; cookie?: never };
      requestBody?: Form<{ expand?: string[] }>;
      responses: { 200: Json<{ id: string }> };
    };
  };
  "/v1/notes": {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { text: string; meta?: object } } };
      responses: { 200: Json<{ id: string }> };
    };
  };
}

const descriptor = {
  vendor: "till",
  envPrefix: "TILL",
  defaultBaseUrl: "https://api.till.invalid",
  auth: [{ type: "bearer", option: "apiKey", env: "TILL_API_KEY" }],
  headers: [],
  formBodies: {
    operations: ["GET /v1/customers", "POST /v1/customers", "DELETE /v1/customers/{customer}"],
    style: "deepObject",
    properties: { "POST /v1/customers": { tags: "form" } },
  },
} as const satisfies VendorDescriptor;

let server: TestServer | undefined;
afterEach(() => server?.close());

async function setup(
  handler = (res: Parameters<typeof reply>[0]) => reply(res, 200, { id: "cus_1" }),
  options: { descriptor?: VendorDescriptor; throwOnError?: boolean } = {},
) {
  server = await startServer((res) => handler(res));
  return createVendorClient<paths>(
    options.descriptor ?? descriptor,
    {
      baseUrl: server.url,
      apiKey: "sk_test_form",
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      throwOnError: options.throwOnError,
    } as never,
    [formBodies],
  );
}
const sent = () => server?.received ?? [];
/** The form fields of a body (or query), decoded, in order. */
const fields = (text: string) => [...new URLSearchParams(text)];

const customer: Customer = {
  email: "jenny rosen@example.com",
  name: undefined,
  balance: -150,
  tax_exempt: false,
  address: { line1: "1 Main St", city: undefined },
  metadata: { order_id: "6735" },
  items: [{ price: "price_1", quantity: 2 }, { price: "price_2" }],
  expand: ["customer", "invoice"],
};

describe("a form operation's body", () => {
  it("is sent as application/x-www-form-urlencoded, nested objects and indexed arrays in brackets", async () => {
    const client = await setup();
    const { data } = await client.POST("/v1/customers", { body: customer });
    expect(data).toEqual({ id: "cus_1" });
    const [request] = sent();
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.body).toBe(
      "email=jenny%20rosen%40example.com&balance=-150&tax_exempt=false&address%5Bline1%5D=1%20Main%20St&metadata%5Border_id%5D=6735&items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=price_2&expand%5B0%5D=customer&expand%5B1%5D=invoice",
    );
    expect(fields(request?.body ?? "")).toEqual([
      ["email", "jenny rosen@example.com"],
      ["balance", "-150"],
      ["tax_exempt", "false"],
      ["address[line1]", "1 Main St"],
      ["metadata[order_id]", "6735"],
      ["items[0][price]", "price_1"],
      ["items[0][quantity]", "2"],
      ["items[1][price]", "price_2"],
      ["expand[0]", "customer"],
      ["expand[1]", "invoice"],
    ]);
  });

  it("writes null as the empty string (a cleared field), a Date as ISO 8601, an empty array or object as nothing", async () => {
    const client = await setup();
    await client.POST("/v1/customers", {
      body: {
        email: "a@b.c",
        name: null,
        at: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
        expand: [],
        metadata: {},
      },
    });
    expect(fields(sent()[0]?.body ?? "")).toEqual([
      ["email", "a@b.c"],
      ["name", ""],
      ["at", "2025-01-02T03:04:05.000Z"],
    ]);
  });

  it("writes a property in the style the document's encoding gives it (tags: form, exploded)", async () => {
    const client = await setup();
    await client.POST("/v1/customers", { body: { email: "a@b.c", tags: ["vip", "eu"] } });
    expect(sent()[0]?.body).toBe("email=a%40b.c&tags=vip&tags=eu");
  });

  it("goes through client.request and withOptions alike, and a retry re-sends the same form", async () => {
    let attempt = 0;
    const client = await setup((res) =>
      ++attempt === 1 ? reply(res, 503, { error: "busy" }) : reply(res, 200, { id: "cus_2" }),
    );
    const { data } = await client
      .withOptions({ idempotencyKey: "k1" })
      .request("post", "/v1/customers", { body: { email: "a@b.c", metadata: { a: "1" } } });
    expect(data).toEqual({ id: "cus_2" });
    expect(sent().map((request) => request.body)).toEqual([
      "email=a%40b.c&metadata%5Ba%5D=1",
      "email=a%40b.c&metadata%5Ba%5D=1",
    ]);
    expect(sent().map((request) => request.headers["content-type"])).toEqual([
      "application/x-www-form-urlencoded",
      "application/x-www-form-urlencoded",
    ]);
  });

  it("of a DELETE is sent as its body, as the document declares it", async () => {
    const client = await setup();
    await client.DELETE("/v1/customers/{customer}", {
      params: { path: { customer: "cus_1" } },
      body: { expand: ["sources"] },
    });
    expect(sent()[0]).toMatchObject({
      method: "DELETE",
      url: "/v1/customers/cus_1",
      body: "expand%5B0%5D=sources",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  });

  it("of a GET goes in the query string after the query parameters, and no body is sent", async () => {
    const client = await setup();
    await client.GET("/v1/customers", {
      params: { query: { limit: 3 } },
      body: { expand: ["data.default_source"], created: { gt: 1700000000 } },
    });
    const [request] = sent();
    expect(request?.url).toBe(
      "/v1/customers?limit=3&expand%5B0%5D=data.default_source&created%5Bgt%5D=1700000000",
    );
    expect(request?.body).toBe("");
    expect(request?.headers["content-type"]).toBeUndefined();
  });

  it("keeps a Content-Type the caller sets: JSON is then sent as JSON", async () => {
    const client = await setup();
    await client.POST("/v1/customers", {
      body: { email: "a@b.c", metadata: { a: "1" } },
      headers: { "content-type": "application/json" },
    });
    expect(sent()[0]?.body).toBe('{"email":"a@b.c","metadata":{"a":"1"}}');
  });

  it("is sent as the caller encoded it when it is a string or URLSearchParams", async () => {
    const client = await setup();
    await client.POST("/v1/customers", { body: "email=x%40y.z" as never });
    await client.POST("/v1/customers", {
      body: new URLSearchParams({ email: "x@y.z" }) as never,
    });
    expect(sent().map((request) => request.body)).toEqual(["email=x%40y.z", "email=x%40y.z"]);
  });

  it("is refused with a PatchbayError, nothing sent, when a form cannot hold it", async () => {
    const client = await setup();
    const circular: Record<string, unknown> = { a: "1" };
    circular.self = circular;
    const refusals = [
      { email: "a", metadata: circular },
      { email: "a", at: new Date(Number.NaN) },
      { email: "a", balance: Number.POSITIVE_INFINITY },
      { email: "a", hook: () => 1 },
      ["email", "a"],
    ];
    const messages: string[] = [];
    for (const body of refusals) {
      const error = await rejectionOf(client.POST("/v1/customers", { body: body as never }));
      expect(error).toBeInstanceOf(PatchbayError);
      messages.push((error as Error).message);
    }
    expect(messages).toEqual([
      "till: the request body's form field metadata[self] is circular",
      "till: the request body's form field at is an invalid Date",
      "till: the request body's form field balance is Infinity, not a number a form can send",
      "till: the request body's form field hook is a function, which a form cannot send",
      "till: a form request body must be an object of fields, not an array",
    ]);
    expect(sent()).toEqual([]);
  });
});

describe("operations that are not form operations", () => {
  it("send JSON as before, and a GET body is still refused", async () => {
    const client = await setup();
    await client.POST("/v1/notes", { body: { text: "hi", meta: { a: 1 } } });
    expect(sent()[0]?.body).toBe('{"text":"hi","meta":{"a":1}}');
    expect(sent()[0]?.headers["content-type"]).toBe("application/json");
    const get = client.request("get", "/v1/notes" as never, { body: { text: "x" } } as never);
    await expect(get).rejects.toThrow("a GET request cannot have a body");
  });

  it("send a form in bracket notation where the caller sets the form Content-Type (not [object Object])", async () => {
    const client = await setup();
    await client.POST("/v1/notes", {
      body: { text: "hi", meta: { a: 1, b: [true] } },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(sent()[0]?.body).toBe("text=hi&meta%5Ba%5D=1&meta%5Bb%5D%5B0%5D=true");
  });

  it("are every operation but those listed, where the descriptor says allExcept", async () => {
    const client = await setup(undefined, {
      descriptor: {
        ...descriptor,
        formBodies: { allExcept: ["POST /v1/notes"], style: "deepObject" },
      },
    });
    await client.POST("/v1/customers", { body: { email: "a@b.c", metadata: { a: "1" } } });
    await client.POST("/v1/notes", { body: { text: "hi" } });
    expect(sent().map((request) => request.body)).toEqual([
      "email=a%40b.c&metadata%5Ba%5D=1",
      '{"text":"hi"}',
    ]);
  });
});

describe("a descriptor with formBodies", () => {
  it("without the form encoding is refused when the client is made, naming what to pass", () => {
    expect(() =>
      createVendorClient<paths>(descriptor, { apiKey: "sk_test_form" } as never),
    ).toThrow(
      /till: the descriptor's formBodies needs its body encoding: createVendorClient\(descriptor, options, \[formBodies\]\)/,
    );
  });

  it("leaves a client without it sending JSON where the caller sets no form Content-Type", async () => {
    server = await startServer((res) => reply(res, 200, { id: "n_1" }));
    const { formBodies: _forms, ...json } = descriptor;
    const client = createVendorClient<paths>(json, { baseUrl: server.url } as never);
    await client.POST("/v1/notes", { body: { text: "hi" } });
    expect(sent()[0]?.body).toBe('{"text":"hi"}');
  });
});

describe("secrets in a form body", () => {
  it("echoed by the vendor in bracket notation, are hidden in the ApiError", async () => {
    const echo = "card%5Bcvc_token%5D=tok_9f8e7d6c&card[api_key]=ak_5a4b3c2d&password=pw_1a2b3c4d";
    const client = await setup((res) => reply(res, 400, { error: { message: `bad: ${echo}` } }), {
      throwOnError: true,
    });
    const error = await rejectionOf<ApiError>(
      client.POST("/v1/customers", { body: { email: "a@b.c" } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    const shown = [error.message, JSON.stringify(error), inspect(error, { depth: 9 })].join("\n");
    for (const secret of ["tok_9f8e7d6c", "ak_5a4b3c2d", "pw_1a2b3c4d"])
      expect(shown).not.toContain(secret);
  });

  it("of a GET, in the query, are hidden in a NetworkError's message", async () => {
    const client = createVendorClient<paths>(
      descriptor,
      {
        baseUrl: "https://api.till.invalid",
        retry: false,
        fetch: async () => {
          throw new TypeError("connection reset");
        },
      } as never,
      [formBodies],
    );
    const error = await rejectionOf<NetworkError>(
      client.GET("/v1/customers", {
        body: { expand: ["x"], filter: { api_key: "ak_query_secret" } } as never,
      }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain("filter%5Bapi_key%5D=");
    expect(`${error.message}${JSON.stringify(error)}`).not.toContain("ak_query_secret");
  });
});

describe("encodeFormBody", () => {
  it("writes each OpenAPI style of a property holding an array or an object", () => {
    const body = { list: ["a b", "c"], object: { x: "1", y: 2 } };
    const written = (style: Parameters<typeof encodeFormBody>[2]) =>
      decodeURIComponent(encodeFormBody("v", body, style));
    expect(written(() => "deepObject")).toBe("list[0]=a b&list[1]=c&object[x]=1&object[y]=2");
    expect(written(() => "form")).toBe("list=a b&list=c&x=1&y=2");
    expect(written(() => "commaDelimited")).toBe("list=a b,c&object=x,1,y,2");
    expect(written(() => "spaceDelimited")).toBe("list=a b c&object=x 1 y 2");
    expect(written(() => "pipeDelimited")).toBe("list=a b|c&object=x|1|y|2");
    // what OpenAPI leaves undefined (objects in a form array) falls back to brackets
    expect(decodeURIComponent(encodeFormBody("v", { l: [{ k: 1 }] }, () => "form"))).toBe(
      "l[0][k]=1",
    );
  });

  it("escapes every character but A-Z a-z 0-9 - _ . ~, so no server misreads a field", () => {
    expect(encodeFormBody("v", { "a&b=c": "x+y z!'()*&=[]" })).toBe(
      "a%26b%3Dc=x%2By%20z%21%27%28%29%2A%26%3D%5B%5D",
    );
    expect(encodeFormBody("v", { n: 10n, big: 1e21, t: true })).toBe("n=10&big=1e%2B21&t=true");
  });
});
