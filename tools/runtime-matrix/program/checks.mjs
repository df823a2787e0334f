// The runtime matrix's program: the same checks on every runtime, against the packed
// @patchbay/datagrid and @patchbay/connect. Plain JavaScript with no runtime's built-ins, so
// Node, Bun, Deno and workerd all run this file as it is; each runtime's entry only loads the
// packages and hands them in. Every setting comes as an option: workerd has no environment.

export const checkNames = [
  "import (ESM)",
  "require (CJS)",
  "connect() via Prism",
  "429 → retry once",
  "timeout → TimeoutError",
  "401 hides the key",
  "nodeTransport via Prism",
  "default transport",
];

/**
 * Runs every check and returns `{ [check]: { ok, detail } }`; `ok: null` is a check this runtime
 * cannot have (no `require`). `esm` / `cjs`: `{ datagrid, connect }` as loaded, or an Error (the
 * load failed) or a string (why this runtime has no such loader).
 * `config`: `{ prismUrl, stubUrl, apiKey, runId }`. `nodeTransport`: the runtime's
 * `@patchbay/runtime/node-transport` export as loaded, or a string (why this runtime has none).
 */
export async function runChecks({ esm, cjs, config, nodeTransport }) {
  const results = {};
  const check = async (name, body) => {
    try {
      results[name] = { ok: true, detail: await body() };
    } catch (error) {
      // (a broken runtime might show the key: the report never does)
      results[name] = { ok: false, detail: describe(error).replaceAll(config.apiKey, "[the key]") };
    }
  };
  const loaded = (modules) => {
    if (modules instanceof Error) throw new Error(`the import failed: ${describe(modules)}`);
    return modules;
  };

  await check("import (ESM)", async () => {
    const { datagrid, connect } = loaded(esm);
    for (const [name, value] of [
      ["datagrid.createClient", datagrid.createClient],
      ["connect.createPatchbay", connect.createPatchbay],
      ["connect.TimeoutError", connect.TimeoutError],
    ]) {
      if (typeof value !== "function") throw new Error(`${name} is ${typeof value}`);
    }
    return "datagrid + connect";
  });
  if (typeof cjs === "string") results["require (CJS)"] = { ok: null, detail: cjs };
  else {
    await check("require (CJS)", async () => {
      const required = loaded(cjs);
      // `require` must give the CommonJS build, not the ES module again
      if (!(esm instanceof Error) && required.connect.createPatchbay === esm.connect.createPatchbay)
        throw new Error("require() returned the ES module, not the CommonJS build");
      return startConnection(required, config);
    });
  }
  await check("connect() via Prism", () => startConnection(loaded(esm), config));
  await check("429 → retry once", () => retryAfterRateLimit(loaded(esm), config));
  await check("timeout → TimeoutError", () => timeOut(loaded(esm), config));
  await check("401 hides the key", () => unauthorized(loaded(esm), config));
  if (typeof nodeTransport === "string")
    results["nodeTransport via Prism"] = { ok: null, detail: nodeTransport };
  else
    await check("nodeTransport via Prism", () =>
      overNodeTransport(loaded(esm), loaded(nodeTransport), config),
    );
  await check("default transport", () => defaultTransport(loaded(esm), config));
  return results;
}

/**
 * Which transport a client made without a `fetch` option took, as the stub saw the request:
 * `nodeTransport` (node:http: `User-Agent: node`, no `Sec-Fetch-Mode`) on Node.js, the global
 * `fetch` on Bun, Deno and workerd (Node's own `fetch` sends `Sec-Fetch-Mode`).
 */
async function defaultTransport({ datagrid }, { stubUrl, apiKey }) {
  const client = datagrid.createClient({ apiKey, baseUrl: `${stubUrl}/echo`, retry: false });
  const { data, response } = await client.POST("/connections", {
    body: { connector_id: "google_drive" },
  });
  if (!response.ok) throw new Error(`the echo answered ${response.status}`);
  const took =
    data["user-agent"] === "node" && data["sec-fetch-mode"] === undefined
      ? "nodeTransport"
      : "fetch";
  const isNode =
    typeof globalThis.process?.versions?.node === "string" &&
    globalThis.process.versions.bun === undefined &&
    globalThis.Deno === undefined &&
    globalThis.navigator?.userAgent !== "Cloudflare-Workers";
  const expected = isNode ? "nodeTransport" : "fetch";
  const seen = `${took} (user-agent ${data["user-agent"] ?? "none"})`;
  if (took !== expected) throw new Error(`took ${seen}, expected ${expected}`);
  return seen;
}

/** A datagrid client call and connect() against the Prism mock, with the key as an option. */
async function startConnection({ datagrid, connect }, { prismUrl, apiKey }) {
  const client = datagrid.createClient({ apiKey, baseUrl: prismUrl, retry: false });
  const { data, error, response } = await client.POST("/connections", {
    body: { connector_id: "google_drive" },
  });
  if (error !== undefined || typeof data?.redirect_url !== "string") {
    throw new Error(`datagrid POST /connections: ${response.status} ${JSON.stringify(error)}`);
  }
  const patchbay = connect.createPatchbay({ datagrid: { apiKey, baseUrl: prismUrl } });
  const start = await patchbay.connect("datagrid", { body: { connector_id: "google_drive" } });
  if (start.vendor !== "datagrid" || start.status !== "authorization_required") {
    throw new Error(`connect(): ${JSON.stringify({ vendor: start.vendor, status: start.status })}`);
  }
  return `client ${response.status}, connect() ${start.status}`;
}

/** The stub answers 429 with `Retry-After: 1` once, then 201: one retry, about a second later. */
async function retryAfterRateLimit({ datagrid }, { stubUrl, apiKey, runId }) {
  const client = datagrid.createClient({
    apiKey,
    baseUrl: `${stubUrl}/rate-limited/${runId}`,
    retry: { maxRetries: 1 },
  });
  const started = Date.now();
  const { data, error, response } = await client.POST("/connections", {
    body: { connector_id: "google_drive" },
  });
  const waited = Date.now() - started;
  if (error !== undefined) throw new Error(`${response.status} after ${waited} ms`);
  if (data.attempt !== 2) throw new Error(`answered on attempt ${data.attempt}, not 2`);
  if (waited < 900) throw new Error(`retried after ${waited} ms, before Retry-After's 1 s`);
  return `2 attempts, ${(waited / 1000).toFixed(1)} s`;
}

/** The stub never answers: the per-attempt timeout must end the call with a TimeoutError. */
async function timeOut({ datagrid, connect }, { stubUrl, apiKey }) {
  const client = datagrid.createClient({
    apiKey,
    baseUrl: `${stubUrl}/hang`,
    retry: false,
    timeoutMs: 300,
  });
  const outcome = await client
    .POST("/connections", { body: { connector_id: "google_drive" } })
    .then(
      () => new Error("the call did not time out"),
      (error) => error,
    );
  if (!(outcome instanceof connect.TimeoutError)) {
    throw new Error(`expected a TimeoutError, got ${describe(outcome)}`);
  }
  return `${outcome.name} after ${outcome.timeoutMs} ms`;
}

/** The stub answers 401 echoing the Authorization header: the thrown error must not hold the key. */
async function unauthorized({ connect }, { stubUrl, apiKey }) {
  const patchbay = connect.createPatchbay({
    datagrid: { apiKey, baseUrl: `${stubUrl}/unauthorized`, retry: false },
  });
  const error = await patchbay.connect("datagrid", { body: { connector_id: "google_drive" } }).then(
    () => new Error("connect() did not fail"),
    (thrown) => thrown,
  );
  if (!(error instanceof connect.ConnectError) || error.status !== 401) {
    throw new Error(`expected a ConnectError 401, got ${describe(error)}`);
  }
  const shown = [String(error), error.message, error.stack, JSON.stringify(error)];
  const leaks = shown.filter((text) => text?.includes(apiKey)).length;
  if (leaks > 0) throw new Error(`the key is in ${leaks} of message, stack, toString, JSON`);
  return `ConnectError 401 (${error.code ?? "no code"}), key in none of message, stack, JSON`;
}

/**
 * A datagrid client over the runtime's `nodeTransport` (node:http, which Node, Bun and Deno have):
 * the create call against Prism, then the same call with a `maxResponseBytes` its answer is over.
 */
async function overNodeTransport({ datagrid, connect }, loadedTransport, { prismUrl, apiKey }) {
  const client = datagrid.createClient({
    apiKey,
    baseUrl: prismUrl,
    retry: false,
    fetch: loadedTransport.nodeTransport(),
  });
  const body = { connector_id: "google_drive" };
  const { data, error, response } = await client.POST("/connections", { body });
  if (error !== undefined || typeof data?.redirect_url !== "string") {
    throw new Error(`POST /connections: ${response.status} ${JSON.stringify(error)}`);
  }
  const limited = client.withOptions({ maxResponseBytes: 16 });
  const refused = await limited.POST("/connections", { body }).then(
    () => new Error("a body over maxResponseBytes was read"),
    (thrown) => thrown,
  );
  if (!(refused instanceof connect.PatchbayError) || refused.name !== "ResponseTooLargeError") {
    throw new Error(`expected a ResponseTooLargeError, got ${describe(refused)}`);
  }
  return `client ${response.status}, over 16 bytes ${refused.name}`;
}

/** One line about a thrown value, never its stack. */
function describe(error) {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}
