// `pnpm load` (tsx tools/load/run.ts [--calls 2000] [--concurrency 50] [--vendor-calls 1000]
// [--json]), through the built packages (their package entry points): many concurrent
// create calls through connect() and through the generated client against a loopback server that
// answers a mix of 201, 429 (Retry-After 0 and 1), 503, 502 and socket resets. Checks every call
// ends in its expected outcome (a typed error where it fails), no POST is repeated after a 502 or
// a reset, 429s and 503s are retried within the cap, no unhandled rejection, the heap comes back
// after GC, and nothing (socket, timer) is left open; prints p50/p95 latency and throughput.
// Then `--vendor-calls` connect() calls over every vendor's Prism mock must all succeed.
// Exits 1 naming every broken invariant. Bounded: only loopback, a fixed number of calls.
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { formatTable } from "@patchbay/common/text-table";
import { connectEveryVendor } from "./every-vendor.ts";
import { startLoadServer } from "./load-server.ts";
import { type LoadResult, loadPackages, runLoad, type Via } from "./run-load.ts";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "50" },
    "heap-limit-mb": { type: "string", default: "8" },
    "vendor-calls": { type: "string", default: "1000" },
    json: { type: "boolean", default: false },
  },
});
const calls = Number(values.calls);
const concurrency = Number(values.concurrency);
const heapLimitMb = Number(values["heap-limit-mb"]);

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const unhandled: string[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(String(reason)));

const server = await startLoadServer();
const packages = await loadPackages();
const vias: Via[] = ["connect()", "createClient().POST()"];
// Warm-up: module code, JIT and the connection pool, so the heap is measured on steady state.
for (const via of vias)
  await runLoad(packages, {
    via,
    baseUrl: server.url,
    calls: 100,
    concurrency,
    firstId: vias.indexOf(via) * 100,
    attempts: server.attempts,
  });

const results: (LoadResult & { heapGrowthMb: number })[] = [];
for (const [index, via] of vias.entries()) {
  const before = heapMb();
  const result = await runLoad(packages, {
    via,
    baseUrl: server.url,
    calls,
    concurrency,
    firstId: 1_000_000 * (index + 1),
    attempts: server.attempts,
  });
  const heapGrowthMb = heapMb() - before;
  if (heapGrowthMb > heapLimitMb)
    result.violations.push(
      `the heap grew by ${heapGrowthMb.toFixed(1)} MB after GC (limit ${heapLimitMb} MB)`,
    );
  results.push({ ...result, heapGrowthMb });
}
await server.close();
const everyVendor = await connectEveryVendor(Number(values["vendor-calls"]));

// Whatever still keeps the event loop alive once the server is gone is a leak.
await new Promise((resolve) => setTimeout(resolve, 200));
const leaked = process
  .getActiveResourcesInfo()
  .filter(
    (resource) => !/^(TTYWrap|PipeWrap|FSReqCallback|SignalWrap|MessagePort)$/.test(resource),
  );
const violations = [
  ...results.flatMap(({ via, violations: broken }) => broken.map((line) => `${via} ${line}`)),
  ...(everyVendor.failed > 0
    ? [`every vendor: ${everyVendor.failed} connect() call(s) failed: ${everyVendor.firstFailure}`]
    : []),
  ...unhandled.map((reason) => `unhandled rejection: ${reason}`),
  ...(leaked.length > 0 ? [`still open after the run: ${leaked.join(", ")}`] : []),
];

if (values.json) {
  console.log(JSON.stringify({ results, everyVendor, leaked, unhandled, violations }));
} else {
  console.log(
    formatTable(
      results.map((result) => ({
        via: result.via,
        calls: result.calls,
        concurrency: result.concurrency,
        requests: result.requests,
        "calls/s": result.callsPerSecond.toFixed(0),
        "p50 ms": result.p50Ms.toFixed(1),
        "p95 ms": result.p95Ms.toFixed(1),
        "max ms": result.maxMs.toFixed(0),
        "heap after GC": `${result.heapGrowthMb >= 0 ? "+" : ""}${result.heapGrowthMb.toFixed(2)} MB`,
      })),
    ),
  );
  for (const result of results) {
    const mix = Object.entries(result.outcomes)
      .sort(([, a], [, b]) => b - a)
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(", ");
    console.log(`${result.via}: ${mix}`);
  }
  const { vendors, calls: vendorCalls, succeeded, callsPerSecond, peakRssMiB } = everyVendor;
  console.log(
    `every vendor (${vendors}, Prism mocks): ${succeeded}/${vendorCalls} connect() calls succeeded, ${callsPerSecond} calls/s, peak RSS ${peakRssMiB} MiB`,
  );
  console.log(
    violations.length === 0
      ? "Every invariant held: typed outcomes, no repeated POST, retries within the cap, no unhandled rejection, heap back after GC, nothing left open."
      : `Broken invariants (${violations.length}):\n${violations.slice(0, 50).join("\n")}`,
  );
}
process.exitCode = violations.length === 0 ? 0 : 1;
