import { describe, expect, it } from "vitest";
import { type ExampleInput, withConnectionId } from "./example-inputs.ts";

const get = (path: string, input: ExampleInput) => ({ operation: { method: "get", path }, input });

describe("withConnectionId", () => {
  it("puts the new id in the one path parameter the create's path lacks, keeping the others", () => {
    expect(
      withConnectionId(
        get("/team/{team_id}/connections/{connection_id}", {
          params: { path: { team_id: "42", connection_id: "187" }, header: { h: "1" } },
        }),
        { method: "post", path: "/team/{team_id}/connections" },
        "999",
      ),
    ).toEqual({ params: { path: { team_id: "42", connection_id: "999" }, header: { h: "1" } } });
  });

  it("is undefined where no single parameter names the connection", () => {
    const create = { method: "post", path: "/connections" };
    expect(withConnectionId(get("/connections/current", { params: {} }), create, "1")).toBe(
      undefined,
    );
    expect(withConnectionId(get("/a/{x}/b/{y}", { params: {} }), create, "1")).toBe(undefined);
  });
});
