// A property of redaction: secrets in Headers, nested at any depth inside arrays and objects,
// never survive `redact()`, JSON or a PatchbayError built from the tree.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PatchbayError, redact } from "../src/index.js";

describe("redaction over headers and nested arrays holding secrets", () => {
  const secretHeaders = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-api-key",
    "x-auth-token",
  ];
  const token = fc.stringMatching(/^[A-Za-z0-9_.~+/=-]{12,40}$/);
  /** A Headers object with secrets under secret names, and a Bearer value under a plain name. */
  const secretsInHeaders = fc
    .tuple(fc.constantFrom(...secretHeaders), token, token, fc.constantFrom("accept", "x-trace"))
    .map(([name, secret, bearer, plain]): [Headers, string[]] => [
      new Headers({ [name]: secret, [plain]: `Bearer ${bearer}`, "x-request-id": "req_1" }),
      [secret, bearer],
    ]);
  /** Headers, inside arrays inside objects inside arrays, any depth. */
  const nested = fc.letrec<{ tree: [unknown, string[]] }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small" },
      secretsInHeaders,
      fc.constantFrom<[unknown, string[]]>([1, []], ["ok", []], [null, []]),
      fc
        .array(tie("tree"), { maxLength: 4 })
        .map((items): [unknown, string[]] => [items.map(([t]) => t), items.flatMap(([, s]) => s)]),
      fc
        .tuple(
          fc.constantFrom("request", "retries", "data"),
          fc.array(tie("tree"), { maxLength: 3 }),
        )
        .map(([key, items]): [unknown, string[]] => [
          { [key]: items.map(([t]) => t) },
          items.flatMap(([, s]) => s),
        ]),
    ),
  })).tree;

  it("no secret survives redact(), JSON or a PatchbayError built from the tree", () => {
    fc.assert(
      fc.property(nested, ([tree, secrets]) => {
        const error = new PatchbayError("vendor failed", { request: tree });
        const shown = [JSON.stringify(redact(tree)), JSON.stringify(error), error.message];
        for (const output of shown) {
          for (const secret of secrets) expect(output).not.toContain(secret);
        }
        // what is not secret stays readable
        if (secrets.length > 0) expect(shown[0]).toContain("req_1");
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
