// `pnpm mock <vendor>... [--port N]`: serves each vendor's document (with its overlay) as a Prism
// mock on loopback until stopped, for an app to point `<VENDOR>_BASE_URL` at.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readCommandLine } from "@patchbay/common/command-line";
import { envPrefixOf, loadSidecar } from "@patchbay/openapi/sidecar";
import { sidecarFileOf } from "@patchbay/openapi/vendor-documents";
import { startMocks, vendorDocuments } from "./start-mocks.ts";

const usage = `Usage: pnpm mock <vendor>... [--port N] [--cors]

Serves specs/<vendor>.yaml (with specs/<vendor>.overlay.yaml) as a Prism mock on 127.0.0.1 until
Ctrl-C: it answers with the document's examples, checks requests and credentials, and picks an
example or status with a \`Prefer: code=404, example=name\` header. Every vendor when none is named.
  --port N   the first mock's port (the next vendors take the next ports); default: free ports
  --cors     answer browsers' CORS preflights`;

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    () =>
      parseArgs({
        allowPositionals: true,
        options: {
          port: { type: "string" },
          cors: { type: "boolean" },
          help: { type: "boolean", short: "h" },
          root: { type: "string" },
        },
      }),
    usage,
  );
  if ("exitCode" in commandLine) return commandLine.exitCode;
  const { parsed, root } = commandLine;
  const port = parsed.values.port === undefined ? undefined : Number(parsed.values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`--port ${parsed.values.port}: not a port number\n\n${usage}`);
    return 2;
  }
  const known = vendorDocuments(root).map(({ vendor }) => vendor);
  const unknown = parsed.positionals.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    console.error(`no document in specs/ for ${unknown.join(", ")}; known: ${known.join(", ")}`);
    return 2;
  }
  const vendors = parsed.positionals.length > 0 ? parsed.positionals : known;
  const mocks = await startMocks({
    root,
    vendors,
    ...(port && { port }),
    cors: parsed.values.cors ?? false,
  });
  for (const vendor of vendors) {
    const sidecar = loadSidecar(join(root, sidecarFileOf(vendor)), sidecarFileOf(vendor));
    const prefix = envPrefixOf(vendor, sidecar);
    console.log(
      `${vendor}: ${mocks.urls[vendor]}   (e.g. ${prefix}_BASE_URL=${mocks.urls[vendor]})`,
    );
  }
  console.log("Mocking; Ctrl-C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await mocks.close();
  return 0;
}

main().then((code) => process.exit(code));
