import { describe, expect, it } from "vitest";
import { findOperation, identifierWordsOf, operationsByName } from "./operation-names.ts";

// Chartbrew's published connection routes: no operationId on any of them.
const doc = {
  openapi: "3.0.1",
  paths: {
    "/team/{team_id}/connections": {
      get: { responses: { "200": { description: "OK" } } },
      post: { operationId: "createConnection", responses: { "200": { description: "OK" } } },
    },
    "/team/{team_id}/connections/{connection_id}": {
      delete: { responses: { "200": { description: "OK" } } },
    },
    "/connections:generate": { post: { responses: { "200": { description: "OK" } } } },
  },
};

describe("operation names in a sidecar", () => {
  const byName = operationsByName(doc);

  it("finds an operation by METHOD /path, in any letter case of the method", () => {
    for (const name of ["GET /team/{team_id}/connections", "get /team/{team_id}/connections"])
      expect(findOperation(byName, name)).toMatchObject({
        name,
        method: "get",
        path: "/team/{team_id}/connections",
      });
    expect(findOperation(byName, "POST /connections:generate")).toMatchObject({
      method: "post",
      path: "/connections:generate",
    });
  });

  it("finds an operation by its operationId, and by METHOD /path all the same", () => {
    expect(findOperation(byName, "createConnection")).toMatchObject({ method: "post" });
    expect(findOperation(byName, "POST /team/{team_id}/connections")).toMatchObject({
      method: "post",
    });
  });

  it("says what the document has when a name is not there", () => {
    expect(findOperation(byName, "PUT /team/{team_id}/connections")).toEqual({
      problem: expect.stringMatching(
        /^names "PUT \/team\/\{team_id\}\/connections", which the document does not have: no PUT operation at that path \(it has: GET \/team\/\{team_id\}\/connections, POST /,
      ),
    });
    expect(findOperation(byName, "listConnections")).toEqual({
      problem:
        'names operationId "listConnections", which the document does not have (it has: createConnection; an operation without one is named as "METHOD /path")',
    });
  });

  it("makes an identifier of a METHOD /path name, and keeps an operationId as it is", () => {
    expect(identifierWordsOf("GET /team/{team_id}/connections")).toBe("getTeamTeamIdConnections");
    expect(identifierWordsOf("POST /connections:generate")).toBe("postConnectionsGenerate");
    expect(identifierWordsOf("listConnections")).toBe("listConnections");
  });
});
