// workerd, through miniflare: the program and the packed packages bundled by esbuild for a
// Worker (no Node built-ins: a `node:` import fails the bundle, naming the file), run without
// nodejs_compat, sent its configuration in a request.
import { join } from "node:path";
import { build, type Message } from "esbuild";
import { Miniflare } from "miniflare";
import type { CheckResults, ProgramConfig } from "./program-types.ts";

/** A date this workerd supports; features after it stay off, as for a Worker deployed then. */
const compatibilityDate = "2026-07-01";

export async function runOnWorkerd(dir: string, config: ProgramConfig): Promise<CheckResults> {
  const bundle = await build({
    entryPoints: [join(dir, "worker.mjs")],
    absWorkingDir: dir,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  }).catch((error: Error & { errors?: Message[] }) => {
    const reasons = error.errors?.map(describeMessage).join("; ") ?? error.message;
    throw new Error(`workerd: esbuild could not bundle the program: ${reasons}`);
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const miniflare = new Miniflare({ modules: true, script, compatibilityDate });
  try {
    const response = await miniflare.dispatchFetch("http://runtime-matrix.local/", {
      method: "POST",
      body: JSON.stringify(config),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`workerd: the Worker answered ${response.status}: ${text}`);
    return JSON.parse(text) as CheckResults;
  } finally {
    await miniflare.dispose();
  }
}

/** `node_modules/@patchbay/runtime/dist/index.js:5: Could not resolve "util"` */
const describeMessage = ({ location, text }: Message): string =>
  location ? `${location.file}:${location.line}: ${text}` : text;
