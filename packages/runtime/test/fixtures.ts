import type { RuntimeOptions, VendorDescriptor } from "../src/index.js";

/** Shaped like openapi-typescript output for a tiny create-connection API. */
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
export interface paths {
  "/connections": {
    parameters: NoParams;
    get: {
      parameters: { query?: { cursor?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ items: string[] }>; 500: Json<{ error: string }> };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: { "Idempotency-Key"?: string };
        path?: never;
        cookie?: never;
      };
      requestBody: { content: { "application/json": { connector_id: string } } };
      responses: {
        201: Json<{ id: string; redirect_url: string }>;
        429: Json<{ error: string }>;
        500: Json<{ error: string }>;
        503: Json<{ error: string }>;
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

export const descriptor = {
  vendor: "testvendor",
  envPrefix: "TESTVENDOR",
  defaultBaseUrl: "https://api.testvendor.invalid",
  auth: [
    { type: "bearer", option: "apiKey", env: "TESTVENDOR_API_KEY" },
    {
      type: "basic",
      usernameOption: "username",
      passwordOption: "password",
      usernameEnv: "TESTVENDOR_USERNAME",
      passwordEnv: "TESTVENDOR_PASSWORD",
    },
  ],
  headers: [
    {
      header: "X-Testvendor-Version",
      option: "version",
      env: "TESTVENDOR_VERSION",
      default: "2025-09-18",
    },
  ],
} as const satisfies VendorDescriptor;

/** Small waits so the suite stays fast. */
export const fastRetry = { baseDelayMs: 5, maxDelayMs: 20 };

/** What the generated `createClient` options of this vendor would be. */
export interface TestvendorOptions extends RuntimeOptions {
  apiKey?: string;
  username?: string;
  password?: string;
  version?: string;
}

/** A `fetch` that records each request's URL and answers `{}`. */
export function recordingFetch(urls: string[] = []): typeof fetch {
  return async (input) => {
    urls.push((input as Request).url);
    return new Response("{}", { headers: { "content-type": "application/json" } });
  };
}
