import { createHash } from "node:crypto";
import { isObject, type Json } from "@patchbay/common/json";
import { deref, exampleCall, type OperationExample } from "@patchbay/openapi/examples";
import { envPrefixOf, type Sidecar } from "@patchbay/openapi/sidecar";
import { SpecError, SpecErrors } from "@patchbay/openapi/spec-error";
import { absoluteBaseUrl, forEachOperation } from "@patchbay/openapi/validate-document";
import { sidecarFileOf } from "@patchbay/openapi/vendor-documents";
import type {
  AuthScheme,
  BinaryBodies,
  FormBodies,
  MultipartBodies,
  HeaderOption as RuntimeHeaderOption,
} from "@patchbay/runtime";
import { answersText, type ConnectionsModel, resolveConnections } from "./connections-model.ts";
import { formBodiesOf } from "./form-bodies-model.ts";
import { type ManualCredential, manualCredentials } from "./manual-credentials.ts";
import { type PagedOperation, resolvePagination } from "./pagination-model.ts";
import { type ConnectionRole, connectionExampleCalls } from "./request-examples.ts";
import { uploadBodiesOf } from "./upload-bodies-model.ts";
import { resolveWebhooks, type WebhooksModel } from "./webhooks-model.ts";

// The descriptor's shape is the runtime's contract; the generator only adds documentation.
export type { AuthScheme } from "@patchbay/runtime";

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
  /** patchbay's overlay on the document, where there is one. */
  overlay?: { file: string; sha256: string };
  title: string;
  envPrefix: string;
  /** Empty when the document's first server is not an absolute URL: `baseUrl` is then required. */
  defaultBaseUrl: string;
  /** The first server's URL as the document writes it, when it is not absolute (or "" with none). */
  relativeServer?: string;
  auth: AuthScheme[];
  /**
   * The security requirements (alternatives, each the indexes into `auth` of the schemes sent
   * together) of every operation not in `operationSecurity`: the document's top-level ones, or,
   * where more operations declare others of their own, those most of them declare.
   */
  security: number[][];
  /** The operations whose requirements differ from `security`, by `"GET /path/{template}"`. */
  operationSecurity: Record<string, number[][]>;
  /** Credentials the client has no option for; the user sends them through `headers` or `fetch`. */
  manualCredentials: ManualCredential[];
  headers: HeaderOption[];
  operations: OperationSummary[];
  /** The sidecar's connection operations, resolved; absent where it declares none. */
  connections?: ConnectionsModel;
  /** The sidecar's signed webhooks, checked against the document (connect's `webhooks.verify`). */
  webhooks?: WebhooksModel;
  /** Paged list operations the sidecar declares: an async iterator each. */
  paged: PagedOperation[];
  /** The operations whose request body is a form (and not JSON); absent where there are none. */
  formBodies?: FormBodies;
  /** The operations whose request body is multipart (and not JSON), with their parts' encodings. */
  multipartBodies?: MultipartBodies;
  /** The operations whose request body is bytes, with the media type sent. */
  binaryBodies?: BinaryBodies;
  /** The upload operations whose document gives a server of their own: its URL (README only). */
  uploadServers?: Record<string, string>;
  /** The operations (`METHOD /path`) whose 2xx answers are text only: the client reads them as text. */
  textAnswers?: string[];
  /** The README's example call: the create-connection operation, else the document's first. */
  example?: { method: string; path: string; call: OperationExample };
  /** Each connection operation's call from the document's examples (placeholders where none). */
  connectionExamples?: Partial<Record<ConnectionRole, OperationExample>>;
}

export function buildVendorModel(input: {
  name: string;
  specFile: string;
  bytes: Buffer;
  document: Json;
  sidecar: Sidecar;
  /** A SpecError at the sidecar's file:line. */
  sidecarErrorAt?: (pointer: string, problem: string) => SpecError;
  overlay?: { file: string; sha256: string };
}): VendorModel {
  const { name, document: doc, sidecar } = input;
  const info = doc.info as Json;
  const envPrefix = envPrefixOf(name, sidecar);
  const displayName = sidecar.displayName ?? String(info.title).replace(/\s+API$/i, "");
  // Every option of the client's options interface is unique: the runtime's own, the sidecar's,
  // then the credentials', then the document's required headers.
  const sidecarErrorAt =
    input.sidecarErrorAt ??
    ((pointer: string, problem: string) =>
      new SpecError(sidecarFileOf(name), problem, undefined, undefined, pointer));
  const taken = new Set(RUNTIME_OPTIONS);
  const clashes = (sidecar.headers ?? []).flatMap(({ option }, index) => {
    if (!taken.has(option)) {
      taken.add(option);
      return [];
    }
    return [
      sidecarErrorAt(
        `#/headers/${index}/option`,
        `"${option}" is already a client option (the runtime's or another header's); choose another name`,
      ),
    ];
  });
  if (clashes.length > 0) throw new SpecErrors(clashes);
  const { auth, indexOf } = authSchemes(doc, envPrefix, taken);
  const { security, operationSecurity } = securityOf(doc, indexOf);
  const headers: HeaderOption[] = (sidecar.headers ?? []).map((header) => ({ ...header }));
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
  let connections: ConnectionsModel | undefined;
  if (sidecar.connections) {
    const resolved = resolveConnections(doc, sidecar.connections, sidecarErrorAt);
    if (resolved.problems.length > 0) throw new SpecErrors(resolved.problems);
    connections = resolved.model;
  }
  let webhooks: WebhooksModel | undefined;
  if (sidecar.webhooks) {
    const resolved = resolveWebhooks(doc, sidecar.webhooks, sidecarErrorAt);
    if (resolved.problems.length > 0) throw new SpecErrors(resolved.problems);
    webhooks = resolved.model;
  }
  const pagination = resolvePagination(doc, sidecar.pagination ?? {}, sidecarErrorAt);
  if (pagination.problems.length > 0) throw new SpecErrors(pagination.problems);
  const create = connections?.create;
  const exampleOperation = create
    ? operations.find(
        (operation) =>
          operation.method === create.method.toUpperCase() && operation.path === create.path,
      )
    : operations[0];
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
  const connectionExamples = connections && connectionExampleCalls(doc, connections);
  const formBodies = formBodiesOf(doc);
  const textAnswers: string[] = [];
  forEachOperation(doc, (operation, _at, method, path) => {
    if (answersText(doc, operation)) textAnswers.push(`${method.toUpperCase()} ${path}`);
  });
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
    ...(input.overlay && { overlay: input.overlay }),
    title: String(info.title),
    envPrefix,
    defaultBaseUrl: absoluteBaseUrl(doc) ?? "",
    ...(absoluteBaseUrl(doc) ? {} : { relativeServer: firstServerUrl(doc) }),
    auth,
    security,
    operationSecurity,
    manualCredentials: manualCredentials(doc),
    headers,
    operations,
    ...(connections && { connections }),
    ...(webhooks && { webhooks }),
    paged: pagination.paged,
    ...(formBodies && { formBodies }),
    ...uploadBodiesOf(doc),
    ...(textAnswers.length > 0 && { textAnswers }),
    example,
    ...(connectionExamples && { connectionExamples }),
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

/**
 * Security schemes in the order the document prefers them: top-level security first. `indexOf`
 * gives each scheme name its index in `auth` (a second Basic scheme shares the first's options, so
 * its index), or `null` for a scheme the client has no option for (HTTP Digest, mutual TLS: the
 * user sends it, see manual-credentials.ts).
 */
function authSchemes(
  doc: Json,
  envPrefix: string,
  taken: Set<string>,
): { auth: AuthScheme[]; indexOf: Map<string, number | null> } {
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
  // A scheme only ever sent together with others (Plaid's client id, secret and version) is not
  // "the" API key or token: its option is named after the scheme (clientId, secret, plaidVersion).
  const alone = new Set<string>();
  const noteAlone = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements) {
      const names = Object.keys(isObject(requirement) ? requirement : {});
      if (names.length === 1) alone.add(names[0] as string);
    }
  };
  noteAlone(doc.security);
  forEachOperation(doc, (operation) => noteAlone(operation.security));
  const optionFor = (preferred: string, schemeName: string) =>
    alone.has(schemeName)
      ? claimOption(taken, preferred, camelCase(schemeName))
      : claimOption(taken, camelCase(schemeName), preferred);
  const result: AuthScheme[] = [];
  const indexOf = new Map<string, number | null>();
  for (const schemeName of order) {
    const scheme = deref<Json>(doc, schemes[schemeName]);
    if (!isObject(scheme)) continue;
    const http = String(scheme.scheme ?? "").toLowerCase();
    indexOf.set(schemeName, result.length);
    if (scheme.type === "http" && http === "basic") {
      if (taken.has("username")) {
        indexOf.set(
          schemeName,
          result.findIndex((known) => known.type === "basic"),
        );
        continue;
      }
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
    } else indexOf.set(schemeName, null);
  }
  return { auth: result, indexOf };
}

/**
 * A list of security requirements as indexes into `auth`: each requirement's schemes, sorted, a
 * scheme the client has no option for left out (the user sends it); a requirement naming a scheme
 * the document does not define is left out whole (security-requirements.ts reports it).
 */
function requirementsOf(requirements: unknown[], indexOf: Map<string, number | null>): number[][] {
  return requirements.flatMap((requirement) => {
    const names = Object.keys(isObject(requirement) ? requirement : {});
    if (names.some((name) => !indexOf.has(name))) return [];
    const indexes = names.flatMap((name) => indexOf.get(name) ?? []);
    return [[...new Set(indexes)].sort((a, b) => a - b)];
  });
}

/**
 * The requirements most operations have (the document's top-level ones where they are among the
 * most common) and, for each operation whose own differ, its own: a document whose operations
 * follow its top-level security, or all declare the same, adds nothing per operation.
 */
function securityOf(
  doc: Json,
  indexOf: Map<string, number | null>,
): Pick<VendorModel, "security" | "operationSecurity"> {
  const documentLevel = requirementsOf(Array.isArray(doc.security) ? doc.security : [], indexOf);
  const effective: [string, number[][]][] = [];
  forEachOperation(doc, (operation, _at, method, path) => {
    const own = Array.isArray(operation.security)
      ? requirementsOf(operation.security, indexOf)
      : documentLevel;
    effective.push([`${method.toUpperCase()} ${path}`, own]);
  });
  const counts = new Map<string, number>([[JSON.stringify(documentLevel), 0]]);
  for (const [, requirements] of effective) {
    const key = JSON.stringify(requirements);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // the first most common: the document's own when it ties
  const [common] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const operationSecurity = Object.fromEntries(
    effective.filter(([, requirements]) => JSON.stringify(requirements) !== common),
  );
  return { security: JSON.parse(common), operationSecurity };
}

/** `PLAID` + `secret` → `PLAID_SECRET`; an option that starts with the prefix (`plaidVersion`) → `PLAID_VERSION`. */
const envFor = (envPrefix: string, option: string) => {
  const name = option.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
  return name.startsWith(`${envPrefix}_`) ? name : `${envPrefix}_${name}`;
};
