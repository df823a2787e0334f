// The MSW suite of one generated vendor package: its `./msw` handlers (src/msw.ts) answer every
// operation of its document, through the package's own client. Run by the package's vitest, like
// contract.test.ts (its generated vitest.config.ts includes both and provides the package's directory).
import { inject } from "vitest";
import { defineMswSuite } from "./run-msw-suite.ts";

await defineMswSuite(inject("contractPackageDir"));
