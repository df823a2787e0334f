// The ways to authenticate a vendor, as `ConfigurationError` and the CLI name them: each of the
// descriptor's security requirements, with all of its schemes.
import type { VendorDescriptor } from "@patchbay/runtime";
import { describe, expect, it } from "vitest";
import { credentialWays, missingCredentials } from "../src/credentials.js";

const base = {
  vendor: "gate",
  envPrefix: "GATE",
  defaultBaseUrl: "https://x.example",
  headers: [],
};
const auth: VendorDescriptor["auth"] = [
  { type: "bearer", option: "apiKey", env: "GATE_API_KEY" },
  {
    type: "apiKey",
    in: "header",
    name: "Gate-Client-Id",
    option: "clientId",
    env: "GATE_CLIENT_ID",
  },
  { type: "apiKey", in: "header", name: "Gate-Secret", option: "secret", env: "GATE_SECRET" },
];

describe("credentialWays", () => {
  it("schemes required together are one way", () => {
    const descriptor: VendorDescriptor = { ...base, auth, security: [[1, 2], [0]] };
    expect(credentialWays(descriptor)).toEqual([
      { options: ["clientId", "secret"], env: ["GATE_CLIENT_ID", "GATE_SECRET"] },
      { options: ["apiKey"], env: ["GATE_API_KEY"] },
    ]);
    expect(missingCredentials(descriptor, { clientId: "c" }, {})).toEqual([
      ["GATE_SECRET"],
      ["GATE_API_KEY"],
    ]);
    expect(missingCredentials(descriptor, { clientId: "c" }, { GATE_SECRET: "s" })).toBeUndefined();
  });

  it("no credentials are missing where the document asks for none, or makes them optional", () => {
    expect(missingCredentials({ ...base, auth, security: [] }, {}, {})).toBeUndefined();
    expect(missingCredentials({ ...base, auth, security: [[], [0]] }, {}, {})).toBeUndefined();
  });

  it("a descriptor without `security` makes each scheme a way", () => {
    expect(credentialWays({ ...base, auth }).map((way) => way.options)).toEqual([
      ["apiKey"],
      ["clientId"],
      ["secret"],
    ]);
  });
});
