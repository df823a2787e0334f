import type { VendorFile } from "./generated-file.ts";
import { exampleSchemes } from "./render-index.ts";
import { renderConnectionsSection } from "./render-readme-connections.ts";
import { renderUploadsSection } from "./render-readme-uploads.ts";
import { generatedHeader } from "./render-schema.ts";
import { tsLiteral } from "./ts-literal.ts";
import type { VendorModel } from "./vendor-model.ts";

/** `README.md`: install, auth, a create-connection call from the document's own example, the operations. */
export function renderReadme(model: VendorModel): string {
  const env = [`${model.envPrefix}_BASE_URL`];
  const authLines = model.auth.map((scheme) => {
    if (scheme.type === "basic") {
      env.push(scheme.usernameEnv, scheme.passwordEnv);
      return `- HTTP Basic: \`username\` and \`password\` (default \`${scheme.usernameEnv}\`, \`${scheme.passwordEnv}\`)`;
    }
    env.push(scheme.env);
    const how =
      scheme.type === "bearer" ? "`Authorization: Bearer …`" : `\`${scheme.name}\` (${scheme.in})`;
    return `- ${how}: \`${scheme.option}\` (default \`${scheme.env}\`)`;
  });
  for (const credential of model.manualCredentials)
    authLines.push(
      `- ${credential.kind} (\`${credential.scheme}\`): no option; send ${credential.how}`,
    );
  const headerLines = model.headers.map((header) => {
    if (header.env) env.push(header.env);
    const defaults = [header.env && `\`${header.env}\``, header.default && `\`${header.default}\``]
      .filter(Boolean)
      .join(", then ");
    return `- \`${header.option}\` → \`${header.header}\`${defaults ? ` (default ${defaults})` : ""}`;
  });
  const rows = model.operations.map(
    (operation) =>
      `| \`${operation.method}\` | \`${operation.path}\` | ${operation.operationId ? `\`${operation.operationId}\`` : ""} | ${(operation.summary ?? "").replaceAll("|", "\\|")}${operation.deprecated ? " (deprecated)" : ""} |`,
  );
  return `<!-- ${generatedHeader(model.specFile)} -->

# ${model.packageName}

${model.description}

Generated from [\`${model.specFile}\`](../../${model.specFile}) (${model.title} ${model.specVersion}) with
openapi-typescript and openapi-fetch, on [\`@patchbay/runtime\`](../runtime) (retries that honour
\`Retry-After\`, per-attempt timeouts, typed errors, secret redaction).

## Install

\`\`\`sh
npm install ${model.packageName}
\`\`\`

ESM and CommonJS, types included, Node 20 or later and browsers.

## Authenticate

${authLines.length > 0 ? authLines.join("\n") : "The document declares no security scheme."}
${securityLines(model)}${headerLines.length > 0 ? `\nHeaders the client sends for you:\n\n${headerLines.join("\n")}\n` : ""}
${baseUrlLine(model)}
Environment variables read: ${[...new Set(env)].map((name) => `\`${name}\``).join(", ")}.

## Example

${renderExample(model)}

Every call returns openapi-fetch's \`{ data, error, response }\`: \`data\` is the typed 2xx body,
\`error\` the typed error body. Per-call overrides: \`client.withOptions({ retry: false, timeoutMs: 5_000, idempotencyKey })\`.
${renderConnectionsSection(model)}${renderUploadsSection(model)}
${renderTestingSection(model)}
## Operations

| method | path | operationId | summary |
| --- | --- | --- | --- |
${rows.join("\n")}
`;
}

/**
 * Which credentials each operation sends, where that is not simply "the first scheme given": schemes
 * required together, optional or no auth, operations whose own security differs. Empty otherwise.
 */
function securityLines(model: VendorModel): string {
  const operations = Object.entries(model.operationSecurity);
  const plain =
    operations.length === 0 &&
    JSON.stringify(model.security) === JSON.stringify(model.auth.map((_, index) => [index]));
  if (plain) return "";
  const scheme = (index: number) => {
    const found = model.auth[index];
    if (!found) return "";
    return found.type === "basic"
      ? `\`${found.usernameOption}\` and \`${found.passwordOption}\``
      : `\`${found.option}\``;
  };
  const ways = (list: number[][]) => {
    const given = list
      .filter((requirement) => requirement.length > 0)
      .map((requirement) =>
        requirement.length > 1
          ? `${requirement.slice(0, -1).map(scheme).join(", ")} and ${scheme(requirement.at(-1) as number)}, together`
          : scheme(requirement[0] as number),
      );
    if (given.length === 0) return "no credentials";
    const optional = given.length < list.length ? ", else none (auth is optional)" : "";
    return `${given.join("; or ")}${optional}`;
  };
  const lines = [
    `- every operation${operations.length > 0 ? " not listed below" : ""}: ${ways(model.security)}`,
    ...operations.map(([operation, list]) => `- \`${operation}\`: ${ways(list)}`),
  ];
  return `
Each request sends what its operation's \`security\` requires: the first of its alternatives whose
credentials the client has, all of them.

${lines.join("\n")}
`;
}

function renderExample(model: VendorModel): string {
  const options = [
    model.defaultBaseUrl ? "" : `baseUrl: "https://…"`,
    ...exampleSchemes(model).map((scheme) =>
      scheme.type === "basic"
        ? `username: "…", password: "…"`
        : `${scheme.option}: process.env.${scheme.env}`,
    ),
  ].filter(Boolean);
  const credentials = options.length > 0 ? `{ ${options.join(", ")} }` : "";
  if (!model.example)
    return `The document has no operations (under \`paths\`); the client is there for when it has.

\`\`\`ts
import { createClient } from "${model.packageName}";

const client = createClient(${credentials});
\`\`\``;
  const { method, path, call } = model.example;
  const init: Record<string, unknown> = {};
  const params = Object.fromEntries(
    Object.entries(call.params).filter(([, value]) => value && Object.keys(value).length > 0),
  );
  if (Object.keys(params).length > 0) init.params = params;
  if (call.body !== undefined) init.body = call.body;
  const note =
    call.missing.length > 0
      ? `\n// Placeholders: the document has no example (none its schema accepts) for the ${call.missing.join(", ")}.`
      : "";
  const form =
    call.body !== undefined && isFormOperation(model.formBodies, method, path)
      ? `\n// The body is sent as application/x-www-form-urlencoded${method === "GET" || method === "HEAD" ? ", in the query string" : ""}: nested fields in brackets (a[b]=1, a[0]=x).`
      : "";
  return `\`\`\`ts
import { createClient } from "${model.packageName}";${note}

const client = createClient(${credentials});
const { data, error } = await client.${method}(${JSON.stringify(path)}, ${tsLiteral(init)});${form}
if (error) throw new Error(\`${model.name}: \${JSON.stringify(error)}\`);
console.log(data);
\`\`\``;
}

/** Whether the descriptor's `formBodies` sends this operation's body as a form. */
function isFormOperation(forms: VendorModel["formBodies"], method: string, path: string): boolean {
  if (!forms) return false;
  const key = `${method.toUpperCase()} ${path}`;
  return "operations" in forms ? forms.operations.includes(key) : !forms.allExcept.includes(key);
}

function baseUrlLine(model: VendorModel): string {
  if (model.defaultBaseUrl)
    return `Base URL: \`baseUrl\`, else \`${model.envPrefix}_BASE_URL\`, else \`${model.defaultBaseUrl}\`.`;
  const server = model.relativeServer
    ? `its first server is \`${model.relativeServer}\`, not an absolute URL`
    : "it names no server";
  return `Base URL: \`baseUrl\`, required — \`${model.specFile}\` gives no absolute one (${server}).`;
}

export const readmeFile: VendorFile = {
  path: "README.md",
  render: ({ model }) => renderReadme(model),
  biome: "checked",
};

/** "Test your app": the `./msw` entry, with the README's example operation overridden. */
function renderTestingSection(model: VendorModel): string {
  const where = model.defaultBaseUrl
    ? `${model.defaultBaseUrl}, or handlers({ baseUrl })`
    : "any origin (the document names no absolute server), or handlers({ baseUrl })";
  const override = model.example
    ? `
// one operation answering otherwise, typed by the document (a body that does not match does not compile)
server.use(mock.${model.example.method.toUpperCase()}(${JSON.stringify(model.example.path)}, { rateLimited: { retryAfter: 1 } }, { once: true }));`
    : "";
  return `## Test your app

\`${model.packageName}/msw\` has [MSW](https://mswjs.io) 2.x handlers for every operation below, each
answering with the document's example, else a value synthesized from its schema. \`msw\` is an
optional peer dependency: install it beside your test runner; the main entry never loads it.

\`\`\`ts
import { setupServer } from "msw/node";
import { handlers, mock } from "${model.packageName}/msw";

const server = setupServer(...handlers()); // matches ${where}
server.listen({ onUnhandledRequest: "error" });${override}
\`\`\`

Overrides: \`mock.GET(path, answer, { baseUrl, once })\` (and \`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\`), the answer
\`{ status?, body?, headers? }\`, \`{ error: status }\` (the document's body for it), \`{ rateLimited: { retryAfter } }\`
(a 429 with \`Retry-After\`), or a function of \`{ request, params }\` returning one;
\`mock.answerOf(method, path, status?)\` is a copy of a default body to build on.
`;
}
