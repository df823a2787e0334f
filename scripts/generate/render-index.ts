import { generatedHeader } from "./render-schema.ts";
import { tsLiteral } from "./ts-literal.ts";
import type { AuthScheme, VendorModel } from "./vendor-model.ts";

/** `src/index.ts`: the vendor's descriptor and `createClient`, on top of @patchbay/runtime. */
export function renderIndex(model: VendorModel): string {
  const descriptor = {
    vendor: model.name,
    envPrefix: model.envPrefix,
    defaultBaseUrl: model.defaultBaseUrl,
    auth: model.auth,
    headers: model.headers.map(({ description: _description, ...header }) => header),
  };
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
import {
  createVendorClient,
  type RuntimeOptions,
  type VendorClient,
  type VendorDescriptor,
} from "@patchbay/runtime";
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
export const descriptor = ${tsLiteral(descriptor)} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. Every option can be left out and read from the environment. */
export interface ${model.typeName}ClientOptions extends RuntimeOptions {
  /** Base URL of the API. Default: \`${model.envPrefix}_BASE_URL\`, then ${inComment(model.defaultBaseUrl)}. */
  baseUrl?: string;
${options.join("\n")}
}

/**
 * A typed openapi-fetch client for ${displayName}: \`GET\`, \`POST\`, … plus \`withOptions()\`. With
 * \`throwOnError: true\` (\`Throws\`), a non-2xx answer throws \`ApiError\` and \`data\` is not optional.
 */
export type ${model.typeName}Client<Throws extends boolean = false> = VendorClient<paths, Throws>;

/**
 * Creates a ${displayName} client with retries, timeouts and redacted errors.
 *
 * @example
 * const client = createClient({ ${firstCredentialExample(model)} });
 */
export function createClient(
  options: ${model.typeName}ClientOptions & { throwOnError: true },
): ${model.typeName}Client<true>;
export function createClient(options?: ${model.typeName}ClientOptions): ${model.typeName}Client;
export function createClient(options: ${model.typeName}ClientOptions = {}): ${model.typeName}Client<boolean> {
  return createVendorClient<paths>(descriptor, options);
}
`;
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

function firstCredentialExample(model: VendorModel): string {
  const scheme = model.auth[0];
  if (!scheme) return "";
  if (scheme.type === "basic")
    return `username: process.env.${scheme.usernameEnv}, password: process.env.${scheme.passwordEnv}`;
  return `${scheme.option}: process.env.${scheme.env}`;
}
