import type { StatusRule, TimeRule } from "@patchbay/openapi/sidecar";
import { tsLiteral } from "./ts-literal.ts";
import type { VendorModel } from "./vendor-model.ts";

type Connections = NonNullable<VendorModel["connections"]>;
type Mapping = NonNullable<Connections["connection"]>;

const ROLES = [
  ["create", "connect"],
  ["complete", "completeConnection"],
  ["get", "getConnection"],
  ["list", "listConnections"],
  ["delete", "disconnect"],
] as const;

const code = (text: string) => `\`${text.replaceAll("|", "\\|")}\``;

/** Each way a status rule reads, as table rows: field, value, word. */
function statusRows(rule: StatusRule): [string, string, string][] {
  if (typeof rule === "string") return [["", "always", rule]];
  const tests = "first" in rule ? rule.first : [rule];
  return [
    ...tests.flatMap((test) => [
      ...Object.entries(test.values ?? {}).map(
        ([value, word]) => [code(test.pointer), code(value), word] as [string, string, string],
      ),
      ...(test.present
        ? [[code(test.pointer), "any other value", test.present] as [string, string, string]]
        : []),
    ]),
    ["", "anything else", rule.otherwise],
  ];
}

const timeText = (rule: TimeRule | undefined) =>
  rule === undefined || rule === null
    ? "—"
    : typeof rule === "string"
      ? code(rule)
      : "duration" in rule
        ? `${code(rule.duration)} (a lifetime from the answer)`
        : `${code(rule.epoch)} (${rule.unit === "s" ? "seconds" : "milliseconds"} since 1970)`;
const fieldText = (rule: string | null | undefined) =>
  typeof rule === "string" ? code(rule) : "—";

function mappingTable(title: string, mapping: Mapping | Connections["start"]): string {
  const fields =
    "authorizationUrl" in mapping || "expiresAt" in mapping || !("name" in mapping)
      ? [
          ["connectionId", fieldText(mapping.connectionId)],
          ["authorizationUrl", fieldText((mapping as Connections["start"]).authorizationUrl)],
          ["expiresAt", timeText((mapping as Connections["start"]).expiresAt)],
        ]
      : [
          ["connectionId", fieldText(mapping.connectionId)],
          ["name", fieldText((mapping as Mapping).name)],
          ["createdAt", timeText((mapping as Mapping).createdAt)],
        ];
  return `${title}

| field | read from |
| --- | --- |
${fields.map(([field, from]) => `| \`${field}\` | ${from} |`).join("\n")}

| field | value | status |
| --- | --- | --- |
${statusRows(mapping.status)
  .map(([field, value, word]) => `| ${field} | ${value} | \`${word}\` |`)
  .join("\n")}`;
}

/**
 * The README's "Connections" section, from the sidecar: which operation each `@patchbay/connect`
 * call makes, and how the answers read in the four status words. Empty where there is none.
 */
export function renderConnectionsSection(model: VendorModel): string {
  const connections = model.connections;
  if (!connections) return "";
  const rows = ROLES.flatMap(([role, call]) => {
    const ref = connections[role];
    return ref
      ? [
          `| \`${call}\` | \`${ref.method.toUpperCase()} ${ref.path}\`${ref.name.includes(" ") ? "" : ` (\`${ref.name}\`)`} |`,
        ]
      : [];
  });
  const missing = ROLES.filter(([role]) => !connections[role]).map(([, call]) => `\`${call}\``);
  const tables = [
    mappingTable("How the create answer reads (`ConnectionStart`):", connections.start),
    connections.connection &&
      mappingTable(
        `How a connection reads (\`Connection\`, from the get answer${connections.record ? ` at \`${connections.record}\`` : ""}${connections.list ? " and each list item" : ""}):`,
        connections.connection,
      ),
    connections.listItem &&
      mappingTable("How a list item reads, where it differs:", connections.listItem),
    connections.complete &&
      connections.completed &&
      mappingTable("How the complete answer reads (`Connection`):", connections.completed),
  ].filter(Boolean);
  return `
## Connections

[\`@patchbay/connect\`](../connect) starts and follows ${model.displayName} connections with these
operations (declared in [\`specs/${model.name}.patchbay.yaml\`](../../specs/${model.name}.patchbay.yaml)):

| call | operation |
| --- | --- |
${rows.join("\n")}
${missing.length > 0 ? `\n${model.displayName} has no operation for ${missing.join(", ")}: calling it on \`"${model.name}"\` does not compile.\n` : ""}${prepareNote(model, connections)}
${tables.join("\n\n")}
`;
}

function prepareNote(model: VendorModel, connections: Connections): string {
  const prepare = connections.prepare;
  const example = model.connectionExamples?.prepare;
  const create = model.connectionExamples?.create;
  if (!prepare || !example || !create) return "";
  const init = (call: typeof example) => {
    const params = Object.fromEntries(
      Object.entries(call.params).filter(([, value]) => value && Object.keys(value).length > 0),
    );
    return tsLiteral({
      ...(Object.keys(params).length > 0 && { params }),
      ...(call.body !== undefined && { body: call.body }),
    });
  };
  return `
Connecting takes two calls: the create operation needs an object that
\`${prepare.method.toUpperCase()} ${prepare.path}\` makes first. \`connect()\` makes the second:

\`\`\`ts
import { createClient } from "${model.packageName}";
import { createPatchbay } from "@patchbay/connect";

const client = createClient();
const { data: made } = await client.${prepare.method.toUpperCase()}(${JSON.stringify(prepare.path)}, ${init(example)});
const patchbay = createPatchbay();
const start = await patchbay.connect(${JSON.stringify(model.name)}, ${init(create)});
// start.authorizationUrl: where to send the end user
\`\`\`
`;
}
