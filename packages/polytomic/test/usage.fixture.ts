// Usage fixture: @patchbay/polytomic called the way a user calls it. Type-checked, never run.
// `pnpm spec:changes` compiles the previous release's copy of this file against the newly
// generated client; if it no longer compiles, the change is breaking (docs/releasing.md).
// Keep what users rely on here; edit it only when a release has deliberately broken it.
import { createClient, type PolytomicClientOptions } from "../src/index.js";

export async function startSalesforceConnectCard(
  options: PolytomicClientOptions = {},
): Promise<{ redirectUrl: string | undefined; token: string | undefined }> {
  const polytomic = createClient({ apiKey: "pt_test_key", version: "2025-09-18", ...options });
  const { data, error, response } = await polytomic.POST("/api/connections/connect", {
    params: {
      header: { "X-Polytomic-Version": "2025-09-18", "Idempotency-Key": "connect-salesforce-1" },
    },
    body: {
      name: "Salesforce Connection",
      redirect_url: "https://app.example.com/integrations/polytomic/done",
      whitelist: ["salesforce"],
      organization_id: null,
      dark: false,
    },
  });
  if (error) {
    // 401 answers with RestErrResponse, 403/422/500 with ApiError.
    const body: { error?: string; message?: string; status?: string | number } = error;
    throw new Error(
      `polytomic ${response.status}: ${body.error ?? body.message ?? "unknown error"}`,
    );
  }
  return { redirectUrl: data.data?.redirect_url, token: data.data?.token };
}
