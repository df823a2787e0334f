// Usage fixture: @patchbay/chartbrew called the way a user calls it. Type-checked, never run.
// `pnpm spec:changes` compiles the previous release's copy of this file against the newly
// generated client; if it no longer compiles, the change is breaking (docs/releasing.md).
// Keep what users rely on here; edit it only when a release has deliberately broken it.
import { type ChartbrewClientOptions, createClient } from "../src/index.js";

export async function addPostgresConnection(options: ChartbrewClientOptions = {}) {
  const chartbrew = createClient({ apiKey: "cb_test_key", ...options });
  const { data, error, response } = await chartbrew.POST("/team/{team_id}/connections", {
    params: { path: { team_id: "42" } },
    body: {
      name: "Production Postgres",
      type: "postgres",
      team_id: 42,
      host: "db.example.com",
      port: "5432",
      username: "chartbrew_reader",
      password: "correct-horse-battery-staple",
      ssl: true,
      sslMode: "require",
    },
  });
  if (error !== undefined) {
    // a JSON error ({ message } or { error }), or the token check's 401 as text
    const why = typeof error === "string" ? error : (error.message ?? error.error);
    throw new Error(`chartbrew ${response.status}: ${why}`);
  }
  const id: number | undefined = data.id;
  return {
    id: id === undefined ? null : String(id),
    active: data.active ?? false,
    name: data.name,
  };
}
