import type { OperationExample } from "@patchbay/openapi/examples";
import { tokensOf } from "@patchbay/openapi/json-pointer";
import type {
  ConnectionMapping,
  StartMapping,
  StatusRule,
  TimeRule,
} from "@patchbay/openapi/sidecar";
import type { SharedFile } from "./generated-file.ts";
import { paginationTokens } from "./pagination-model.ts";
import { tsLiteral } from "./ts-literal.ts";
import type { VendorModel } from "./vendor-model.ts";

/** The one vendor registry: read by @patchbay/connect, its CLI, and every tool that lists vendors. */
export const REGISTRY_FILE = "packages/connect/src/registry.generated.ts";
export const CONNECT_MANIFEST = "packages/connect/package.json";

const tokens = tokensOf;

/** Pointers become token lists, so @patchbay/connect walks them without parsing. */
const field = (rule: string | null | undefined) => (typeof rule === "string" ? tokens(rule) : null);
const time = (rule: TimeRule | undefined) =>
  rule !== null && typeof rule === "object"
    ? "duration" in rule
      ? { duration: tokens(rule.duration) }
      : { epoch: tokens(rule.epoch), unit: rule.unit }
    : field(rule);
const status = (rule: StatusRule) =>
  typeof rule === "string"
    ? rule
    : "first" in rule
      ? { ...rule, first: rule.first.map((test) => ({ ...test, pointer: tokens(test.pointer) })) }
      : { ...rule, pointer: tokens(rule.pointer) };

const startRules = (start: StartMapping) => ({
  connectionId: field(start.connectionId),
  status: status(start.status),
  authorizationUrl: field(start.authorizationUrl),
  expiresAt: time(start.expiresAt),
});
const connectionRules = (connection: ConnectionMapping) => ({
  connectionId: field(connection.connectionId),
  status: status(connection.status),
  name: field(connection.name),
  createdAt: time(connection.createdAt),
});

/** How the connections list pages, where the sidecar's `pagination` declares its operation. */
function listPagination(model: VendorModel) {
  const list = model.connections?.list;
  const rule = model.paged.find((paged) => paged.name === list?.name)?.rule;
  if (!rule) return undefined;
  const { items: _items, ...paging } = paginationTokens(rule);
  return paging;
}

/** Body fields whose example values look like credentials: shown as `<name>` in the CLI's help. */
const SECRET_FIELD = /pass(word|phrase)?$|secret|token|api[-_]?key|private[-_]?key|credential/i;
const withoutSecrets = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutSecrets)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value).map(([key, item]) => [
            key,
            SECRET_FIELD.test(key) && typeof item === "string" ? `<${key}>` : withoutSecrets(item),
          ]),
        )
      : value;

/** `patchbay <command> <vendor> …` arguments that make an operation's example call. */
export function cliExampleOf(example: OperationExample | undefined): string {
  if (!example) return "";
  const call = { ...example, body: withoutSecrets(example.body) };
  const quote = (text: string) =>
    /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
  const pairs = (flag: string, values: Record<string, unknown> | undefined) =>
    Object.entries(values ?? {}).map(
      ([name, value]) =>
        `${flag} ${quote(`${name}=${typeof value === "string" ? value : JSON.stringify(value)}`)}`,
    );
  return [
    ...pairs("--path", call.params.path),
    ...pairs("--query", call.params.query),
    ...pairs("--header", call.params.header),
    ...(call.body === undefined ? [] : [`--body ${quote(JSON.stringify(call.body))}`]),
  ].join(" ");
}

/** Vendors `connect()` knows: those whose sidecar declares `connections`. */
export const connectableVendors = (models: VendorModel[]) =>
  models.filter((model) => model.connections).sort((a, b) => a.name.localeCompare(b.name));

/** `packages/connect/src/registry.generated.ts`. */
export function renderRegistry(models: VendorModel[]): string {
  const vendors = connectableVendors(models);
  const local = (model: VendorModel) => `vendor_${model.name.replaceAll("-", "_")}`;
  const imports = vendors.map(
    (model) => `import * as ${local(model)} from "${model.packageName}";`,
  );
  const entries = vendors.map((model) => {
    const connections = model.connections as NonNullable<VendorModel["connections"]>;
    const operation = (ref: { method: string; path: string } | undefined) =>
      ref && { method: ref.method, path: ref.path };
    const data = {
      displayName: model.displayName,
      operations: {
        create: operation(connections.create),
        get: operation(connections.get),
        list: operation(connections.list),
        delete: operation(connections.delete),
        complete: operation(connections.complete),
      },
      start: startRules(connections.start),
      connection: connections.connection && connectionRules(connections.connection),
      listItem: connections.listItem && connectionRules(connections.listItem),
      completed: connections.completed && connectionRules(connections.completed),
      record: connections.record === undefined ? undefined : tokens(connections.record),
      items: connections.items === undefined ? undefined : tokens(connections.items),
      pagination: listPagination(model),
      cliExamples: {
        create: cliExampleOf(model.connectionExamples?.create),
        get: connections.get && cliExampleOf(model.connectionExamples?.get),
        list: connections.list && cliExampleOf(model.connectionExamples?.list),
        delete: connections.delete && cliExampleOf(model.connectionExamples?.delete),
        complete: connections.complete && cliExampleOf(model.connectionExamples?.complete),
      },
    };
    const fields = tsLiteral(data, "  ").slice(2, -4);
    return `  ${JSON.stringify(model.name)}: defineVendor({
    createClient: ${local(model)}.createClient,
    descriptor: ${local(model)}.descriptor,
${fields}
  }),`;
  });
  return `// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
${imports.join("\n")}
import { defineVendor } from "./define-vendor.js";

/** Every vendor whose sidecar declares \`connections\`, by the name \`connect(vendor, …)\` takes. */
export const registry = {
${entries.join("\n")}
};
`;
}

/** connect's package.json with one \`workspace:^\` dependency per registry vendor (JSON has no header line). */
export function renderConnectManifest(current: string, models: VendorModel[]): string {
  const manifest = JSON.parse(current) as { dependencies?: Record<string, string> };
  const isVendorPackage = (name: string) =>
    name.startsWith("@patchbay/") && name !== "@patchbay/runtime";
  const kept = Object.entries(manifest.dependencies ?? {}).filter(
    ([name]) => !isVendorPackage(name),
  );
  const vendors = connectableVendors(models).map(
    (model) => [model.packageName, "workspace:^"] as [string, string],
  );
  manifest.dependencies = Object.fromEntries(
    [...kept, ...vendors].sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export const registryFile: SharedFile = {
  path: REGISTRY_FILE,
  render: (models) => renderRegistry(models),
  whole: true,
  biome: "ignored",
};

export const connectManifestFile: SharedFile = {
  path: CONNECT_MANIFEST,
  render: (models, current) => renderConnectManifest(current, models),
  whole: false,
  biome: "checked",
};
