import { createHash } from "node:crypto";
import type {
  AuthScheme,
  HeaderOption as RuntimeHeaderOption,
} from "../../packages/runtime/src/auth.ts";
import { deref, exampleCall, type OperationExample } from "../openapi/examples.ts";
import { absoluteBaseUrl, forEachOperation } from "../openapi/validate-document.ts";
import { type ManualCredential, manualCredentials } from "./manual-credentials.ts";
import type { Sidecar } from "./sidecar.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

// The descriptor's shape is the runtime's contract; the generator only adds documentation.
export type { AuthScheme } from "../../packages/runtime/src/auth.ts";

export interface HeaderOption extends RuntimeHeaderOption {
  description?: string;
}

export interface OperationSummary {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  deprecated: boolean;
}

/** Everything the templates need to know about one vendor, derived from its document and sidecar. */
export interface VendorModel {
  name: string;
  packageName: string;
  typeName: string;
  displayName: string;
  description: string;
  specFile: string;
  specVersion: string;
  specSha256: string;
  title: string;
  envPrefix: string;
  /** Empty when the document's first server is not an absolute URL: `baseUrl` is then required. */
  defaultBaseUrl: string;
  /** The first server's URL as the document writes it, when it is not absolute (or "" with none). */
  relativeServer?: string;
  auth: AuthScheme[];
  /** Credentials the client has no option for; the user sends them through `headers` or `fetch`. */
  manualCredentials: ManualCredential[];
  headers: HeaderOption[];
  operations: OperationSummary[];
  example?: { method: string; path: string; call: OperationExample };
}

export function buildVendorModel(input: {
  name: string;
  specFile: string;
  bytes: Buffer;
  document: Json;
  sidecar: Sidecar;
}): VendorModel {
  const { name, document: doc, sidecar } = input;
  const info = doc.info as Json;
  const envPrefix = sidecar.envPrefix ?? name.toUpperCase().replaceAll("-", "_");
  const displayName = sidecar.displayName ?? String(info.title).replace(/\s+API$/i, "");
  // Every option of the client's options interface is unique: the runtime's own, the sidecar's,
  // then the credentials', then the document's required headers.
  const taken = new Set([
    ...RUNTIME_OPTIONS,
    ...(sidecar.headers ?? []).map((header) => header.option),
  ]);
  const auth = authSchemes(doc, envPrefix, taken);
  const headers = headerOptions(doc, sidecar, envPrefix, taken);
  const operations: OperationSummary[] = [];
  forEachOperation(doc, (operation, _at, method, path) => {
    operations.push({
      method: method.toUpperCase(),
      path,
      operationId: typeof operation.operationId === "string" ? operation.operationId : undefined,
      summary: typeof operation.summary === "string" ? operation.summary : undefined,
      deprecated: operation.deprecated === true,
    });
  });
  const exampleOperation =
    operations.find((operation) => operation.method === "POST") ?? operations[0];
  let example: VendorModel["example"];
  if (exampleOperation) {
    const pathItem = (doc.paths as Json)[exampleOperation.path] as Json;
    const operation = pathItem[exampleOperation.method.toLowerCase()] as Json;
    example = {
      method: exampleOperation.method,
      path: exampleOperation.path,
      call: exampleCall(doc, pathItem, operation, { placeholders: true }),
    };
  }
  return {
    name,
    packageName: `@patchbay/${name}`,
    typeName: typeNameOf(sidecar.displayName ?? name),
    displayName,
    description:
      sidecar.description ??
      `Typed client for the ${displayName} API, generated from its OpenAPI document.`,
    specFile: input.specFile,
    specVersion: String(info.version),
    specSha256: createHash("sha256").update(input.bytes).digest("hex"),
    title: String(info.title),
    envPrefix,
    defaultBaseUrl: absoluteBaseUrl(doc) ?? "",
    ...(absoluteBaseUrl(doc) ? {} : { relativeServer: firstServerUrl(doc) }),
    auth,
    manualCredentials: manualCredentials(doc),
    headers,
    operations,
    example,
  };
}

const firstServerUrl = (doc: Json) =>
  Array.isArray(doc.servers) && isObject(doc.servers[0]) ? String(doc.servers[0].url) : "";

/** "agent stack" / "agent-stack" → "AgentStack"; always a valid identifier. */
export function typeNameOf(text: string): string {
  const pascal = text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
  return /^[A-Za-z]/.test(pascal) ? pascal : `Vendor${pascal}`;
}

const camelCase = (text: string) => {
  const pascal = typeNameOf(text);
  return pascal[0]?.toLowerCase() + pascal.slice(1);
};

/** `RuntimeOptions` and `baseUrl`: names a credential or header option must not take. */
const RUNTIME_OPTIONS = [
  "baseUrl",
  "retry",
  "timeoutMs",
  "fetch",
  "headers",
  "logger",
  "logLevel",
  "allowInsecureHttp",
];

/** The first candidate not `taken`, else the last one numbered; marked taken. */
function claimOption(taken: Set<string>, ...candidates: string[]): string {
  let option = candidates.find((candidate) => !taken.has(candidate));
  for (let number = 2; !option; number++) {
    if (!taken.has(`${candidates.at(-1)}${number}`)) option = `${candidates.at(-1)}${number}`;
  }
  taken.add(option);
  return option;
}

/** Security schemes in the order the document prefers them: top-level security first. */
function authSchemes(doc: Json, envPrefix: string, taken: Set<string>): AuthScheme[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const order: string[] = [];
  const note = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements) {
      for (const key of Object.keys(isObject(requirement) ? requirement : {}))
        if (!order.includes(key)) order.push(key);
    }
  };
  note(doc.security);
  forEachOperation(doc, (operation) => note(operation.security));
  const optionFor = (preferred: string, schemeName: string) =>
    claimOption(taken, preferred, camelCase(schemeName));
  const result: AuthScheme[] = [];
  for (const schemeName of order) {
    const scheme = deref<Json>(doc, schemes[schemeName]);
    if (!isObject(scheme)) continue;
    const http = String(scheme.scheme ?? "").toLowerCase();
    if (scheme.type === "http" && http === "basic") {
      if (taken.has("username")) continue;
      taken.add("username").add("password");
      result.push({
        type: "basic",
        usernameOption: "username",
        passwordOption: "password",
        usernameEnv: `${envPrefix}_USERNAME`,
        passwordEnv: `${envPrefix}_PASSWORD`,
      });
    } else if (scheme.type === "http" && http === "bearer") {
      const option = optionFor("apiKey", schemeName);
      result.push({ type: "bearer", option, env: envFor(envPrefix, option) });
    } else if (scheme.type === "oauth2" || scheme.type === "openIdConnect") {
      const option = optionFor("accessToken", schemeName);
      result.push({ type: "bearer", option, env: envFor(envPrefix, option) });
    } else if (scheme.type === "apiKey") {
      const option = optionFor("apiKey", schemeName);
      result.push({
        type: "apiKey",
        in: scheme.in as "header",
        name: String(scheme.name),
        option,
        env: envFor(envPrefix, option),
      });
    }
  }
  return result;
}

const envFor = (envPrefix: string, option: string) =>
  `${envPrefix}_${option.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`;

/** The sidecar's headers, then every other required header parameter, as named client options. */
function headerOptions(
  doc: Json,
  sidecar: Sidecar,
  envPrefix: string,
  taken: Set<string>,
): HeaderOption[] {
  const result: HeaderOption[] = (sidecar.headers ?? []).map((header) => ({ ...header }));
  const known = new Set(result.map((header) => header.header.toLowerCase()));
  forEachOperation(doc, (operation, at) => {
    const pathItem = (doc.paths as Json)[at[1] as string] as Json;
    const parameters = [
      ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
      ...(Array.isArray(operation.parameters) ? operation.parameters : []),
    ];
    for (const raw of parameters) {
      const parameter = deref<Json>(doc, raw);
      if (!isObject(parameter) || parameter.in !== "header" || parameter.required !== true)
        continue;
      const header = String(parameter.name);
      if (known.has(header.toLowerCase())) continue;
      known.add(header.toLowerCase());
      const name = camelCase(header.replace(/^x-/i, ""));
      const option = claimOption(taken, name, `${name}Header`);
      const schema = deref<Json>(doc, parameter.schema);
      result.push({
        header,
        option,
        env: envFor(envPrefix, option),
        ...(isObject(schema) && typeof schema.default === "string"
          ? { default: schema.default }
          : {}),
        ...(typeof parameter.description === "string"
          ? { description: parameter.description }
          : {}),
      });
    }
  });
  return result;
}
