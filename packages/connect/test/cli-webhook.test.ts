// `patchbay webhook verify <vendor> --secret-env VAR --header Name=value < body`: a delivery
// verified as webhooks.verify does, for a person debugging one; run in this process (runCli with
// its io), and once as the built CLI with the body on its stdin.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { cleanEnv } from "@patchbay/test-support/vendor-env";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../src/cli/run-cli.js";

const stripe = new Stripe("sk_test_patchbay");
const secret = "whsec_cli_debugging_3e9f1a";
const now = 1_765_000_000;
const body = JSON.stringify({
  id: "evt_1",
  object: "event",
  created: now,
  data: {
    object: { id: "acct_1", object: "account", charges_enabled: true, details_submitted: true },
  },
  type: "account.updated",
});
const signature = stripe.webhooks.generateTestHeaderString({
  payload: body,
  secret,
  timestamp: now,
});

const run = async (
  argv: string[],
  stdin = body,
  env: Record<string, string> = { STRIPE_WEBHOOK_SECRET: secret },
) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd: process.cwd(),
    env,
    version: "0.0.0",
    isTTY: false,
    stdin: async () => new TextEncoder().encode(stdin),
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
};
const args = (...extra: string[]) => [
  "webhook",
  "verify",
  "stripe",
  "--secret-env",
  "STRIPE_WEBHOOK_SECRET",
  "--header",
  `Stripe-Signature=${signature}`,
  "--now",
  String(now),
  ...extra,
];

describe("patchbay webhook verify", () => {
  it("prints the verified event (exit 0), or the whole of it with --json", async () => {
    const shown = await run(args());
    expect(shown).toMatchObject({ code: 0, stderr: "" });
    expect(shown.stdout).toContain("stripe: verified account.updated");
    expect(shown.stdout).toMatch(/status\s+connected/);
    const json = await run(args("--json"));
    expect(JSON.parse(json.stdout)).toMatchObject({ connectionId: "acct_1", status: "connected" });
  });

  it("exits 1 with the reason for a refused delivery, and never prints the secret", async () => {
    const altered = await run(args(), body.replace("acct_1", "acct_2"));
    expect(altered.code).toBe(1);
    expect(altered.stderr).toContain("bad_signature");
    const replayed = await run(
      args()
        .slice(0, -1)
        .concat(String(now + 3600)),
    );
    expect(replayed.code).toBe(1);
    expect(replayed.stderr).toContain("timestamp_outside_tolerance");
    for (const result of [altered, replayed])
      expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it("exits 2 for a variable not set, an unknown vendor or a secret given on the command line", async () => {
    expect((await run(args(), body, {})).code).toBe(2);
    expect((await run(["webhook", "verify", "myspace", "--secret-env", "X"])).code).toBe(2);
    const inline = await run(["webhook", "verify", "stripe", "--secret-env", secret]);
    expect(inline.code).toBe(2);
    expect(inline.stderr).not.toContain(secret);
    expect((await run(["webhook", "sign", "stripe"])).code).toBe(2);
  });

  it("runs as the built CLI, the body on its stdin", async () => {
    const cli = resolve(import.meta.dirname, "../dist/cli.js");
    const result = await new Promise<{ code: number; stdout: string }>((done) => {
      const child = execFile(
        process.execPath,
        [cli, ...args()],
        { env: { ...cleanEnv(), STRIPE_WEBHOOK_SECRET: secret }, timeout: 30_000 },
        (error, stdout) =>
          done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout }),
      );
      child.stdin?.end(body);
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("stripe: verified account.updated");
  });
});
