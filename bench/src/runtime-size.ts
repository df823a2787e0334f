// `pnpm --filter @patchbay/bench size`: what @patchbay/runtime adds, min+gz, to one create-connection
// POST over openapi-fetch alone (the same entries `pnpm bench` measures), and where the runtime's
// minified bytes come from, file by file (the same function `pnpm bench -- bundle` records). Needs
// the runtime built (`pnpm build`).
import { bundleEntries, measureBundle, runtimeBytesBySource } from "./bundle-size.ts";

/** The budget for the runtime's share of a vendor bundle (min+gz bytes). */
const TARGET_BYTES = 1536;

const plain = await measureBundle(bundleEntries["openapi-fetch"] as string);
const runtime = await measureBundle(bundleEntries["@patchbay/runtime"] as string);
console.table({
  "openapi-fetch": { min: plain.minBytes, "min+gz": plain.gzipBytes },
  "@patchbay/runtime": { min: runtime.minBytes, "min+gz": runtime.gzipBytes },
});

console.table(
  Object.fromEntries(
    (await runtimeBytesBySource()).map(({ file, minBytes }) => [
      file.slice(file.indexOf("runtime/src/")),
      { min: minBytes },
    ]),
  ),
);

const added = runtime.gzipBytes - plain.gzipBytes;
console.log(
  `runtime adds ${added} B min+gz (${(added / 1024).toFixed(2)} KiB; target ≤ ${TARGET_BYTES} B)`,
);
