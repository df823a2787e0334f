// Deno without --allow-env throws on every read of process.env: connect() must still say what
// to pass (a ConfigurationError), and work with options alone, instead of crashing on the read.
import { describe, expect, it } from "vitest";
import { ConfigurationError, createPatchbay } from "../src/index.js";

/** Refuses every variable patchbay may read, as Deno does (Node's own reads pass through). */
const refusingEnv = new Proxy(process.env, {
  get: (env, name) => {
    if (/^(DATAGRID|PATCHBAY)_/.test(String(name)))
      throw new Error(`NotCapable: Requires env access to "${String(name)}"`);
    return env[name as string];
  },
  ownKeys: () => {
    throw new Error("NotCapable: Requires env access to all");
  },
});

/** `body` run while reading the environment is refused. */
async function refused<T>(body: () => Promise<T>): Promise<T> {
  const original = process.env;
  Object.defineProperty(process, "env", { value: refusingEnv, configurable: true, writable: true });
  try {
    return await body();
  } finally {
    Object.defineProperty(process, "env", { value: original, configurable: true, writable: true });
  }
}

describe("connect() where the environment cannot be read", () => {
  it("without options: a ConfigurationError naming what to pass", async () => {
    const error = await refused(() =>
      createPatchbay({})
        .connect("datagrid", { body: { connector_id: "google_drive" } })
        .catch((thrown: unknown) => thrown),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/datagrid is not configured.*pass/);
  });

  it("with options alone: the connection starts", async () => {
    const fetch = async () =>
      Response.json({ redirect_url: "https://example.com/oauth" }, { status: 201 });
    const start = await refused(() =>
      createPatchbay({ datagrid: { apiKey: "dg_options_only", fetch } }).connect("datagrid", {
        body: { connector_id: "google_drive" },
      }),
    );
    expect(start.authorizationUrl).toBe("https://example.com/oauth");
  });
});
