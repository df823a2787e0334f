import { vendorDefinitions } from "../create-patchbay.js";
import { credentialWays } from "../credentials.js";

/** `patchbay --help`: usage, flags, exit codes, and one example and the env vars per vendor. */
export function helpText(): string {
  const vendors = Object.entries(vendorDefinitions).sort(([a], [b]) => a.localeCompare(b));
  const examples = vendors.map(
    ([name, { cliExample }]) => `  patchbay connect ${name} ${cliExample}`,
  );
  const env = vendors.map(([name, { descriptor }]) => {
    const ways = credentialWays(descriptor).map((way) => way.env.join(" + "));
    return `  ${name.padEnd(12)} ${ways.join(" or ")}; base URL ${descriptor.envPrefix}_BASE_URL (default ${descriptor.defaultBaseUrl})`;
  });
  return `Usage: patchbay connect <vendor> [--path name=value]... [--header name=value]... [--body JSON|@file] [--base-url URL] [--json]

Starts a connection on <vendor> (${vendors.map(([name]) => name).join(", ")}) with one create call
and prints its status and the URL to send the end user to.

Options:
  --path name=value     a path parameter of the create operation (repeatable)
  --header name=value   a header parameter, e.g. Idempotency-Key (repeatable)
  --body JSON|@file     the request body as JSON, or @path to read it from a file
  --base-url URL        the API's base URL (default: <VENDOR>_BASE_URL, then the document's server)
  --json                print the whole ConnectionStart as JSON
  -h, --help            show this help
  -v, --version         show the version

Credentials come from the environment:
${env.join("\n")}

Examples:
${examples.join("\n")}

Exit status: 0 started, 1 the API (or the network) failed, 2 usage or configuration error
(bad arguments, bad JSON, missing credentials: nothing was sent).
`;
}
