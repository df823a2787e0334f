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
