import type { BinaryBodies } from "./binary-body.js";
import type { FormBodies } from "./form-body.js";
import type { MultipartBodies } from "./multipart-body.js";

export type AuthScheme =
  | { type: "bearer"; option: string; env: string }
  | {
      type: "basic";
      usernameOption: string;
      passwordOption: string;
      usernameEnv: string;
      passwordEnv: string;
    }
  | {
      type: "apiKey";
      in: "header" | "query" | "cookie";
      name: string;
      option: string;
      env: string;
    };

export interface HeaderOption {
  header: string;
  option: string;
  env?: string;
  default?: string;
}

/**
 * One security requirement: the schemes (indexes into `auth`) a request sends together, all of
 * them. `[]` asks for no credentials.
 */
export type SecurityRequirement = readonly number[];

/** What the generator knows about a vendor beyond its OpenAPI document. */
export interface VendorDescriptor {
  vendor: string;
  envPrefix: string;
  /** Empty when the vendor's document names no absolute server: `baseUrl` is then required. */
  defaultBaseUrl: string;
  auth: readonly AuthScheme[];
  /**
   * The document's top-level `security`: alternatives in the document's order, each a
   * requirement; `[]` when operations need no credentials. Absent (descriptors generated before
   * it): each scheme of `auth` is an alternative of its own.
   */
  security?: readonly SecurityRequirement[];
  /**
   * The operations whose own `security` differs from the document's, by method and path template
   * (`"GET /projects/{id}"`): their alternatives, `[]` for an operation sent without credentials.
   */
  operationSecurity?: { readonly [operation: string]: readonly SecurityRequirement[] };
  headers: readonly HeaderOption[];
  /**
   * The operations whose request body is `application/x-www-form-urlencoded` (and not JSON), and
   * how their nested properties are written; absent where there are none.
   */
  formBodies?: FormBodies;
  /** The operations whose request body is `multipart/form-data` (and not JSON), and their parts' encodings. */
  multipartBodies?: MultipartBodies;
  /** The operations whose request body is bytes (not JSON, a form or multipart), with its media type. */
  binaryBodies?: BinaryBodies;
  /** The operations (`"POST /oauth-connect"`) whose 2xx answers are text only: read as text, not JSON. */
  textAnswers?: readonly string[];
}
