import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { build, type Plugin } from "esbuild";
import { childEnv } from "./child-env.ts";
import { createInputs } from "./create-inputs.ts";
import { tmpDir } from "./locations.ts";
import { measuredNow } from "./measured.ts";
import { alternatingOrder, median, round } from "./stats.ts";
import {
  nodeTransportRow,
  officialSdks,
  packageOf,
  type VendorWithSdk,
  vendors,
  vendorsWithSdk,
} from "./subjects.ts";
import type { ClientRun } from "./throughput-client.ts";
import { throughputClients, type VendorCalls, vendorCallsFile } from "./throughput-clients.ts";
import { routeOf, startThroughputServer } from "./throughput-server.ts";

const run = promisify(execFile);

export interface ThroughputRow {
  client: string;
  /** Medians over the rounds. */
  requestsPerSecond: number;
  cpuUsPerCall: number;
  /** Medians of the per-round ratios (each round's client run against the same round's baseline). */
  requestsPerSecondVsFetch: number;
  cpuVsFetch: number;
  /** CPU per call over openapi-fetch alone's, median of the per-round ratios. */
  cpuVsOpenapiFetch?: number;
  requestsPerSecondVsOpenapiFetch: number;
  /** Lowest and highest of the per-round ratios: how much the rounds disagree. */
  requestsPerSecondVsOpenapiFetchRange: [number, number];
  /** For `@patchbay/<vendor>`: against that vendor's official SDK in the same round. */
  cpuVsOfficialSdk?: number;
  requestsPerSecondVsOfficialSdk?: number;
  cpuVsOfficialSdkRange?: [number, number];
}

export interface ThroughputResults {
  measuredAt: string;
  loadAverage: number;
  calls: number;
  warmup: number;
  rounds: number;
  rows: ThroughputRow[];
  runs: (ClientRun & { round: number; order: number })[];
}

const baselineOf = (client: string): string | undefined => {
  const vendor = vendorsWithSdk.find(
    (name) => packageOf(name) === client || nodeTransportRow(name) === client,
  ) as VendorWithSdk | undefined;
  return vendor && officialSdks[vendor].name;
};

/** For the children: each vendor's create input and a field its answer (the server's example) has. */
async function writeVendorCalls(file: string): Promise<void> {
  const inputs = await createInputs();
  const routes = await Promise.all(vendors.map(routeOf));
  const calls = Object.fromEntries(
    vendors.map((vendor, index) => {
      const route = routes[index];
      // A text answer (its whole body is the URL): "" checks for a non-empty string.
      if (route && route.contentType !== "application/json")
        return [vendor, { input: inputs[vendor], field: "" }];
      const answer = JSON.parse(route?.body ?? "{}") as Record<string, unknown>;
      const [field] = Object.keys(answer);
      if (field === undefined)
        throw new Error(`${vendor}: the create example's answer has no field`);
      return [vendor, { input: inputs[vendor], field }];
    }),
  ) as VendorCalls;
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, JSON.stringify(calls));
}

const toolPackages = /^@patchbay\/(test-support|common)(\/|$)/;
const externalButTools: Plugin = {
  name: "external-but-tools",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      toolPackages.test(path) ? undefined : { path, external: true },
    );
  },
};

/**
 * Every client in its own process, one after another, against one local server; `rounds` rounds,
 * the order reversed every other round, so drift on a shared machine hits every client alike.
 */
export async function runThroughput({
  calls = 2000,
  warmup = 200,
  rounds = 3,
} = {}): Promise<ThroughputResults> {
  const started = measuredNow();
  const clientScript = join(tmpDir, "throughput-client.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "throughput-client.ts")],
    outfile: clientScript,
    bundle: true,
    // the measured packages stay external (each child imports them as a user would); the private
    // tool helpers are TypeScript that Node 20 cannot import, so they are bundled in
    plugins: [externalButTools],
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
  });
  await writeVendorCalls(join(tmpDir, vendorCallsFile));
  const server = await startThroughputServer();
  const names = Object.keys(throughputClients);
  const runs: ThroughputResults["runs"] = [];
  try {
    for (let pass = 0; pass < rounds; pass++) {
      for (const [order, client] of alternatingOrder(names, pass).entries()) {
        server.resetCounts();
        const { stdout } = await run(
          process.execPath,
          [clientScript, client, server.url, String(calls), String(warmup)],
          { env: childEnv(), maxBuffer: 1 << 20 },
        );
        const result = JSON.parse(stdout.trim().split("\n").pop() as string) as ClientRun;
        const counts = server.counts();
        const answered = Object.values(counts).reduce((sum, count) => sum + count, 0);
        if (counts.unmatched || answered !== calls + warmup) {
          throw new Error(
            `${client}: the server counted ${JSON.stringify(counts)}, expected ${calls + warmup} matched requests`,
          );
        }
        runs.push({ ...result, round: pass, order });
        console.log(
          `  throughput round ${pass + 1}/${rounds} ${client}: ${round(rps(result))} req/s, ${round(cpuPerCall(result))} µs CPU/call`,
        );
      }
    }
  } finally {
    await server.close();
  }
  return {
    ...started,
    calls,
    warmup,
    rounds,
    rows: summarize(names, runs, rounds),
    runs,
  };
}

const rps = (r: ClientRun) => r.calls / (r.wallMs / 1000);
const cpuPerCall = (r: ClientRun) => (r.cpuUserUs + r.cpuSystemUs) / r.calls;

export function summarize(
  names: readonly string[],
  runs: readonly (ClientRun & { round: number })[],
  rounds: number,
): ThroughputRow[] {
  const at = (client: string, pass: number) =>
    runs.find((r) => r.client === client && r.round === pass);
  /** The client's metric over the baseline's, round by round. */
  const ratiosOf = (client: string, baseline: string, metric: (r: ClientRun) => number) => {
    const ratios: number[] = [];
    for (let pass = 0; pass < rounds; pass++) {
      const mine = at(client, pass);
      const theirs = at(baseline, pass);
      if (mine && theirs) ratios.push(metric(mine) / metric(theirs));
    }
    return ratios;
  };
  const medianRatio = (client: string, baseline: string, metric: (r: ClientRun) => number) =>
    round(median(ratiosOf(client, baseline, metric)), 2);
  const rangeOf = (client: string, baseline: string, metric: (r: ClientRun) => number) => {
    const ratios = ratiosOf(client, baseline, metric);
    return [round(Math.min(...ratios), 2), round(Math.max(...ratios), 2)] as [number, number];
  };
  return names.map((client) => {
    const mine = runs.filter((r) => r.client === client);
    const official = baselineOf(client);
    const row: ThroughputRow = {
      client,
      requestsPerSecond: round(median(mine.map(rps))),
      cpuUsPerCall: round(median(mine.map(cpuPerCall))),
      requestsPerSecondVsFetch: medianRatio(client, "plain fetch", rps),
      cpuVsFetch: medianRatio(client, "plain fetch", cpuPerCall),
      cpuVsOpenapiFetch: medianRatio(client, "openapi-fetch", cpuPerCall),
      requestsPerSecondVsOpenapiFetch: medianRatio(client, "openapi-fetch", rps),
      requestsPerSecondVsOpenapiFetchRange: rangeOf(client, "openapi-fetch", rps),
    };
    if (official) {
      row.requestsPerSecondVsOfficialSdk = medianRatio(client, official, rps);
      row.cpuVsOfficialSdk = medianRatio(client, official, cpuPerCall);
      row.cpuVsOfficialSdkRange = rangeOf(client, official, cpuPerCall);
    }
    return row;
  });
}
