/**
 * 1000 concurrent connect() calls spread over every vendor of the registry, each with its
 * document's create example, against the in-process Prism mocks (loopback only, bounded). Prints
 * one JSON line with the outcome and peak RSS, then lets the process end by itself: a leaked
 * socket or timer would keep it alive.
 * Run: tsx packages/connect/load/concurrent-connects.ts [calls]
 */

import { startMocks } from "@patchbay/mocks/start-mocks";
import { operationExample } from "@patchbay/openapi/operation-example";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { createPatchbay, type PatchbayOptions, registry, vendorNames } from "../src/index.js";

const calls = Number(process.argv[2] ?? 1000);
const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => unhandled.push(reason));

const vendors = vendorNames;
const mocks = await startMocks({ vendors: [...vendors] });
const patchbay = createPatchbay(
  Object.fromEntries(
    vendors.map((vendor) => [
      vendor,
      { baseUrl: mocks.urls[vendor], ...dummyCredentialOptions(registry[vendor].descriptor) },
    ]),
  ) as PatchbayOptions,
);
const inputs = Object.fromEntries(
  await Promise.all(
    vendors.map(async (vendor) => [
      vendor,
      await operationExample(vendor, registry[vendor].operations.create),
    ]),
  ),
);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const started = performance.now();
const outcomes = await Promise.allSettled(
  Array.from({ length: calls }, (_, index) => {
    const vendor = vendors[index % vendors.length] as (typeof vendors)[number];
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
