// The contract suite of one generated vendor package. It runs in that package's vitest (its
// generated vitest.config.ts includes this file and provides the package's directory), so turbo
// caches it per vendor, and it covers whatever operations the vendor's document has.
import { inject } from "vitest";
import { defineContractSuite } from "./run-contract.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The generated vendor package under test. */
    contractPackageDir: string;
  }
}

await defineContractSuite(inject("contractPackageDir"));
