import { ConfigurationError, type Patchbay, type VendorName } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { pageOrder } from "./connections.js";

const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * A vendor whose document names no public host (none, or only a local one such as a self-hosted
 * product's `http://localhost:8333`) is reached live only at your own deployment: its base URL.
 */
function requiredEnv(vendor: VendorName): string[] {
  const { defaultBaseUrl, envPrefix } = registry[vendor].descriptor;
  const host = URL.canParse(defaultBaseUrl) ? new URL(defaultBaseUrl).hostname : "";
  return host === "" || loopback.test(host) ? [`${envPrefix}_BASE_URL`] : [];
}

export interface Configuration {
  configured: VendorName[];
  /** The others, with the environment variables still to set (`A, or B and C`). */
  unconfigured: { vendor: VendorName; missing: string }[];
}

/** For the live APIs: which vendors have credentials (in `createPatchbay`'s options or the environment). */
export async function configuredVendors(
  patchbay: Patchbay,
  env: Record<string, string | undefined> = process.env,
): Promise<Configuration> {
  const result: Configuration = { configured: [], unconfigured: [] };
  for (const vendor of pageOrder) {
    const unset = requiredEnv(vendor).filter((name) => !env[name]);
    let ways: string[][] = [];
    try {
      await patchbay.client(vendor);
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
