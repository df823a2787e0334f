import { describe, expect, it } from "vitest";
import { synthesize } from "./synthesize.ts";

const document = {
  components: {
    schemas: {
      Account: {
        type: "object",
        required: ["email"],
        properties: {
          id: { type: "string", readOnly: true, example: "acct_1" },
          email: { type: "string", format: "email" },
          plan: { type: "string", enum: ["free", "pro"] },
          secret: { type: "string", writeOnly: true },
          seats: { type: "integer", minimum: 3 },
        },
      },
    },
  },
};
const account = { $ref: "#/components/schemas/Account" };

describe("synthesize", () => {
  it("builds a request from the schema through $ref: property examples, enums, bounds; no readOnly", () => {
    expect(synthesize(document, account, "request")).toEqual({
      value: { email: "user@example.com", plan: "free", secret: "string", seats: 3 },
    });
    expect(synthesize(document, account, "request", { requiredOnly: true })).toEqual({
      value: { email: "user@example.com" },
    });
  });

  it("builds an answer without writeOnly properties, and the same value every time", () => {
    const answer = synthesize(document, account, "response");
    expect(answer).toEqual({
      value: { id: "acct_1", email: "user@example.com", plan: "free", seats: 3 },
    });
    expect(synthesize(document, account, "response")).toEqual(answer);
  });

  it("says why where there is no schema to build from", () => {
    expect(synthesize(document, undefined, "request")).toEqual({
      problem: "it has no schema to synthesize a value from",
    });
  });
});
