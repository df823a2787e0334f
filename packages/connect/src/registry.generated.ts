// Generated from specs/*.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import type { CliExamples } from "./define-vendor.js";
import { definition as vendor_agentstack } from "./vendors/agentstack.js";
import { definition as vendor_airbyte } from "./vendors/airbyte.js";
import { definition as vendor_ampersand } from "./vendors/ampersand.js";
import { definition as vendor_chartbrew } from "./vendors/chartbrew.js";
import { definition as vendor_composio } from "./vendors/composio.js";
import { definition as vendor_datagrid } from "./vendors/datagrid.js";
import { definition as vendor_fivetran } from "./vendors/fivetran.js";
import { definition as vendor_plaid } from "./vendors/plaid.js";
import { definition as vendor_polytomic } from "./vendors/polytomic.js";
import { definition as vendor_stripe } from "./vendors/stripe.js";
import { definition as vendor_supermemory } from "./vendors/supermemory.js";

/**
 * Every vendor whose sidecar declares `connections`, by the name `connect(vendor, …)` takes, each
 * definition loaded now (`@patchbay/connect/registry`: for tools, the CLI, and pages that list
 * every vendor). Importing it also types every vendor in `createPatchbay`.
 */
export const registry = {
  "agentstack": vendor_agentstack,
  "airbyte": vendor_airbyte,
  "ampersand": vendor_ampersand,
  "chartbrew": vendor_chartbrew,
  "composio": vendor_composio,
  "datagrid": vendor_datagrid,
  "fivetran": vendor_fivetran,
  "plaid": vendor_plaid,
  "polytomic": vendor_polytomic,
  "stripe": vendor_stripe,
  "supermemory": vendor_supermemory,
};

/**
 * Per vendor, the arguments of `patchbay connect|complete|get|list|disconnect <vendor>` in the
 * CLI's help: each connection operation's example call from the document (`create` for connect,
 * `delete` for disconnect).
 */
export const cliExamples: Record<keyof typeof registry, CliExamples> = {
  "agentstack": {
    create: "--body '{\"url\":\"https://mcp.example.com/mcp\",\"match_preset\":true}'",
    get: "--path connector_id=6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
    list: "",
    delete: "--path connector_id=6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63",
  },
  "airbyte": {
    create: "--body '{\"redirectUrl\":\"https://cloud.airbyte.io/v1/api/oauth/callback\",\"workspaceId\":\"871d9b60-11d1-44cb-8c92-c246d53bf87e\",\"sourceType\":\"google-sheets\"}'",
    get: "--path sourceId=18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
    list: "",
    delete: "--path sourceId=18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
    complete: "",
  },
  "ampersand": {
    create: "--body '{\"projectIdOrName\":\"my-project\",\"provider\":\"salesforce\",\"groupRef\":\"group-123\",\"consumerRef\":\"user_123456\"}'",
    get: "--path projectIdOrName=my-project --path connectionId=connection-123",
    list: "--path projectIdOrName=my-project",
    delete: "--path projectIdOrName=my-project --path connectionId=connection-123",
  },
  "chartbrew": {
    create: "--path team_id=42 --body '{\"name\":\"Production Postgres\",\"type\":\"postgres\",\"team_id\":42,\"host\":\"db.example.com\",\"port\":\"5432\",\"username\":\"chartbrew_reader\",\"password\":\"<password>\",\"ssl\":true,\"sslMode\":\"require\"}'",
    get: "--path team_id=42 --path connection_id=187",
    list: "--path team_id=42",
    delete: "--path team_id=42 --path connection_id=187",
  },
  "composio": {
    create: "--body '{\"auth_config_id\":\"ac_7f3kQ2xZt9LmVb\",\"user_id\":\"user_123\",\"callback_url\":\"https://app.example.com/integrations/github/callback\"}'",
    get: "--path nanoid=con_1a2b3c4d5e6f",
    list: "",
    delete: "--path nanoid=con_1a2b3c4d5e6f",
  },
  "datagrid": {
    create: "--body '{\"connector_id\":\"google_drive\"}'",
    get: "--path connection_id=3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
    list: "",
    delete: "--path connection_id=3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f",
  },
  "fivetran": {
    create: "--body '{\"service\":\"google_sheets\",\"group_id\":\"projected_sickle\",\"connect_card_config\":{\"redirect_uri\":\"https://app.example.com/integrations/fivetran/done\"}}'",
    get: "--path connectionId=4107c213907114059a5544ad8fa66c52",
    list: "",
    delete: "--path connectionId=4107c213907114059a5544ad8fa66c52",
  },
  "plaid": {
    create: "--body '{\"client_name\":\"Example App\",\"language\":\"en\",\"country_codes\":[\"US\"],\"user\":{\"client_user_id\":\"user-123\"},\"products\":[\"transactions\"],\"redirect_uri\":\"https://app.example.com/plaid/oauth-return\"}'",
    get: "--body '{\"access_token\":\"<access_token>\"}'",
    list: "--body '{\"user_id\":\"usr_8c3ZbDBYjaqUXZ\"}'",
    delete: "--body '{\"access_token\":\"<access_token>\"}'",
    complete: "--body '{\"public_token\":\"<public_token>\"}'",
  },
  "polytomic": {
    create: "--header X-Polytomic-Version=2025-09-18 --body '{\"name\":\"Salesforce Connection\",\"redirect_url\":\"https://app.example.com/integrations/polytomic/done\",\"whitelist\":[\"salesforce\"]}'",
    get: "--path id=248df4b7-aa70-47b8-a036-33ac447e668d --header X-Polytomic-Version=2025-09-18",
    list: "--header X-Polytomic-Version=2025-09-18",
    delete: "--path id=248df4b7-aa70-47b8-a036-33ac447e668d --header X-Polytomic-Version=2025-09-18",
  },
  "stripe": {
    create: "--body '{\"account\":\"acct_1Nv0FGQ9RKHgCVdK\",\"type\":\"account_onboarding\",\"refresh_url\":\"https://app.example.com/stripe/reauth\",\"return_url\":\"https://app.example.com/stripe/return\"}'",
    get: "--path account=acct_1Nv0FGQ9RKHgCVdK",
    list: "",
    delete: "--path account=acct_1Nv0FGQ9RKHgCVdK",
  },
  "supermemory": {
    create: "--path provider=notion --body '{\"redirectUrl\":\"https://app.example.com/integrations/notion/callback\",\"containerTags\":[\"user_123\",\"project_alpha\"],\"metadata\":{\"source\":\"onboarding\",\"plan\":\"pro\"},\"documentLimit\":5000}'",
    get: "--path connectionId=conn_8f2kQ1xZt7LmVb3R",
    list: "--body '{\"containerTags\":[\"user_123\"]}'",
    delete: "--path connectionId=conn_8f2kQ1xZt7LmVb3R",
  },
};
