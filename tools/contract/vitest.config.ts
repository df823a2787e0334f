import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    // contract.test.ts runs in each vendor package's vitest, for that vendor.
    exclude: ["**/node_modules/**", "**/fixtures/**", "contract.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
