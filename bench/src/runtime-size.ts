// `pnpm --filter @patchbay/bench size`: what @patchbay/runtime adds, min+gz, to one create-connection
// POST over openapi-fetch alone (the same entries `pnpm bench` measures), and where the runtime's
// minified bytes come from, file by file. Needs the runtime built (`pnpm build`).
import { join } from "node:path";
import { bundleEntries, measureBundle } from "./bundle-size.ts";
import { repositoryRoot } from "./locations.ts";

/** The budget for the runtime's share of a vendor bundle (min+gz bytes). */
const TARGET_BYTES = 1536;

const plain = await measureBundle(bundleEntries["openapi-fetch"] as string);
const runtime = await measureBundle(bundleEntries["@patchbay/runtime"] as string);
console.table({
  "openapi-fetch": { min: plain.minBytes, "min+gz": plain.gzipBytes },
  "@patchbay/runtime": { min: runtime.minBytes, "min+gz": runtime.gzipBytes },
});

// From src/, so that each file shows (the built package is one file).
const runtimeSrc = join(repositoryRoot, "packages", "runtime", "src");
const fromSource = await measureBundle(
  (bundleEntries["@patchbay/runtime"] as string).replace(
    '"@patchbay/runtime"',
    JSON.stringify(join(runtimeSrc, "index.ts")),
  ),
);
console.table(
  Object.fromEntries(
    Object.entries(fromSource.bytesBySource)
      .filter(([file]) => file.includes("runtime/src/"))
      .map(([file, min]) => [file.slice(file.indexOf("runtime/src/")), { min }]),
  ),
);

const added = runtime.gzipBytes - plain.gzipBytes;
console.log(
  `runtime adds ${added} B min+gz (${(added / 1024).toFixed(2)} KiB; target ≤ ${TARGET_BYTES} B)`,
);
