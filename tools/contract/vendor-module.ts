// What the suites of a generated vendor package (the contract suite, the MSW suite) use of its
// `src/index.ts`: its client and its descriptor.
import type { VendorDescriptor } from "@patchbay/runtime";

export interface VendorClient {
  request(
    method: string,
    path: string,
    init: object,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export interface VendorModule {
  createClient(options: Record<string, unknown>): VendorClient;
  descriptor: VendorDescriptor;
}
