// Usage fixture: @patchbay/datagrid called the way a user calls it. Type-checked, never run.
// `pnpm spec:changes` compiles the previous release's copy of this file against the newly
// generated client; if it no longer compiles, the change is breaking (docs/releasing.md).
// Keep what users rely on here; edit it only when a release has deliberately broken it.
import { createClient, type DatagridClientOptions } from "../src/index.js";

export async function startGoogleDriveConnection(
  options: DatagridClientOptions = {},
): Promise<{ kind: "redirect_url"; redirectUrl: string }> {
  const datagrid = createClient({ apiKey: "dg_test_key", teamspace: "team_123", ...options });
  const { data, error, response } = await datagrid.POST("/connections", {
    params: { header: { "Datagrid-Teamspace": "team_123" } },
    body: { connector_id: "google_drive", connection_provider_id: null },
  });
  if (error) {
    const code: "rate_limit_exceeded" = error.error;
    const retryable: boolean = error.retryable;
    const statusCode: number = error.status_code;
    throw new Error(
      `datagrid ${response.status} (${statusCode}): ${code} ${error.message}, retryable: ${retryable}, ${error.mitigation ?? ""} ${error.details?.reason ?? ""}`,
    );
  }
  return { kind: data.object, redirectUrl: data.redirect_url };
}
