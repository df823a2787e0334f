import type { AnyDefinition } from "../call-operation.js";
import { credentialWays } from "../credentials.js";
import type { CliExamples } from "../define-vendor.js";
import { cliExamples, registry } from "../registry.generated.js";

/** Each command line's example, from the vendor's document (commands it lacks are left out). */
function examplesOf(name: string, examples: CliExamples): string[] {
  const line = (command: string, args: string | undefined) =>
    args === undefined ? [] : [`  patchbay ${command} ${name}${args ? ` ${args}` : ""}`];
  return [
    ...line("connect", examples.create),
    ...line("complete", examples.complete),
    ...line("get", examples.get),
    ...line("list", examples.list),
    ...line("disconnect", examples.delete),
    ...line("wait", examples.get === undefined ? undefined : `${examples.get} --timeout 120`),
  ];
}

/** `patchbay --help`: usage, commands, flags, exit codes, and the examples and env vars per vendor. */
export function helpText(): string {
  const vendors = Object.entries(registry as unknown as Record<string, AnyDefinition>).sort(
    ([a], [b]) => a.localeCompare(b),
  );
  const examples = vendors.map(([name]) =>
    examplesOf(name, cliExamples[name as keyof typeof cliExamples]).join("\n"),
  );
  const env = vendors.map(([name, { descriptor }]) => {
    const ways = credentialWays(descriptor).map((way) => way.env.join(" + "));
    return `  ${name.padEnd(12)} ${ways.join(" or ")}; base URL ${descriptor.envPrefix}_BASE_URL (${descriptor.defaultBaseUrl ? `default ${descriptor.defaultBaseUrl}` : "required: the document names no server"})`;
  });
  return `Usage: patchbay <command> <vendor> [--path name=value]... [--query name=value]... [--header name=value]... [--body JSON|@file] [--file field=@path]... [--base-url URL] [--json]

Each command calls one of <vendor>'s connection operations (${vendors.map(([name]) => name).join(", ")})
with the parameters and body given, exactly as its API document names them:

  connect     start a connection: its status and the URL to send the end user to
  complete    the call after the end user comes back (a token or code exchange, where the vendor has one)
  get         read one connection: id, status, name, created
  list        every connection, following the vendor's pages: one row each
  disconnect  remove a connection
  wait        read the connection until it is connected (progress on stderr when stdout is a terminal)

  webhook verify <vendor> --secret-env VAR [--header Name=value]... [--now SECONDS] [--json] < body.json
              verify a webhook delivery (its raw body on stdin, its signature headers as --header)
              as webhooks.verify does, and print it as a connection event (${Object.values(
                registry as unknown as Record<string, AnyDefinition>,
              )
                .filter((definition) => definition.webhooks)
                .map((definition) => definition.descriptor.vendor)
                .join(", ")})

Options:
  --path name=value     a path parameter, e.g. the connection's id (repeatable)
  --query name=value    a query parameter (repeatable)
  --header name=value   a header parameter, e.g. Idempotency-Key (repeatable)
  --body JSON|@file     the request body as JSON, or @path to read it from a file
  --file field=@path    a file part of a multipart body, named after the path's basename
                        (repeatable; only for an operation whose body is multipart/form-data)
  --base-url URL        the API's base URL (default: <VENDOR>_BASE_URL, then the document's server)
  --json                print the whole answer as JSON (list: an array), the vendor's body in "raw"
  --max-pages N         list: stop after N pages (default: every page)
  --timeout SECONDS     wait: give up after this long (default 300)
  --interval SECONDS    wait: the first pause between reads (default 2; each pause 1.5x the last, up to 30)
  -h, --help            show this help
  -v, --version         show the version

Credentials come from the environment:
${env.join("\n")}

Examples (each vendor's document's own example values):
${examples.join("\n\n")}

Exit status: 0 done (wait: connected), 1 the API (or the network) failed, or wait ended on a
disconnected connection or its timeout, 2 usage or configuration error (bad arguments, bad JSON,
missing credentials, an operation the vendor does not offer: nothing was sent).
webhook verify: 0 verified, 1 refused (the reason on stderr), 2 usage or configuration.
`;
}
