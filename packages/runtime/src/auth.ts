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
