// Adding a vendor is: copy its document (and an overlay) into specs/, write its sidecar,
// `pnpm generate`, `pnpm install`. This does exactly that in a copy of the repository with a
// four-operation vendor (fixtures/sixth-vendor), then proves the rest works with no other edit:
// only specs/, packages/acme/, the lockfile and generated files change; the packages build;
// acme's contract suite covers its four operations; connect("acme") and `patchbay connect acme`
// start a connection against its Prism mock. Beside it comes `bare`, a document as many vendors
// publish theirs (JSON, no operationIds, no examples but on a few properties): its sidecar names
// operations as METHOD /path, and its contract suite runs on values synthesized from the schemas.
// And `gate`, a document whose operations each have their own security (Basic first at the top
// level and one operation Bearer only, two API-key headers required together, `security: []`):
// its contract suite sends each operation what it requires, with every scheme configured.
// And `till`, shaped like Stripe's published document: every body a form
// (application/x-www-form-urlencoded, nested values deepObject), bodies on GET and DELETE, one
// multipart upload: its client sends forms in bracket notation, which its Prism mock judges, and
// its upload as multipart, whose parts a loopback server checks.
// And `wire`, shaped like Plaid and Ampersand: its create answers the authorization URL as
// text/plain, a token exchange completes the connection, and its get, list and delete are POSTs
// naming the connection in the body: connect() and the CLI drive its whole lifecycle.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyRepository } from "@patchbay/common/copy-repository";
import { run } from "@patchbay/common/run";
import { repoRoot } from "@patchbay/common/temp-repo";
import { workLimitMs } from "@patchbay/common/work-limit";
import { vendorOfDocument } from "@patchbay/openapi/vendor-documents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isGeneratedFile } from "./generated-files.ts";

const fixtures = join(import.meta.dirname, "fixtures", "sixth-vendor");
let work: string;
let repo: string;
let changedFiles: string[];
const env = { ...process.env, CI: "", TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" };

// Hang guards derived from the work: a command is one install, generation or program by default.
const step = async (command: string, args: string[], killAfterMs = workLimitMs({ install: 1 })) => {
  const result = await run(command, args, { cwd: repo, env, killAfterMs });
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
};
const git = (...args: string[]) =>
  step("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args]);

beforeAll(
  async () => {
    work = mkdtempSync(join(tmpdir(), "patchbay-sixth-vendor-"));
    repo = join(work, "repo");
    copyRepository(repoRoot, repo, "working-tree");
    await step("pnpm", ["install", "--prefer-offline", "--frozen-lockfile"]);
    await git("init", "--quiet");
    await git("add", "-A");
    await git("commit", "--quiet", "-m", "before acme");
    // The maintainer's steps, exactly.
    for (const file of readdirSync(fixtures))
      cpSync(join(fixtures, file), join(repo, "specs", file));
    // `pnpm generate <name>`: the new vendors only (the others' packages are as they were).
    const added = readdirSync(fixtures).flatMap((file) => vendorOfDocument(file) ?? []);
    await step("pnpm", ["generate", ...added]);
    await step("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile"]);
    changedFiles = (await git("status", "--porcelain", "--untracked-files=all")).stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
    // the runtime, acme, bare, the other vendors and connect
    const built = readdirSync(join(repo, "packages")).length;
    await step(
      "pnpm",
      ["exec", "turbo", "run", "build", "--filter=@patchbay/connect..."],
      workLimitMs({ build: built }),
    );
  },
  workLimitMs({ install: 2, generate: 1, build: 12, process: 3 }),
);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("a sixth vendor: document, overlay and sidecar in specs/, pnpm generate, pnpm install", () => {
  it("changes only specs/acme.*, packages/acme/, pnpm-lock.yaml, connect's dependencies and files on the generated-file list", () => {
    const unexpected = changedFiles.filter(
      (file) =>
        !/^specs\/(acme|bare|gate|till|wire)\./.test(file) &&
        !/^packages\/(acme|bare|gate|till|wire)\//.test(file) &&
        file !== "pnpm-lock.yaml" &&
        file !== "packages/connect/package.json" &&
        !isGeneratedFile(file),
    );
    expect(unexpected).toEqual([]);
    expect(changedFiles).toContain("packages/acme/src/schema.ts");
    expect(changedFiles).toContain("packages/connect/src/registry.generated.ts");
    expect(changedFiles).toContain("packages/connect/src/vendors/wire.ts");
    const manifest = JSON.parse(readFileSync(join(repo, "packages/connect/package.json"), "utf8"));
    expect(manifest.dependencies["@patchbay/acme"]).toBe("workspace:^");
  });

  it(
    "covers acme's four operations in its contract suite, against a Prism mock with its overlay",
    async () => {
      await step("pnpm", ["--filter", "@patchbay/acme", "test"]);
      const results = JSON.parse(
        readFileSync(join(repo, "packages/acme/contract-results.json"), "utf8"),
      );
      expect(results).toMatchObject({ vendor: "acme", operations: 4, uncovered: [] });
      expect(results.run).toBe(results.cases);
      expect(results.passed).toBe(results.cases);
    },
    workLimitMs({ process: 2, typeCheck: 1 }),
  );

  it(
    "covers bare's four operations (no operationIds, no examples) on values synthesized from its schemas",
    async () => {
      await step("pnpm", ["--filter", "@patchbay/bare", "test"]);
      const results = JSON.parse(
        readFileSync(join(repo, "packages/bare/contract-results.json"), "utf8"),
      );
      expect(results).toMatchObject({ vendor: "bare", operations: 4, uncovered: [] });
      // Every case sends synthesized values but the list's two, whose call needs no value at all.
      expect(results).toMatchObject({ cases: 11, synthesized: 9 });
      expect(results.run).toBe(results.cases);
      expect(results.passed).toBe(results.cases);
      const schema = readFileSync(join(repo, "packages/bare/src/schema.ts"), "utf8");
      expect(schema).toContain('"/v1/links/{link_id}": {');
    },
    workLimitMs({ process: 2, typeCheck: 1 }),
  );

  it(
    "covers gate's four operations, each sent with what its own security requires",
    async () => {
      await step("pnpm", ["--filter", "@patchbay/gate", "test"]);
      const results = JSON.parse(
        readFileSync(join(repo, "packages/gate/contract-results.json"), "utf8"),
      );
      // 4 valid requests, 3 documented 401s, 3 "no credentials → 401" (none for GET /v1/health),
      // and the create's required field removed
      expect(results).toMatchObject({ vendor: "gate", operations: 4, cases: 11, uncovered: [] });
      expect(results.run).toBe(results.cases);
      expect(results.passed).toBe(results.cases);
    },
    workLimitMs({ process: 2, typeCheck: 1 }),
  );

  it(
    "sends till's form bodies in bracket notation, which its Prism mock accepts, naming the cases Prism cannot judge",
    async () => {
      await step("pnpm", ["--filter", "@patchbay/till", "test"]);
      // its examples.test-d.ts checks the form examples against the generated types: an object
      await step("pnpm", ["--filter", "@patchbay/till", "typecheck"]);
      const results = JSON.parse(
        readFileSync(join(repo, "packages/till/contract-results.json"), "utf8"),
      );
      // POST /v1/customers 4 cases, GET and DELETE with form bodies 3 and 2, the checkout's 4
      // not run (an array of objects in brackets, which Prism 5.12 answers 415), the multipart
      // upload's 5 (its parts checked by a loopback server among them)
      expect(results).toMatchObject({
        vendor: "till",
        operations: 5,
        cases: 18,
        limited: 4,
        uncovered: [],
      });
      expect(results.run).toBe(14);
      expect(results.passed).toBe(results.run);
      expect(results.skippedOperations).toEqual([]);
      expect(results.limitedCases[0]).toMatch(
        /^till: POST \/v1\/checkout\/sessions: valid request .* not run: Prism 5\.12 cannot judge this form body: it answers 415 to an array of objects \(line_items\)/,
      );
      const index = readFileSync(join(repo, "packages/till/src/index.ts"), "utf8");
      expect(index).toContain('formBodies: {\n    allExcept: [\n      "POST /v1/files",\n    ],');
    },
    workLimitMs({ process: 2, typeCheck: 2 }),
  );

  it(
    "covers wire's five operations, its text/plain answer among them",
    async () => {
      await step("pnpm", ["--filter", "@patchbay/wire", "test"]);
      const results = JSON.parse(
        readFileSync(join(repo, "packages/wire/contract-results.json"), "utf8"),
      );
      expect(results).toMatchObject({ vendor: "wire", operations: 5, uncovered: [] });
      expect(results.run).toBe(results.cases);
      expect(results.passed).toBe(results.cases);
    },
    workLimitMs({ process: 2, typeCheck: 1 }),
  );

  it(
    "drives wire's whole lifecycle: a text/plain URL, the token exchange, ids in the body (connect() and `patchbay complete`)",
    async () => {
      writeFileSync(
        join(repo, "wire-probe.mts"),
        `
      import { startMocks } from "./tools/mocks/start-mocks.ts";
      import { execFile } from "node:child_process";
      import { promisify } from "node:util";
      const { createPatchbay } = await import("./packages/connect/dist/index.js");
      const mocks = await startMocks({ vendors: ["wire"] });
      try {
        const sent = [];
        const patchbay = createPatchbay({
          wire: { baseUrl: mocks.urls.wire, apiKey: "test-key" },
          fetch: async (request) => {
            sent.push(request.method + " " + new URL(request.url).pathname + " " + (await request.clone().text()));
            return fetch(request);
          },
        });
        const start = await patchbay.connect("wire", { body: { user_ref: "usr_42", redirect_uri: "https://app.example.com/wire/done" } });
        const completed = await patchbay.completeConnection("wire", { body: { public_token: "public-sandbox-5c2a" } });
        const read = await patchbay.getConnection("wire", { body: { connection_id: completed.connectionId } });
        const listed = [];
        for await (const item of patchbay.listConnections("wire", { body: { user_ref: "usr_42" } })) listed.push(item.connectionId);
        await patchbay.disconnect("wire", { body: { connection_id: completed.connectionId } });
        const cli = await promisify(execFile)(process.execPath, [
          "packages/connect/dist/cli.js", "complete", "wire", "--json", "--base-url", mocks.urls.wire,
          "--body", JSON.stringify({ public_token: "public-sandbox-5c2a" }),
        ], { env: { ...process.env, WIRE_API_KEY: "test-key" }, encoding: "utf8" }).then(
          ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
          (error) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
        );
        console.log(JSON.stringify({ start, completed: { ...completed, raw: undefined }, read: { ...read, raw: undefined }, listed, sent, cli }));
      } finally {
        await mocks.close();
      }
      `,
      );
      const probe = await step(join(repo, "node_modules/.bin/tsx"), ["wire-probe.mts"]);
      const { start, completed, read, listed, sent, cli } = JSON.parse(
        probe.stdout.trim().split("\n").at(-1) ?? "{}",
      );
      expect(start).toEqual({
        vendor: "wire",
        connectionId: null,
        status: "authorization_required",
        authorizationUrl: "https://link.wire.example/authorize?session=ses_9Lk2",
        expiresAt: null,
        raw: "https://link.wire.example/authorize?session=ses_9Lk2",
      });
      expect(completed).toMatchObject({
        vendor: "wire",
        connectionId: "wcn_71Ab",
        status: "connected",
      });
      expect(read).toMatchObject({
        vendor: "wire",
        connectionId: "wcn_71Ab",
        status: "connected",
        name: "Checking ••4321",
        createdAt: "2026-11-02T09:15:00Z",
      });
      expect(listed).toEqual(["wcn_71Ab"]);
      expect(sent).toEqual([
        'POST /v1/link {"user_ref":"usr_42","redirect_uri":"https://app.example.com/wire/done"}',
        'POST /v1/token/exchange {"public_token":"public-sandbox-5c2a"}',
        'POST /v1/connection/get {"connection_id":"wcn_71Ab"}',
        'POST /v1/connection/list {"user_ref":"usr_42"}',
        'POST /v1/connection/remove {"connection_id":"wcn_71Ab"}',
      ]);
      expect(cli.stderr).toBe("");
      expect(cli.status).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({
        vendor: "wire",
        connectionId: "wcn_71Ab",
        status: "connected",
      });
    },
    workLimitMs({ process: 3 }),
  );

  it(
    "type-checks @patchbay/connect with acme in its registry; acme's missing delete is a compile error",
    async () => {
      writeFileSync(
        join(repo, "packages/connect/test/acme.test-d.ts"),
        `import { createPatchbay } from "../src/index.js";
const patchbay = createPatchbay({ acme: { apiKey: "k" } });
export async function calls() {
  await patchbay.connect("acme", {
    params: { header: { "Idempotency-Key": "k1" } },
    body: { provider: "slack", redirect_uri: "https://app.example.com/cb" },
  });
  // @ts-expect-error the document's required Idempotency-Key header is a per-call parameter
  await patchbay.connect("acme", { body: { provider: "slack", redirect_uri: "https://app.example.com/cb" } });
  const connection = await patchbay.getConnection("acme", { params: { path: { connection_id: "con_1" } } });
  const label: string | null = connection.name;
  for await (const item of patchbay.listConnections("acme")) void item;
  // @ts-expect-error acme's sidecar declares no delete operation
  await patchbay.disconnect("acme", { params: { path: { connection_id: "con_1" } } });
  return label;
}
`,
      );
      await step("pnpm", ["--filter", "@patchbay/connect", "typecheck"]);
    },
    workLimitMs({ process: 2, typeCheck: 1 }),
  );

  it(
    "runs every test that speaks of all vendors with the new ones, unedited: connect's (its CLI's, the demo's) and the connect app's",
    async () => {
      // Each reads the vendors from the registry: the new ones are in every loop, on their mocks.
      // The two suites share nothing (each starts its own mocks on free ports), so they run side
      // by side: this test is the generator suite's longest, and the whole suite waits for it.
      const suites = ["@patchbay/connect", "@patchbay/example-connect-app"];
      await Promise.all(
        suites.map((suite) =>
          step("pnpm", ["--filter", suite, "exec", "vitest", "run"], workLimitMs({ process: 30 })),
        ),
      );
      const registry = readFileSync(
        join(repo, "packages/connect/src/catalog.generated.ts"),
        "utf8",
      );
      // the three whose sidecar declares connections (gate and till are clients only)
      for (const vendor of ["acme", "bare", "wire"])
        expect(registry).toContain(`"${vendor}": () => import("./vendors/${vendor}.js")`);
    },
    workLimitMs({ process: 60 }),
  );

  it(
    'starts a connection with connect("acme", …) and with `patchbay connect acme`',
    async () => {
      writeFileSync(
        join(repo, "probe.mts"),
        `
      import { startMocks } from "./tools/mocks/start-mocks.ts";
      import { execFile } from "node:child_process";
      import { promisify } from "node:util";
      const { createPatchbay, vendorNames } = await import("./packages/connect/dist/index.js");
      const mocks = await startMocks({ vendors: ["acme"] });
      try {
        const patchbay = createPatchbay({ acme: { baseUrl: mocks.urls.acme, apiKey: "test-key" } });
        const start = await patchbay.connect("acme", {
          params: { header: { "Idempotency-Key": "probe-1" } },
          body: { provider: "slack", redirect_uri: "https://app.example.com/callback" },
        });
        // Asynchronously: the mock answers from this process's event loop.
        const cli = await promisify(execFile)(process.execPath, [
          "packages/connect/dist/cli.js", "connect", "acme", "--json", "--base-url", mocks.urls.acme,
          "--header", "Idempotency-Key=probe-2",
          "--body", JSON.stringify({ provider: "slack", redirect_uri: "https://app.example.com/cb" }),
        ], { env: { ...process.env, ACME_API_KEY: "test-key" }, encoding: "utf8" }).then(
          ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
          (error) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
        );
        const refused = await patchbay.disconnect("acme", { params: { path: { connection_id: "con_2" } } }).catch((error) => error.name + ": " + error.message);
        const listed = [];
        for await (const item of patchbay.listConnections("acme")) listed.push(item.connectionId);
        console.log(JSON.stringify({ vendorNames, start, refused, listed, cli: { status: cli.status, stdout: cli.stdout, stderr: cli.stderr } }));
      } finally {
        await mocks.close();
      }
      `,
      );
      const probe = await step(join(repo, "node_modules/.bin/tsx"), ["probe.mts"]);
      const { vendorNames, start, refused, listed, cli } = JSON.parse(
        probe.stdout.trim().split("\n").at(-1) ?? "{}",
      );
      expect(refused).toMatch(/^ConfigurationError: acme has no operation to remove a connection/);
      expect(listed).toEqual(["con_1"]);
      expect(vendorNames).toContain("acme");
      expect(start).toMatchObject({
        vendor: "acme",
        connectionId: "con_2",
        status: "authorization_required",
        authorizationUrl: "https://slack.com/oauth/v2/authorize?client_id=1&state=con_2",
      });
      expect(cli.stderr).toBe("");
      expect(cli.status).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({
        vendor: "acme",
        status: "authorization_required",
      });
    },
    workLimitMs({ process: 3 }),
  );
});
