// A contract case built on an example its own schema refuses is skipped, and says which and why.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { contractPlan } from "./contract-cases.ts";

const fixture = parse(
  readFileSync(
    join(import.meta.dirname, "..", "generator", "fixtures", "accepted", "bad-examples.yaml"),
    "utf8",
  ),
);

describe("contractPlan with examples that disagree with their schema", () => {
  it("skips exactly the cases built on them, naming the finding", () => {
    const [operation] = contractPlan("bad-examples", fixture).operations;
    const cases = (operation?.cases ?? []).map(({ title, skip }) => ({ title, skip }));
    const wrongType =
      "built on POST /things: request example wrong-type, which its schema refuses (#/paths/~1things/post/requestBody/content/application~1json/examples/wrong-type/value: /name must be string)";
    const missingName =
      "built on POST /things: 201 example missing-name, which its schema refuses (#/components/examples/thing-without-name/value: (body) must have required property 'name')";
    expect(cases).toEqual([
      { title: "valid request (request example good, Prefer example=good) → 201", skip: undefined },
      {
        title: "valid request (request example wrong-type, Prefer example=good) → 201",
        skip: wrongType,
      },
      { title: "Prefer: code=201, example=from-shared → 201", skip: undefined },
      { title: "Prefer: code=201, example=missing-name → 201", skip: missingName },
      { title: "no credentials → 401", skip: undefined },
      { title: "required body field name removed → 422", skip: undefined },
    ]);
  });

  it("expects the shared example's value where a response example points at it", () => {
    const [operation] = contractPlan("bad-examples", fixture).operations;
    const shared = operation?.cases.find((contractCase) =>
      contractCase.title.includes("from-shared"),
    );
    expect(shared?.expect.example?.value).toEqual({
      id: "thing_2",
      name: "desk",
      owner: { email: "ada@accepted.example" },
    });
  });
});
