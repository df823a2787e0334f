import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createVendorClient, PatchbayError } from "../src/index.js";
import { descriptor, type paths, type TestvendorOptions } from "./fixtures.js";

describe("a base URL carrying credentials", () => {
  it.each([
    "https://ada:s3cr3t-pw@api.example.com",
    "https://only-user@api.example.com/v1",
    "http://ada:s3cr3t-pw@127.0.0.1:8080",
  ])("%s is refused before anything is sent, without repeating it", (baseUrl) => {
    let sent = 0;
    const options: TestvendorOptions = {
      baseUrl,
      apiKey: "sk_test",
      fetch: async () => {
        sent++;
        return new Response("{}");
      },
    };
    const create = () => createVendorClient<paths>(descriptor, options);
    let error: unknown;
    try {
      create();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PatchbayError);
    expect((error as Error).message).toMatch(/base URL carries credentials.*pass them as options/);
    const shown = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)} ${inspect(error)}`;
    expect(shown).not.toContain("s3cr3t-pw");
    expect(shown).not.toContain("only-user");
    expect(sent).toBe(0);
  });

  it("an @ in the path or query is not mistaken for credentials", () => {
    expect(() =>
      createVendorClient<paths>(descriptor, { baseUrl: "https://api.example.com/v1/@team" }),
    ).not.toThrow();
  });
});

describe("a vendor whose document names no absolute server", () => {
  const relative = { ...descriptor, defaultBaseUrl: "" };

  it("refuses to create a client without a base URL, naming the option and the variable", () => {
    const options: TestvendorOptions = { apiKey: "sk_test" };
    expect(() => createVendorClient<paths>(relative, options)).toThrow(
      /testvendor: no base URL; pass `baseUrl` or set TESTVENDOR_BASE_URL/,
    );
  });

  it("takes the base URL from the option", () => {
    expect(() =>
      createVendorClient<paths>(relative, { baseUrl: "https://api.example.com" }),
    ).not.toThrow();
  });
});
