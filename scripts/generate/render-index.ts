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

export type { components, operations, paths } from "./schema.js";

/** How the client reaches ${displayName}: base URL, credentials and headers, read from ${model.specFile}. */
export const descriptor = ${tsLiteral(descriptor)} as const satisfies VendorDescriptor;

/** Options for {@link createClient}. ${model.defaultBaseUrl ? "Every option can be left out and read from the environment." : "`baseUrl` is required; every other option can be left out and read from the environment."} */
export interface ${model.typeName}ClientOptions extends RuntimeOptions {
${baseUrlOption(model)}
${options.join("\n")}
}

/** A typed openapi-fetch client for ${displayName}: \`GET\`, \`POST\`, … plus \`withOptions()\`. */
export type ${model.typeName}Client = VendorClient<paths>;

/**
 * Creates a ${displayName} client with retries, timeouts and redacted errors.${manualCredentialDocs(model)}
 *
 * @example
 * const client = createClient({ ${clientExample(model)} });
 */
export function createClient(options: ${model.typeName}ClientOptions${model.defaultBaseUrl ? " = {}" : ""}): ${model.typeName}Client {
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
  const scheme = model.auth[0];
  if (!scheme) return "";
  if (scheme.type === "basic")
    return `username: process.env.${scheme.usernameEnv}, password: process.env.${scheme.passwordEnv}`;
  return `${scheme.option}: process.env.${scheme.env}`;
}
