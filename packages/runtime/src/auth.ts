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

/** What the generator knows about a vendor beyond its OpenAPI document. */
export interface VendorDescriptor {
  vendor: string;
  envPrefix: string;
  /** Empty when the vendor's document names no absolute server: `baseUrl` is then required. */
  defaultBaseUrl: string;
  auth: readonly AuthScheme[];
  headers: readonly HeaderOption[];
}
