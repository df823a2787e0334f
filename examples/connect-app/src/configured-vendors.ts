import { ConfigurationError, type Patchbay, type VendorName } from "@patchbay/connect";
import { pageOrder } from "./connections.js";

/** Live Agent Stack has no public host: its base URL is your own deployment. */
const requiredEnv: Partial<Record<VendorName, string[]>> = { agentstack: ["AGENTSTACK_BASE_URL"] };

export interface Configuration {
  configured: VendorName[];
  /** The others, with the environment variables still to set (`A, or B and C`). */
  unconfigured: { vendor: VendorName; missing: string }[];
}

/** For the live APIs: which vendors have credentials (in `createPatchbay`'s options or the environment). */
export function configuredVendors(
  patchbay: Patchbay,
  env: Record<string, string | undefined> = process.env,
): Configuration {
  const result: Configuration = { configured: [], unconfigured: [] };
  for (const vendor of pageOrder) {
    const unset = (requiredEnv[vendor] ?? []).filter((name) => !env[name]);
    let ways: string[][] = [];
    try {
      patchbay.client(vendor);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      ways = error.missingEnv ?? [];
    }
    const missing = [...unset, ways.map((names) => names.join(" and ")).join(", or ")].filter(
      Boolean,
    );
    if (missing.length === 0) result.configured.push(vendor);
    else result.unconfigured.push({ vendor, missing: missing.join("; ") });
  }
  return result;
}
