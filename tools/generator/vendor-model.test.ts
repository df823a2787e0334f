// Proves buildVendorModel derives names, the operations and the README example from a document
// and its sidecar, and that typeNameOf always gives an identifier.

import { createHash } from "node:crypto";
import type { ConnectionsDeclaration, StatusRule } from "@patchbay/openapi/sidecar";
import { describe, expect, it } from "vitest";
import { modelOf, ok } from "./vendor-model.fixture.ts";
import { typeNameOf } from "./vendor-model.ts";

describe("buildVendorModel: names", () => {
  it("derives package, type, display names and the env prefix from the vendor name and title", () => {
    const model = modelOf({}, {}, "acme-cloud");
    expect(model).toMatchObject({
      name: "acme-cloud",
      packageName: "@patchbay/acme-cloud",
      typeName: "AcmeCloud",
      displayName: "Acme",
      envPrefix: "ACME_CLOUD",
      title: "Acme API",
      specVersion: "2.1.0",
      specFile: "specs/acme-cloud.yaml",
      defaultBaseUrl: "https://api.acme.example/v1",
      description: "Typed client for the Acme API, generated from its OpenAPI document.",
    });
  });

  it("lets the sidecar name the vendor, its env prefix and its description", () => {
    const model = modelOf(
      {},
      { displayName: "Acme Cloud", envPrefix: "ACMECLOUD", description: "Acme's client." },
    );
    expect(model).toMatchObject({
      typeName: "AcmeCloud",
      displayName: "Acme Cloud",
      envPrefix: "ACMECLOUD",
      description: "Acme's client.",
    });
  });

  it("hashes the document's bytes and fills server variables", () => {
    const doc = {
      servers: [{ url: "https://{region}.acme.example", variables: { region: { default: "eu" } } }],
    };
    const model = modelOf(doc);
    expect(model.defaultBaseUrl).toBe("https://eu.acme.example");
    const bytes = JSON.stringify({
      openapi: "3.0.3",
      info: { title: "Acme API", version: "2.1.0" },
      servers: doc.servers,
      paths: { "/things": { get: { operationId: "listThings", responses: ok } } },
    });
    expect(model.specSha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("lists every operation; with no connections declared, the README example is the document's first operation", () => {
    const model = modelOf({
      paths: {
        "/things": {
          get: { operationId: "listThings", summary: "List", responses: ok },
          post: {
            operationId: "createThing",
            deprecated: true,
            requestBody: { content: { "application/json": { example: { name: "a" } } } },
            responses: ok,
          },
        },
      },
    });
    expect(model.operations).toEqual([
      {
        method: "GET",
        path: "/things",
        operationId: "listThings",
        summary: "List",
        deprecated: false,
      },
      {
        method: "POST",
        path: "/things",
        operationId: "createThing",
        summary: undefined,
        deprecated: true,
      },
    ]);
    expect(model.example).toMatchObject({ method: "GET", path: "/things" });
  });

  it("takes the README example from the create operation the sidecar names, wherever it stands", () => {
    const doc = {
      paths: {
        "/things/{id}/archive": { post: { operationId: "archiveThing", responses: ok } },
        "/things": {
          post: {
            operationId: "createThing",
            requestBody: { content: { "application/json": { example: { name: "a" } } } },
            responses: {
              "201": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { type: "object", properties: { id: { type: "string" } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const model = modelOf(doc, {
      connections: { create: "createThing", start: { connectionId: "/id", status: "connected" } },
    });
    expect(model.connections?.create).toEqual({
      name: "createThing",
      method: "post",
      path: "/things",
    });
    expect(model.example).toMatchObject({
      method: "POST",
      path: "/things",
      call: { body: { name: "a" } },
    });
  });

  it("refuses a connections mapping whose pointer the create answer's schema lacks", () => {
    const doc = {
      paths: {
        "/things": {
          post: {
            operationId: "createThing",
            responses: {
              "201": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: { type: "object", properties: { id: { type: "string" } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(() =>
      modelOf(doc, {
        connections: {
          create: "createThing",
          start: { connectionId: "/uid", status: "connected" },
        },
      }),
    ).toThrow(
      /#\/connections\/start\/connectionId\) reads \/uid, which the create operation's 2xx response schema does not have/,
    );
    expect(() =>
      modelOf(doc, { connections: { create: "makeThing", start: { status: "connected" } } }),
    ).toThrow(/names operationId "makeThing", which the document does not have/);
  });

  it("names operations as METHOD /path where the document gives no operationId, and checks what list items and get answers each say", () => {
    const item = (created: string) => ({
      type: "object",
      properties: {
        id: { type: "string" },
        state: { type: "string" },
        error: { type: "object", properties: { code: { type: "string" } } },
        [created]: { type: "integer" },
      },
    });
    const answer = (schema: object) => ({
      "200": { description: "ok", content: { "application/json": { schema } } },
    });
    const doc = {
      paths: {
        "/links": {
          post: { responses: answer(item("created_at")) },
          get: { responses: answer({ type: "array", items: item("created") }) },
        },
        "/links/{id}": {
          get: {
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: answer(item("created_at")),
          },
        },
      },
    };
    const status = {
      first: [
        { pointer: "/error/code", present: "disconnected" },
        { pointer: "/state", values: { ok: "connected" } },
      ],
      otherwise: "pending",
    } satisfies StatusRule;
    const connections = {
      create: "POST /links",
      get: "GET /links/{id}",
      list: "get /links",
      start: { connectionId: "/id", status: "connected" },
      connection: { connectionId: "/id", status, createdAt: { epoch: "/created_at", unit: "ms" } },
      listItem: { connectionId: "/id", status, createdAt: { epoch: "/created", unit: "s" } },
    } satisfies ConnectionsDeclaration;
    const model = modelOf(doc, { connections });
    expect(model.connections?.list).toEqual({ name: "get /links", method: "get", path: "/links" });
    expect(model.connections?.listItem?.createdAt).toEqual({ epoch: "/created", unit: "s" });
    // one mapping for both would read a field the list items do not have
    expect(() => modelOf(doc, { connections: { ...connections, listItem: undefined } })).toThrow(
      /#\/connections\/connection\/createdAt\) reads \/created_at, which the list item operation's 2xx response schema does not have/,
    );
    // every field a two-field status reads is checked
    const wrongSecond: StatusRule = {
      ...status,
      first: [{ pointer: "/error/code", present: "disconnected" }, { pointer: "/phase" }],
    };
    expect(() =>
      modelOf(doc, {
        connections: { ...connections, listItem: { ...connections.listItem, status: wrongSecond } },
      }),
    ).toThrow(/#\/connections\/listItem\/status\) reads \/phase/);
  });

  describe("a status field with an enum, a complete step, a text answer", () => {
    const answer = (type: string, schema: object) => ({
      "200": { description: "ok", content: { [type]: { schema } } },
    });
    const account = {
      type: "object",
      properties: {
        id: { type: "string" },
        state: { type: "string", enum: ["live", "paused", "closed", null] },
      },
    };
    const doc = {
      paths: {
        "/links": { post: { responses: answer("text/plain", { type: "string" }) } },
        "/accounts/{id}": {
          get: {
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: answer("application/json", account),
          },
        },
        "/tokens": {
          post: {
            responses: answer("application/json", {
              type: "object",
              properties: { account_id: { type: "string" }, access_token: { type: "string" } },
            }),
          },
        },
        "/setup": { post: { responses: answer("application/json", { type: "object" }) } },
      },
    };
    const values = { live: "connected", paused: "pending", closed: "disconnected" } as const;
    const connections = {
      create: "POST /links",
      get: "GET /accounts/{id}",
      complete: "POST /tokens",
      prepare: "POST /setup",
      start: { status: "authorization_required", authorizationUrl: "" },
      connection: {
        connectionId: "/id",
        status: { pointer: "/state", values, otherwise: "pending" },
      },
      completed: { connectionId: "/account_id", status: "connected" },
    } satisfies ConnectionsDeclaration;

    it("resolves complete and prepare; a text answer is read whole", () => {
      const model = modelOf(doc, { connections });
      expect(model.connections?.create).toEqual({
        name: "POST /links",
        method: "post",
        path: "/links",
        text: true,
      });
      expect(model.connections?.complete).toMatchObject({ method: "post", path: "/tokens" });
      expect(model.connections?.prepare).toMatchObject({ method: "post", path: "/setup" });
      expect(model.connections?.completed).toEqual(connections.completed);
    });

    it("refuses a status value of the document left unmapped, and one the document does not have", () => {
      const { closed: _, ...missing } = values;
      expect(() =>
        modelOf(doc, {
          connections: {
            ...connections,
            connection: {
              ...connections.connection,
              status: { pointer: "/state", values: missing, otherwise: "pending" },
            },
          },
        }),
      ).toThrow(
        /#\/connections\/connection\/status\) does not map "closed", which the document defines for \/state/,
      );
      expect(() =>
        modelOf(doc, {
          connections: {
            ...connections,
            connection: {
              ...connections.connection,
              status: {
                pointer: "/state",
                values: { ...values, frozen: "disconnected" },
                otherwise: "pending",
              },
            },
          },
        }),
      ).toThrow(
        /maps "frozen", which the document does not define for \/state \(it defines "live", "paused", "closed"\)/,
      );
    });

    it("refuses a pointer into a text answer, and a complete answer's field it lacks", () => {
      expect(() =>
        modelOf(doc, {
          connections: {
            ...connections,
            start: { status: "authorization_required", authorizationUrl: "/url" },
          },
        }),
      ).toThrow(
        /reads \/url, but the create operation answers text, not JSON: "" reads the whole body/,
      );
      expect(() =>
        modelOf(doc, {
          connections: {
            ...connections,
            completed: { connectionId: "/item_id", status: "connected" },
          },
        }),
      ).toThrow(
        /#\/connections\/completed\/connectionId\) reads \/item_id, which the complete operation's 2xx response schema does not have/,
      );
      expect(() => modelOf(doc, { connections: { ...connections, complete: undefined } })).toThrow(
        /#\/connections\/completed\) maps an answer, but no `complete` operation/,
      );
    });
  });
});

describe("typeNameOf", () => {
  it.each([
    ["acme", "Acme"],
    ["agent stack", "AgentStack"],
    ["agent-stack", "AgentStack"],
    ["agent_stack.v2", "AgentStackV2"],
    ["Datagrid", "Datagrid"],
    ["supermemory", "Supermemory"],
    ["3d-printer", "Vendor3dPrinter"],
    ["", "Vendor"],
    ["Ünïcode Cörp", "NCodeCRp"],
  ])("%j → %s", (text, expected) => {
    expect(typeNameOf(text)).toBe(expected);
  });

  it("always returns a valid identifier", () => {
    for (const text of ["", " ", "---", "123", "class", "Ω", "日本語", "a.b-c d_e", "$x", "x$y"]) {
      expect(typeNameOf(text), JSON.stringify(text)).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    }
  });
});
