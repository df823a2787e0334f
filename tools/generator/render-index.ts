import { tokensOf } from "@patchbay/openapi/json-pointer";
import { identifierWordsOf, methodPathName } from "@patchbay/openapi/operation-names";
import type { VendorFile } from "./generated-file.ts";
import { paginationTokens } from "./pagination-model.ts";
import { generatedHeader } from "./render-schema.ts";
import { tsLiteral } from "./ts-literal.ts";
import type { AuthScheme, VendorModel } from "./vendor-model.ts";

/** `src/index.ts`: the vendor's descriptor and `createClient`, on top of @patchbay/runtime. */
export function renderIndex(model: VendorModel): string {
  const descriptor = renderDescriptor(model);
  const options = [
    ...model.auth.flatMap((scheme) => authOptionDocs(model, scheme)),
    ...model.headers.map((header) => {
      const defaults = [header.env && `\`${header.env}\``, header.default && `"${header.default}"`]
        .filter(Boolean)
        .join(", then ");
      const text = `${header.description ? `${header.description.trim().replace(/\s+/g, " ")} ` : ""}Sent as \`${header.header}\`.${defaults ? ` Default: ${defaults}.` : ""}`;
      return option(header.option, text);
    }),
  ];
  // The document's words inside doc comments: a "*/" in them must not end the comment.
  const displayName = inComment(model.displayName);
  return `// ${generatedHeader(model.specFile)}
${imports(model)}
import type { paths } from "./schema.js";

export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InsecureTransportError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  PatchbayError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
} from "@patchbay/runtime";
export type { components, operations, paths } from "./schema.js";

/** How the client reaches ${displayName}: base URL, credentials and headers, read from ${model.specFile}. */
export const descriptor = ${descriptor} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. ${model.defaultBaseUrl ? "Every option can be left out and read from the environment." : "`baseUrl` is required; every other option can be left out and read from the environment."} */
export interface ${model.typeName}ClientOptions extends RuntimeOptions {
${baseUrlOption(model)}
${options.join("\n")}
}

/**
 * A typed openapi-fetch client for ${displayName}: \`GET\`, \`POST\`, … plus \`withOptions()\`. With
 * \`throwOnError: true\` (\`Throws\`), a non-2xx answer throws \`ApiError\` and \`data\` is not optional.
 */
export type ${model.typeName}Client<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a ${displayName} client with retries, timeouts and redacted errors.${manualCredentialDocs(model)}
 *
 * @example
 * const client = createClient({ ${clientExample(model)} });
 */
export function createClient(
  options: ${model.typeName}ClientOptions & { throwOnError: true },
): ${model.typeName}Client<true>;
export function createClient(options${model.defaultBaseUrl ? "?" : ""}: ${model.typeName}ClientOptions): ${model.typeName}Client;
export function createClient(options: ${model.typeName}ClientOptions${model.defaultBaseUrl ? " = {}" : ""}): ${model.typeName}Client<boolean> {
  return createVendorClient<paths>(descriptor, options${encodingsOf(model).length > 0 ? `, [${encodingsOf(model).join(", ")}]` : ""});
}
${renderPaginators(model)}`;
}

/**
 * The descriptor's literal: `security` on one line (`[[0], [1]]`), and `operationSecurity` only
 * where some operation's own security differs from it, one line per such operation; `formBodies`
 * where some operation's body is a form, `multipartBodies` / `binaryBodies` where one's is
 * multipart / bytes.
 */
function renderDescriptor(model: VendorModel): string {
  const requirements = (list: number[][]) =>
    `[${list.map((requirement) => `[${requirement.join(", ")}]`).join(", ")}]`;
  const operations = Object.entries(model.operationSecurity).map(
    ([operation, list]) => `    ${JSON.stringify(operation)}: ${requirements(list)},`,
  );
  const headers = model.headers.map(({ description: _description, ...header }) => header);
  return [
    "{",
    `  vendor: ${JSON.stringify(model.name)},`,
    `  envPrefix: ${JSON.stringify(model.envPrefix)},`,
    `  defaultBaseUrl: ${JSON.stringify(model.defaultBaseUrl)},`,
    `  auth: ${tsLiteral(model.auth, "  ")},`,
    `  security: ${requirements(model.security)},`,
    ...(operations.length > 0 ? ["  operationSecurity: {", ...operations, "  },"] : []),
    `  headers: ${tsLiteral(headers, "  ")},`,
    ...(model.formBodies ? [`  formBodies: ${tsLiteral(model.formBodies, "  ")},`] : []),
    ...(model.multipartBodies
      ? [`  multipartBodies: ${tsLiteral(model.multipartBodies, "  ")},`]
      : []),
    ...(model.binaryBodies ? [`  binaryBodies: ${tsLiteral(model.binaryBodies, "  ")},`] : []),
    ...(model.textAnswers ? [`  textAnswers: ${tsLiteral(model.textAnswers, "  ")},`] : []),
    "}",
  ].join("\n");
}

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");

/** One async iterator per paged list operation the sidecar declares. */
function renderPaginators(model: VendorModel): string {
  if (model.paged.length === 0) return "";
  const functions = model.paged.map(({ name, method, path, rule }) => {
    const identifier = pascal(identifierWordsOf(name));
    const operation = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
    const itemType = tokensOf(rule.items).reduce(
      (type, token) => `NonNullable<${type}[${JSON.stringify(token)}]>`,
      `PageOf<${operation}>`,
    );
    const tokenRule = paginationTokens(rule);
    return `
/**
 * Every item of \`${method.toUpperCase()} ${inComment(path)}\`${name === methodPathName(method, path) ? "" : ` (${inComment(name)})`}, page after page:
 * \`for await (const item of paginate${identifier}(client, init))\`. Bounded by
 * \`maxPages\`, stopped by \`signal\`; a page that fails throws an \`ApiError\`.
 */
export function paginate${identifier}(
  client: ${model.typeName}Client,
  init: InitOf<${operation}>,
  options?: PageOptions,
): AsyncGenerator<${itemType}[number], void, undefined> {
  return paginate(
    client,
    { method: ${JSON.stringify(method)}, path: ${JSON.stringify(path)}, vendor: ${JSON.stringify(model.name)} },
    init as object,
    ${tsLiteral(tokenRule, "    ")},
    options,
  );
}
`;
  });
  return `
type InitOf<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation>;
type PageOf<Operation> = NonNullable<
  Extract<
    FetchResponse<Operation & Record<string | number, unknown>, unknown, "application/json">,
    { error?: never }
  >["data"]
>;
${functions.join("")}`;
}

/**
 * The runtime's body encodings the document needs (`formBodies` where an operation takes a form,
 * `multipartBodies` where one takes multipart, `binaryBodies` where one takes bytes):
 * passed to `createVendorClient`, so a package whose document has none bundles none.
 */
const encodingsOf = (model: VendorModel): string[] =>
  (["formBodies", "multipartBodies", "binaryBodies"] as const).filter((key) => model[key]);

/** The runtime's imports, and openapi-fetch's types where the package has iterators. */
function imports(model: VendorModel): string {
  const runtime = [
    "createVendorClient",
    ...encodingsOf(model),
    ...(model.paged.length > 0 ? ["type PageOptions", "paginate"] : []),
    "type RuntimeOptions",
    "type VendorClient",
    "type VendorDescriptor",
  ];
  const fetchTypes =
    model.paged.length > 0
      ? '\nimport type { FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";'
      : "";
  return `import {\n${runtime.map((name) => `  ${name},`).join("\n")}\n} from "@patchbay/runtime";${fetchTypes}`;
}

const inComment = (text: string) => text.replaceAll("*/", "*\\/");

const option = (name: string, text: string) => `  /** ${inComment(text)} */\n  ${name}?: string;`;

function authOptionDocs(model: VendorModel, scheme: AuthScheme): string[] {
  if (scheme.type === "basic") {
    return [
      option(
        scheme.usernameOption,
        `User name for HTTP Basic auth. Default: \`${scheme.usernameEnv}\`.`,
      ),
      option(
        scheme.passwordOption,
        `Password for HTTP Basic auth. Default: \`${scheme.passwordEnv}\`.`,
      ),
    ];
  }
  const how =
    scheme.type === "bearer"
      ? "`Authorization: Bearer`"
      : `the \`${scheme.name}\` ${scheme.in === "header" ? "header" : scheme.in === "query" ? "query parameter" : "cookie"}`;
  return [
    option(
      scheme.option,
      `${model.displayName} credential, sent as ${how}. Default: \`${scheme.env}\`.`,
    ),
  ];
}

function baseUrlOption(model: VendorModel): string {
  if (model.defaultBaseUrl)
    return `  /** Base URL of the API. Default: \`${model.envPrefix}_BASE_URL\`, then ${inComment(model.defaultBaseUrl)}. */
  baseUrl?: string;`;
  const server = model.relativeServer
    ? `its first server is ${JSON.stringify(model.relativeServer)}, not an absolute URL`
    : "it names no server";
  return `  /** Base URL of the API, required: ${inComment(`${model.specFile} gives no absolute one (${server})`)}. */
  baseUrl: string;`;
}

function manualCredentialDocs(model: VendorModel): string {
  return model.manualCredentials
    .map(
      (credential) =>
        `\n * ${inComment(`${model.displayName} also accepts ${credential.kind} ("${credential.scheme}"), which has no option here: send ${credential.how}.`)}`,
    )
    .join("");
}

/** The example's options: the base URL when it is required, then the first credential. */
function clientExample(model: VendorModel): string {
  const baseUrl = model.defaultBaseUrl ? "" : `baseUrl: "https://…"`;
  return [baseUrl, firstCredentialExample(model)].filter(Boolean).join(", ");
}

function firstCredentialExample(model: VendorModel): string {
  return exampleSchemes(model)
    .map((scheme) =>
      scheme.type === "basic"
        ? `username: process.env.${scheme.usernameEnv}, password: process.env.${scheme.passwordEnv}`
        : `${scheme.option}: process.env.${scheme.env}`,
    )
    .join(", ");
}

/**
 * The schemes an example passes: all of the first requirement most operations have (Plaid's
 * client id, secret and version, sent together), else the first scheme.
 */
export function exampleSchemes(model: VendorModel): VendorModel["auth"][number][] {
  const first = model.security.find((requirement) => requirement.length > 0);
  return (first ?? [0]).flatMap((index) => model.auth[index] ?? []);
}

export const indexFile: VendorFile = {
  path: "src/index.ts",
  render: ({ model }) => renderIndex(model),
  biome: "unformatted",
};
