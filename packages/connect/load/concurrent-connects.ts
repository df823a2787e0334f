/**
 * 1000 concurrent connect() calls spread over the five vendors, against the in-process Prism
 * mocks (loopback only, bounded). Prints one JSON line with the outcome and peak RSS, then lets
 * the process end by itself: a leaked socket or timer would keep it alive.
 * Run: tsx packages/connect/load/concurrent-connects.ts [calls]
 */
import { startMocks } from "@patchbay/scripts/mocks";
import { createPatchbay, type VendorName } from "../src/index.js";

const calls = Number(process.argv[2] ?? 1000);
const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(reason));

const mocks = await startMocks();
const patchbay = createPatchbay({
  datagrid: { baseUrl: mocks.urls.datagrid, apiKey: "dg_load_0123456789" },
  supermemory: { baseUrl: mocks.urls.supermemory, apiKey: "sm_load_0123456789" },
  polytomic: { baseUrl: mocks.urls.polytomic, apiKey: "pt_load_0123456789" },
  agentstack: { baseUrl: mocks.urls.agentstack, username: "as", password: "as_load_0123456789" },
  chartbrew: { baseUrl: mocks.urls.chartbrew, apiKey: "cb_load_0123456789" },
});
const inputs = {
  datagrid: { body: { connector_id: "google_drive" } },
  supermemory: {
    params: { path: { provider: "notion" as const } },
    body: { redirectUrl: "https://app.example.com/callback" },
  },
  polytomic: { body: { name: "Salesforce", redirect_url: "https://app.example.com/done" } },
  agentstack: { body: { url: "https://mcp.example.com/mcp" } },
  chartbrew: {
    params: { path: { team_id: "42" } },
    body: { name: "Warehouse", type: "postgres" as const, team_id: 42 },
  },
};
const vendors = Object.keys(inputs) as VendorName[];

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const started = performance.now();
const outcomes = await Promise.allSettled(
  Array.from({ length: calls }, (_, index) => {
    const vendor = vendors[index % vendors.length] as VendorName;
    // biome-ignore lint/suspicious/noExplicitAny: the input matches `vendor`, chosen at run time
    return patchbay.connect(vendor, inputs[vendor] as any);
  }),
);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
await mocks.close();

const failures = outcomes.filter((outcome) => outcome.status === "rejected");
console.log(
  JSON.stringify({
    calls,
    succeeded: outcomes.length - failures.length,
    failed: failures.length,
    firstFailure: failures[0] && String((failures[0] as PromiseRejectedResult).reason),
    unhandledRejections: unhandled.length,
    seconds: Number(seconds.toFixed(2)),
    callsPerSecond: Math.round(calls / seconds),
    peakRssMiB: Math.round(peakRss / 1024 / 1024),
  }),
);
