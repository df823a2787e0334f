import type { OperationExample } from "@patchbay/openapi/examples";
import { tokensOf } from "@patchbay/openapi/json-pointer";
import type {
  ConnectionMapping,
  FieldRules,
  StartMapping,
  StatusRule,
  TimeRule,
} from "@patchbay/openapi/sidecar";
import type { SharedFile } from "./generated-file.ts";
import { paginationTokens } from "./pagination-model.ts";
import { referencesIn, TsCode, TsReference, tsLiteral } from "./ts-literal.ts";
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
      ? // Each reader comes with the vendors whose rules need it, not with every connect() call.
        {
          duration: tokens(rule.duration),
          read: new TsReference("expiresAtFrom", "../duration.js"),
        }
      : {
          epoch: tokens(rule.epoch),
          unit: rule.unit,
          read: new TsReference("epochTime", "../mapping.js"),
        }
    : field(rule);
const status = (rule: StatusRule) =>
  typeof rule === "string"
    ? rule
    : "first" in rule
      ? { ...rule, first: rule.first.map((test) => ({ ...test, pointer: tokens(test.pointer) })) }
      : { ...rule, pointer: tokens(rule.pointer) };

/** A create answer's status tests carry their reader: `connect()` bundles it only for their vendors. */
const startStatus = (rule: StatusRule) =>
  typeof rule === "string"
    ? rule
    : { ...(status(rule) as object), read: new TsReference("statusFrom", "../mapping.js") };

const startRules = (start: StartMapping) => ({
  connectionId: field(start.connectionId),
  status: startStatus(start.status),
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

/**
 * Per connection operation the vendor has, the CLI arguments of its document's example call: the
 * CLI's help, kept in the registry (not in the definition every `connect()` call loads).
 */
function cliExamplesOf(model: VendorModel) {
  const connections = model.connections as NonNullable<VendorModel["connections"]>;
  return {
    create: cliExampleOf(model.connectionExamples?.create),
    get: connections.get && cliExampleOf(model.connectionExamples?.get),
    list: connections.list && cliExampleOf(model.connectionExamples?.list),
    delete: connections.delete && cliExampleOf(model.connectionExamples?.delete),
    complete: connections.complete && cliExampleOf(model.connectionExamples?.complete),
  };
}

/** The fields of a vendor's definition, as data (pointers as token lists). */
function definitionData(model: VendorModel) {
  const connections = model.connections as NonNullable<VendorModel["connections"]>;
  const operation = (ref: { method: string; path: string; text?: boolean } | undefined) =>
    ref && { method: ref.method, path: ref.path, ...(ref.text && { parseAs: "text" }) };
  return {
    displayName: model.displayName,
    operations: {
      create: operation(connections.create),
      get: operation(connections.get),
      list: operation(connections.list),
      delete: operation(connections.delete),
      complete: operation(connections.complete),
    },
    start: startRules(connections.start),
    // `""` (the whole body) is where the connection is without one.
    record: connections.record ? tokens(connections.record) : undefined,
    items: connections.items === undefined ? undefined : tokens(connections.items),
  };
}

/**
 * The rules only the methods after `connect()` read, in a module of their own
 * (`vendors/rules/<vendor>.ts`, the definition's `rules`), so `connect()` does not load them;
 * undefined where the sidecar declares none.
 */
function lifecycleData(model: VendorModel) {
  const connections = model.connections as NonNullable<VendorModel["connections"]>;
  const rules = {
    connection: connections.connection && connectionRules(connections.connection),
    listItem: connections.listItem && connectionRules(connections.listItem),
    completed: connections.completed && connectionRules(connections.completed),
    pagination: listPagination(model),
  };
  return Object.values(rules).some((rule) => rule !== undefined) ? rules : undefined;
}

const HEADER =
  "// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).";

/** Where a vendor's definition module lives: one file per vendor, loaded on its first use. */
export const vendorModulePath = (vendor: string) => `${VENDOR_MODULES_DIR}/${vendor}.ts`;
export const VENDOR_MODULES_DIR = "packages/connect/src/vendors";
/** Where a vendor's lifecycle rules live: loaded with its first call after `connect()`. */
export const vendorRulesPath = (vendor: string) => `${VENDOR_RULES_DIR}/${vendor}.ts`;
export const VENDOR_RULES_DIR = `${VENDOR_MODULES_DIR}/rules`;

/** The imports of the readers (`TsReference`s) `data` refers to, from a module `depth` folders below src/vendors. */
const importsOf = (data: unknown, depth = 0) =>
  referencesIn(data).map(
    (reference) => `import { ${reference.name} } from "${"../".repeat(depth)}${reference.from}";\n`,
  );

/**
 * `packages/connect/src/vendors/rules/<vendor>.ts`: the vendor's lifecycle rules (how a get
 * answer, a list item, a complete answer read; how the list pages), or undefined without any.
 */
export function renderVendorRules(model: VendorModel): string | undefined {
  const data = lifecycleData(model);
  if (!data) return undefined;
  const exports = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(
      ([name, value]) =>
        `export const ${name}: LifecycleRules[${JSON.stringify(name)}] = ${tsLiteral(value, "")};\n`,
    );
  return `${HEADER.replace("specs/*.patchbay.yaml", `specs/${model.name}.patchbay.yaml`)}
// ${model.displayName}'s lifecycle rules: loaded with its first call after \`connect()\` (the definition's \`rules\`).
import type { LifecycleRules } from "../../define-vendor.js";
${importsOf(data, 1).join("")}
${exports.join("\n")}`;
}

/** Where a vendor's webhook rules live: loaded with its first `webhooks.verify`. */
export const vendorWebhooksPath = (vendor: string) => `${VENDOR_WEBHOOKS_DIR}/${vendor}.ts`;
export const VENDOR_WEBHOOKS_DIR = `${VENDOR_MODULES_DIR}/webhooks`;

const fieldList = (rule: FieldRules | undefined) =>
  (Array.isArray(rule) ? rule : typeof rule === "string" ? [rule] : []).map(tokens);

/** The sidecar's `webhooks` as connect reads them (pointers as token lists, operations resolved). */
function webhookData(model: VendorModel) {
  const webhooks = model.webhooks as NonNullable<VendorModel["webhooks"]>;
  const signature =
    "hmac" in webhooks.signature
      ? {
          kind: "hmac",
          ...webhooks.signature.hmac,
          header: webhooks.signature.hmac.header.toLowerCase(),
          timestampHeader: webhooks.signature.hmac.timestampHeader?.toLowerCase(),
          signed: webhooks.signature.hmac.signed.map((part) =>
            typeof part === "string" ? part : { header: part.header.toLowerCase() },
          ),
        }
      : {
          kind: "jwt",
          ...webhooks.signature.jwt,
          header: webhooks.signature.jwt.header.toLowerCase(),
          key: {
            operation: webhooks.keyOperation,
            kid: tokens(webhooks.signature.jwt.key.kid),
            jwk: tokens(webhooks.signature.jwt.key.jwk),
            expiredAt:
              webhooks.signature.jwt.key.expiredAt === undefined
                ? undefined
                : tokens(webhooks.signature.jwt.key.expiredAt),
          },
        };
  const events = webhooks.events;
  const occurredAt = events.occurredAt;
  return {
    source: webhooks.source,
    signature,
    events: {
      type: (Array.isArray(events.type) ? events.type : [events.type]).map(tokens),
      connectionId: fieldList(events.connectionId),
      occurredAt:
        occurredAt !== null && typeof occurredAt === "object"
          ? "epoch" in occurredAt
            ? { epoch: tokens(occurredAt.epoch), unit: occurredAt.unit }
            : null
          : field(occurredAt),
      states: Object.fromEntries(
        Object.entries(events.states ?? {}).map(([type, state]) => [
          type,
          {
            connectionId:
              state.connectionId === undefined ? undefined : fieldList(state.connectionId),
            status: status(state.status),
          },
        ]),
      ),
    },
  };
}

/**
 * `packages/connect/src/vendors/webhooks/<vendor>.ts`: how the vendor signs its webhooks and how
 * its events read, or undefined where its sidecar declares no webhooks.
 */
export function renderVendorWebhooks(model: VendorModel): string | undefined {
  if (!model.webhooks) return undefined;
  return `${HEADER.replace("specs/*.patchbay.yaml", `specs/${model.name}.patchbay.yaml`)}
// ${model.displayName}'s webhooks: loaded with its first \`webhooks.verify\` (the definition's \`webhooks\`).
import type { WebhookRules } from "../../define-vendor.js";

export const webhooks: WebhookRules = ${tsLiteral(webhookData(model), "")};
`;
}

/**
 * `packages/connect/src/vendors/<vendor>.ts`: the vendor's definition (its package's client and
 * descriptor, the sidecar's operations and rules), and its types for `@patchbay/connect`, added
 * to `PatchbayVendors` only where this module is imported.
 */
export function renderVendorModule(model: VendorModel): string {
  const data = {
    ...definitionData(model),
    rules: lifecycleData(model) && new TsCode(`() => import("./rules/${model.name}.js")`),
    webhooks: model.webhooks && new TsCode(`() => import("./webhooks/${model.name}.js")`),
  };
  const fields = tsLiteral(data, "").slice(2, -2);
  const imports = importsOf(data);
  return `${HEADER.replace("specs/*.patchbay.yaml", `specs/${model.name}.patchbay.yaml`)}
import { createClient, descriptor } from "${model.packageName}";
import { defineVendor } from "../define-vendor.js";
${imports.join("")}
/** ${model.displayName} for \`@patchbay/connect\`: what \`connect("${model.name}", …)\` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
${fields}
});

/** For \`createPatchbay({ vendors: { ${importName(model.name)} } })\`: \`import { ${importName(model.name)} } from "@patchbay/connect/vendors/${model.name}"\`. */
export { definition as ${importName(model.name)} };

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    ${JSON.stringify(model.name)}: typeof definition;
  }
}
`;
}

/** The name a vendor's definition is imported under: its name in camel case (`acme-crm` → `acmeCrm`). */
export const importName = (vendor: string): string => {
  const camel = vendor.replace(/[^A-Za-z0-9]+([A-Za-z0-9])?/g, (_, next = "") =>
    next.toUpperCase(),
  );
  return /^[0-9]/.test(camel) ? `_${camel}` : camel;
};

/** The connection roles a vendor's sidecar declares, as a union of literals. */
const rolesOf = (model: VendorModel) =>
  (["create", "get", "list", "delete", "complete"] as const)
    .filter((role) => model.connections?.[role])
    .map((role) => JSON.stringify(role))
    .join(" | ");

/**
 * \`packages/connect/src/catalog.generated.ts\`: what @patchbay/connect's main entry knows of every
 * vendor before its first use: the name, the roles it has (types only), and how to load it.
 */
export function renderCatalog(models: VendorModel[]): string {
  const vendors = connectableVendors(models);
  return `${HEADER}
import type { AnyDefinition } from "./call-operation.js";

/** Every vendor whose sidecar declares \`connections\`, with the connection operations it has. */
export interface VendorCatalog {
${vendors.map((model) => `  ${JSON.stringify(model.name)}: ${rolesOf(model)};`).join("\n")}
}

/** The vendors whose sidecar declares signed \`webhooks\`: what \`webhooks.verify\` takes. */
export type WebhookVendors = ${
    vendors
      .filter((model) => model.webhooks)
      .map((model) => JSON.stringify(model.name))
      .join(" | ") || "never"
  };

/** The vendors, in alphabetical order. */
export const vendorNames: readonly (keyof VendorCatalog)[] = [${vendors.map((model) => JSON.stringify(model.name)).join(", ")}];

/** Each vendor's definition module, imported on the vendor's first use. */
export const vendorLoaders: Record<keyof VendorCatalog, () => Promise<{ definition: AnyDefinition }>> = {
${vendors.map((model) => `  ${JSON.stringify(model.name)}: () => import("./vendors/${model.name}.js") as never,`).join("\n")}
};
`;
}

/** \`packages/connect/src/registry.generated.ts\`: every vendor's definition, loaded at once. */
export function renderRegistry(models: VendorModel[]): string {
  const vendors = connectableVendors(models);
  const local = (model: VendorModel) => `vendor_${model.name.replaceAll("-", "_")}`;
  return `${HEADER}
import type { CliExamples } from "./define-vendor.js";
${vendors.map((model) => `import { definition as ${local(model)} } from "./vendors/${model.name}.js";`).join("\n")}

/**
 * Every vendor whose sidecar declares \`connections\`, by the name \`connect(vendor, …)\` takes, each
 * definition loaded now (\`@patchbay/connect/registry\`: for tools, the CLI, and pages that list
 * every vendor). Importing it also types every vendor in \`createPatchbay\`.
 */
export const registry = {
${vendors.map((model) => `  ${JSON.stringify(model.name)}: ${local(model)},`).join("\n")}
};

/**
 * Per vendor, the arguments of \`patchbay connect|complete|get|list|disconnect <vendor>\` in the
 * CLI's help: each connection operation's example call from the document (\`create\` for connect,
 * \`delete\` for disconnect).
 */
export const cliExamples: Record<keyof typeof registry, CliExamples> = {
${vendors.map((model) => `  ${JSON.stringify(model.name)}: ${tsLiteral(cliExamplesOf(model), "  ")},`).join("\n")}
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

export const CATALOG_FILE = "packages/connect/src/catalog.generated.ts";
export const catalogFile: SharedFile = {
  path: CATALOG_FILE,
  render: (models) => renderCatalog(models),
  whole: true,
  biome: "ignored",
};

export const connectManifestFile: SharedFile = {
  path: CONNECT_MANIFEST,
  render: (models, current) => renderConnectManifest(current, models),
  whole: false,
  biome: "checked",
};
