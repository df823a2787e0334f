import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "@patchbay/common/temp-repo";
import { afterAll, describe, expect, it } from "vitest";
import { readSidecar } from "./sidecar.ts";
import { SpecErrors } from "./spec-error.ts";

const dir = makeTempDir("sidecar");
afterAll(() => removeTempDir(dir));
const read = (text: string) => {
  const path = join(dir, "acme.patchbay.yaml");
  writeFileSync(path, text);
  return readSidecar(path, "specs/acme.patchbay.yaml").sidecar;
};

const sidecar = (time: string) => `connections:
  create: POST /links
  list: GET /links
  start: { status: connected }
  connection:
    status:
      first:
        - { pointer: /error/code, values: { ITEM_LOGIN_REQUIRED: authorization_required }, present: disconnected }
        - { pointer: /state, values: { ready: connected } }
      otherwise: pending
    createdAt: /created_at
  listItem:
    status: connected
    createdAt: ${time}
`;

describe("the sidecar's schema", () => {
  it("takes METHOD /path names, list items read apart, a status from several fields and epoch times", () => {
    const read1 = read(sidecar("{ epoch: /created, unit: ms }"));
    expect(read1.connections?.create).toBe("POST /links");
    expect(read1.connections?.listItem?.createdAt).toEqual({ epoch: "/created", unit: "ms" });
  });

  it("refuses an epoch unit it does not know, at its line", () => {
    let error: unknown;
    try {
      read(sidecar("{ epoch: /created, unit: days }"));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecErrors);
    expect((error as Error).message).toContain("specs/acme.patchbay.yaml:14");
  });
});

describe("the sidecar's webhooks section", () => {
  const webhooks = (encoding: string) => `webhooks:
  source: https://acme.example.com/docs/webhooks
  signature:
    hmac:
      algorithm: sha256
      header: Acme-Signature
      carries: pairs
      pairs: { separator: ",", timestamp: t, signature: v1 }
      signed: [timestamp, body]
      encoding: ${encoding}
      tolerance: 300
  events:
    type: /type
    connectionId: [/connection_id, /connector_id]
    states:
      connection.failed: { status: authorization_required }
`;

  it("takes an HMAC scheme over timestamp and body, several id fields, and states by event type", () => {
    const read1 = read(webhooks("hex"));
    expect(read1.webhooks?.events.connectionId).toEqual(["/connection_id", "/connector_id"]);
    expect(read1.webhooks?.events.states?.["connection.failed"]?.status).toBe(
      "authorization_required",
    );
  });

  it("refuses an encoding it does not know, at its line", () => {
    expect(() => read(webhooks("base32"))).toThrow(/specs\/acme\.patchbay\.yaml:10/);
  });

  it("reads every real sidecar's webhooks", () => {
    for (const vendor of ["stripe", "plaid", "fivetran"]) {
      const file = `specs/${vendor}.patchbay.yaml`;
      const { sidecar: real } = readSidecar(join(import.meta.dirname, "../..", file), file);
      expect(real.webhooks?.source, vendor).toMatch(/^https:\/\//);
    }
  });
});
