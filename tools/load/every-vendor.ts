// The every-vendor phase of `pnpm load`: `calls` concurrent connect() calls spread over every
// vendor of the registry, each with its document's create example, against the in-process Prism
// mocks (loopback only), through the built @patchbay/connect. Reports the outcome and peak RSS.
import { createPatchbay, type PatchbayOptions, vendorNames } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { startMocks } from "@patchbay/mocks/start-mocks";
import { operationExample } from "@patchbay/openapi/operation-example";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";

export interface EveryVendorResult {
  vendors: number;
  calls: number;
  succeeded: number;
  failed: number;
  firstFailure?: string;
  seconds: number;
  callsPerSecond: number;
  peakRssMiB: number;
}

export async function connectEveryVendor(calls: number): Promise<EveryVendorResult> {
  const vendors = vendorNames;
  const mocks = await startMocks({ vendors: [...vendors] });
  try {
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
    const failures = outcomes.filter((outcome) => outcome.status === "rejected");
    return {
      vendors: vendors.length,
      calls,
      succeeded: outcomes.length - failures.length,
      failed: failures.length,
      firstFailure: failures[0] && String((failures[0] as PromiseRejectedResult).reason),
      seconds: Number(seconds.toFixed(2)),
      callsPerSecond: Math.round(calls / seconds),
      peakRssMiB: Math.round(peakRss / 1024 / 1024),
    };
  } finally {
    await mocks.close();
  }
}
