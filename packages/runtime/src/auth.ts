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

/**
 * How a form property holding an object or an array is written: the document's `encoding`
 * `style` (and `explode`). `deepObject`: bracket notation at any depth, arrays indexed
 * (`a[k]=v`, `a[0]=v`, `a[0][k]=v`); `form` (explode, OpenAPI's default): an array as the
 * property repeated (`a=x&a=y`), an object as its own properties (`k=v`); `commaDelimited`
 * (`form` without explode), `spaceDelimited`, `pipeDelimited`: one field, the values joined.
 * What OpenAPI leaves undefined (an object inside an array under `form`...) is written in
 * bracket notation.
 */
export type FormStyle =
  | "deepObject"
  | "form"
  | "commaDelimited"
  | "spaceDelimited"
  | "pipeDelimited";

/**
 * The operations whose request body is form-urlencoded only, by method and path template
 * (`"POST /v1/customers"`), and how their nested properties are written.
 */
export type FormBodies = (
  | {
      /** The operations whose body is a form. */
      operations: readonly string[];
    }
  | {
      /** Every operation with a body sends a form, but these (JSON, multipart...). */
      allExcept: readonly string[];
    }
) & {
  /** The style of every property that holds an object or an array, unless `properties` says otherwise. */
  style: FormStyle;
  /** Per operation, the properties written in another style than `style`. */
  properties?: { readonly [operation: string]: { readonly [property: string]: FormStyle } };
};

/** The operations whose body is `multipart/form-data`, each with its parts' `encoding.contentType` where the document gives one. */
export type MultipartBodies = {
  readonly [operation: string]: { readonly [part: string]: string };
};

/** The operations whose body is bytes, each with its media type. */
export type BinaryBodies = { readonly [operation: string]: string };
