// Generated from specs/fivetran.json by tools/generator; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

/** `T` with every array and object readonly: what a `const` literal is checked against. */
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Whether a value fits `T`, as a type-level `extends`: unlike `satisfies` (or a parameter
 * typed `T`) it makes no excess-property check, so an example may carry properties its schema
 * does not name, as a schema without `additionalProperties: false` allows. A value that does not
 * fit leaves out the argument `example_does_not_fit_its_type`.
 */
const example =
  <T>() =>
  <const V>(
    value: V,
    ..._fits: [V] extends [DeepReadonly<T>] ? [] : [example_does_not_fit_its_type: never]
  ): V =>
    value;

// GET /v1/connections: 200 example connections
example<paths["/v1/connections"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "Connections list retrieved successfully",
  data: {
    items: [
      {
        id: "4107c213907114059a5544ad8fa66c52",
        service: "google_ads",
        schema: "google_ads_acme",
        paused: false,
        status: {
          setup_state: "connected",
          sync_state: "scheduled",
          update_state: "on_schedule",
          is_historical_sync: false,
          tasks: [],
          warnings: [],
        },
        group_id: "projected_sickle",
        connected_by: "monitoring_assuring",
        created_at: "2024-12-01T15:43:29.013729Z",
        pause_after_trial: false,
        sync_frequency: 1440,
        schedule_type: "auto",
      },
    ],
    next_cursor: "eyJza2lwIjoxfQ",
  },
});

// POST /v1/connections: request example example
example<NonNullable<paths["/v1/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  service: "google_sheets",
  group_id: "projected_sickle",
  connect_card_config: {
    redirect_uri: "https://app.example.com/integrations/fivetran/done",
  },
});

// POST /v1/connections: 201 example connect_card
example<paths["/v1/connections"]["post"]["responses"][201]["content"]["application/json"]>()({
  code: "Success",
  message: "Connection has been created",
  data: {
    id: "4107c213907114059a5544ad8fa66c52",
    service: "google_ads",
    schema: "google_ads_acme",
    paused: false,
    status: {
      setup_state: "incomplete",
      sync_state: "scheduled",
      update_state: "on_schedule",
      is_historical_sync: true,
      tasks: [],
      warnings: [],
    },
    group_id: "projected_sickle",
    service_version: 0,
    created_at: "2024-12-01T15:43:29.013729Z",
    pause_after_trial: false,
    sync_frequency: 1440,
    data_delay_sensitivity: "NORMAL",
    schedule_type: "auto",
    connect_card: {
      token: "eyJ0e...",
      uri: "https://fivetran.com/connect-card/setup?redirect_uri=https://your.site/path&auth=eyJ0e...",
    },
    connect_card_config: {
      redirect_uri: "https://your.site/path",
    },
  },
});

// GET /v1/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connections/{connectionId}: 200 example connected
example<paths["/v1/connections/{connectionId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "Connection details retrieved successfully",
  data: {
    id: "4107c213907114059a5544ad8fa66c52",
    service: "google_ads",
    schema: "google_ads_acme",
    paused: false,
    status: {
      setup_state: "connected",
      sync_state: "scheduled",
      update_state: "on_schedule",
      is_historical_sync: false,
      tasks: [],
      warnings: [],
    },
    group_id: "projected_sickle",
    service_version: 0,
    connected_by: "monitoring_assuring",
    created_at: "2024-12-01T15:43:29.013729Z",
    succeeded_at: "2024-12-01T16:02:11.520114Z",
    pause_after_trial: false,
    sync_frequency: 1440,
    data_delay_sensitivity: "NORMAL",
    schedule_type: "auto",
  },
});

// DELETE /v1/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}"]["delete"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}"]["patch"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connections/{connectionId}/certificates: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/certificates"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/certificates: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/certificates"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connections/{connectionId}/certificates/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/certificates/{hash}"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  hash: "Y29ubmVjdG9yIGNlcnRpZmljYXRlIGhhc2g",
});

// DELETE /v1/connections/{connectionId}/certificates/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/certificates/{hash}"]["delete"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  hash: "Y29ubmVjdG9yIGNlcnRpZmljYXRlIGhhc2g",
});

// POST /v1/connections/{connectionId}/connect-card: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/connect-card"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connections/{connectionId}/fingerprints: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/fingerprints"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/fingerprints: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/fingerprints"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connections/{connectionId}/fingerprints/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/fingerprints/{hash}"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  hash: "Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g",
});

// DELETE /v1/connections/{connectionId}/fingerprints/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/fingerprints/{hash}"]["delete"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  hash: "Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g",
});

// POST /v1/connections/{connectionId}/resync: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/resync"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connections/{connectionId}/schemas: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/schemas: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/schemas: request example pre_create_schema_config_request
example<NonNullable<paths["/v1/connections/{connectionId}/schemas"]["post"]["requestBody"]>["content"]["application/json"]>()({
  schemas: {
    schema_name: {
      enabled: true,
      tables: {
        table_name: {
          enabled: true,
          sync_mode: "SOFT_DELETE",
          columns: {
            column_name: {
              enabled: true,
              hashed: false,
            },
          },
        },
      },
    },
  },
  schema_change_handling: "ALLOW_COLUMNS",
});

// PATCH /v1/connections/{connectionId}/schemas: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas"]["patch"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/connections/{connectionId}/schemas: request example modify_schema_config_request
example<NonNullable<paths["/v1/connections/{connectionId}/schemas"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  schemas: {
    schema_name: {
      enabled: true,
      tables: {
        table_name: {
          enabled: true,
          sync_mode: "SOFT_DELETE",
          columns: {
            column_name: {
              enabled: true,
              hashed: false,
            },
          },
        },
      },
    },
  },
  schema_change_handling: "BLOCK_ALL",
});

// POST /v1/connections/{connectionId}/schemas/drop-columns: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/drop-columns"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/schemas/reload: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/reload"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/schemas/tables/resync: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/tables/resync"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/connections/{connectionId}/schemas/{schemaName}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/{schemaName}"]["patch"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  schemaName: "schemaName",
});

// PATCH /v1/connections/{connectionId}/schemas/{schemaName}/tables/{tableName}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/{schemaName}/tables/{tableName}"]["patch"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  schemaName: "schemaName",
  tableName: "tableName",
});

// DELETE /v1/connections/{connectionId}/schemas/{schemaName}/tables/{tableName}/columns/{columnName}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/{schemaName}/tables/{tableName}/columns/{columnName}"]["delete"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  schemaName: "schemaName",
  tableName: "tableName",
  columnName: "columnName",
});

// PATCH /v1/connections/{connectionId}/schemas/{schemaName}/tables/{tableName}/columns/{columnName}: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/{schemaName}/tables/{tableName}/columns/{columnName}"]["patch"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  schemaName: "schemaName",
  tableName: "tableName",
  columnName: "columnName",
});

// GET /v1/connections/{connectionId}/schemas/{schema}/tables/{table}/columns: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/schemas/{schema}/tables/{table}/columns"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
  schema: "schema",
  table: "table",
});

// GET /v1/connections/{connectionId}/state: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/state"]["get"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/connections/{connectionId}/state: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/state"]["patch"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/connections/{connectionId}/state: request example update_connection_state_request
example<NonNullable<paths["/v1/connections/{connectionId}/state"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  state: {
    cursor: "2024-01-01T00:00:00Z",
  },
});

// POST /v1/connections/{connectionId}/sync: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/sync"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// POST /v1/connections/{connectionId}/test: path parameters of a valid call
example<NonNullable<paths["/v1/connections/{connectionId}/test"]["post"]["parameters"]["path"]>>()({
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/connector-sdk/packages/{package_id}: path parameters of a valid call
example<NonNullable<paths["/v1/connector-sdk/packages/{package_id}"]["get"]["parameters"]["path"]>>()({
  package_id: "package_id",
});

// DELETE /v1/connector-sdk/packages/{package_id}: path parameters of a valid call
example<NonNullable<paths["/v1/connector-sdk/packages/{package_id}"]["delete"]["parameters"]["path"]>>()({
  package_id: "package_id",
});

// PATCH /v1/connector-sdk/packages/{package_id}: path parameters of a valid call
example<NonNullable<paths["/v1/connector-sdk/packages/{package_id}"]["patch"]["parameters"]["path"]>>()({
  package_id: "package_id",
});

// GET /v1/connector-sdk/packages/{package_id}/download: path parameters of a valid call
example<NonNullable<paths["/v1/connector-sdk/packages/{package_id}/download"]["get"]["parameters"]["path"]>>()({
  package_id: "package_id",
});

// GET /v1/destinations: 200 example get_response: left out, its schema refuses it (#/paths/~1v1~1destinations/get/responses/200/content/application~1json/examples/get_response/value: /data must have required property 'items')

// POST /v1/destinations: request example create_request
example<NonNullable<paths["/v1/destinations"]["post"]["requestBody"]>["content"]["application/json"]>()({
  group_id: "target_group_id",
  service: "snowflake",
  region: "GCP_US_EAST4",
  time_zone_offset: "-5",
  config: {
    host: "your-account.snowflakecomputing.com",
    port: 443,
    database: "fivetran",
    auth: "PASSWORD",
    user: "fivetran_user",
    password: "123456",
  },
});

// POST /v1/destinations: 201 example create_successful_response: left out, its schema refuses it (#/paths/~1v1~1destinations/post/responses/201/content/application~1json/examples/create_successful_response/value: /data/setup_status must be equal to one of the allowed values)

// POST /v1/destinations: 400 example service_not_supported
example<paths["/v1/destinations"]["post"]["responses"][400]["content"]["application/json"]>()({
  code: "InvalidInput",
  message: "Unsupported service 'service_id'",
});

// POST /v1/destinations: 400 example invalid_input_group_id
example<paths["/v1/destinations"]["post"]["responses"][400]["content"]["application/json"]>()({
  code: "InvalidInput",
  message: "Field 'group_id' is required",
});

// POST /v1/destinations: 400 example invalid_input_service
example<paths["/v1/destinations"]["post"]["responses"][400]["content"]["application/json"]>()({
  code: "InvalidInput",
  message: "Field 'service' is required",
});

// POST /v1/destinations: 404 example group_not_found
example<paths["/v1/destinations"]["post"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "Destination with id <groupId> not found",
});

// GET /v1/destinations/{destinationId}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}"]["get"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// GET /v1/destinations/{destinationId}: 200 example get_response: left out, its schema refuses it (#/paths/~1v1~1destinations~1{destinationId}/get/responses/200/content/application~1json/examples/get_response/value: /data/setup_status must be equal to one of the allowed values)

// DELETE /v1/destinations/{destinationId}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}"]["delete"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// DELETE /v1/destinations/{destinationId}: 200 example delete_response
example<paths["/v1/destinations/{destinationId}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "Destination with id 'destination_id' has been deleted",
});

// PATCH /v1/destinations/{destinationId}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}"]["patch"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// PATCH /v1/destinations/{destinationId}: request example update_request
example<NonNullable<paths["/v1/destinations/{destinationId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  region: "GCP_AUSTRALIA_SOUTHEAST1",
  time_zone_offset: "+10",
  config: {
    host: "your-account.snowflakecomputing.com",
    port: 1433,
    database: "fivetran",
    auth: "PASSWORD",
    user: "fivetran_user",
    password: "123456",
  },
});

// PATCH /v1/destinations/{destinationId}: 200 example update_successful_response: left out, its schema refuses it (#/paths/~1v1~1destinations~1{destinationId}/patch/responses/200/content/application~1json/examples/update_successful_response/value: /data/setup_status must be equal to one of the allowed values)

// GET /v1/destinations/{destinationId}/certificates: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/certificates"]["get"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// POST /v1/destinations/{destinationId}/certificates: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/certificates"]["post"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// GET /v1/destinations/{destinationId}/certificates/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/certificates/{hash}"]["get"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
  hash: "Y29ubmVjdG9yIGNlcnRpZmljYXRlIGhhc2g",
});

// DELETE /v1/destinations/{destinationId}/certificates/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/certificates/{hash}"]["delete"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
  hash: "Y29ubmVjdG9yIGNlcnRpZmljYXRlIGhhc2g",
});

// GET /v1/destinations/{destinationId}/fingerprints: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/fingerprints"]["get"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// POST /v1/destinations/{destinationId}/fingerprints: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/fingerprints"]["post"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// GET /v1/destinations/{destinationId}/fingerprints/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/fingerprints/{hash}"]["get"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
  hash: "Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g",
});

// DELETE /v1/destinations/{destinationId}/fingerprints/{hash}: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/fingerprints/{hash}"]["delete"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
  hash: "Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g",
});

// POST /v1/destinations/{destinationId}/test: path parameters of a valid call
example<NonNullable<paths["/v1/destinations/{destinationId}/test"]["post"]["parameters"]["path"]>>()({
  destinationId: "destinationId",
});

// POST /v1/destinations/{destinationId}/test: request example run_setup_tests_request
example<NonNullable<paths["/v1/destinations/{destinationId}/test"]["post"]["requestBody"]>["content"]["application/json"]>()({
  trust_certificates: true,
  trust_fingerprints: true,
});

// POST /v1/destinations/{destinationId}/test: 200 example run_setup_tests_response: left out, its schema refuses it (#/paths/~1v1~1destinations~1{destinationId}~1test/post/responses/200/content/application~1json/examples/run_setup_tests_response/value: /data/setup_status must be equal to one of the allowed values)

// GET /v1/external-logging/{logId}: path parameters of a valid call
example<NonNullable<paths["/v1/external-logging/{logId}"]["get"]["parameters"]["path"]>>()({
  logId: "logId",
});

// DELETE /v1/external-logging/{logId}: path parameters of a valid call
example<NonNullable<paths["/v1/external-logging/{logId}"]["delete"]["parameters"]["path"]>>()({
  logId: "logId",
});

// PATCH /v1/external-logging/{logId}: path parameters of a valid call
example<NonNullable<paths["/v1/external-logging/{logId}"]["patch"]["parameters"]["path"]>>()({
  logId: "logId",
});

// POST /v1/external-logging/{logId}/test: path parameters of a valid call
example<NonNullable<paths["/v1/external-logging/{logId}/test"]["post"]["parameters"]["path"]>>()({
  logId: "logId",
});

// GET /v1/external-secrets-managers: 200 example list_response
example<paths["/v1/external-secrets-managers"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    items: [
      {
        id: "lucky_tiger",
        type: "AWS_SECRET_MANAGER",
        name: "My AWS Secrets Manager",
        is_hybrid_deployment: false,
        created_at: "2024-01-01T00:00:00.000000Z",
        updated_at: "2024-06-01T00:00:00.000000Z",
      },
    ],
    next_cursor: "eyJza2lwIjoyfQ",
  },
});

// POST /v1/external-secrets-managers: 201 example esm_response: left out, its schema refuses it (#/paths/~1v1~1external-secrets-managers/post/responses/201/content/application~1json/examples/esm_response/value: /data/config/role_arn must be object; /data/config/external_id must be object)

// POST /v1/external-secrets-managers: 400 example bad_request
example<paths["/v1/external-secrets-managers"]["post"]["responses"][400]["content"]["application/json"]>()({
  code: "BadRequest",
  message: "ESM config is required.",
});

// GET /v1/external-secrets-managers-entities: 200 example entities_response
example<paths["/v1/external-secrets-managers-entities"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    items: [
      {
        id: "connection_id",
        type: "SOURCE",
        name: "my_schema",
        enabled: true,
        secret_manager_id: "lucky_tiger",
        created_at: "2024-01-01T00:00:00.000000Z",
      },
    ],
    next_cursor: "eyJza2lwIjoyfQ",
  },
});

// GET /v1/external-secrets-managers/{esmId}: path parameters of a valid call
example<NonNullable<paths["/v1/external-secrets-managers/{esmId}"]["get"]["parameters"]["path"]>>()({
  esmId: "lucky_tiger",
});

// GET /v1/external-secrets-managers/{esmId}: 200 example esm_response: left out, its schema refuses it (#/paths/~1v1~1external-secrets-managers~1{esmId}/get/responses/200/content/application~1json/examples/esm_response/value: /data/config/role_arn must be object; /data/config/external_id must be object)

// GET /v1/external-secrets-managers/{esmId}: 404 example not_found
example<paths["/v1/external-secrets-managers/{esmId}"]["get"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "External Secrets Manager with 'lucky_tiger' id is not found.",
});

// DELETE /v1/external-secrets-managers/{esmId}: path parameters of a valid call
example<NonNullable<paths["/v1/external-secrets-managers/{esmId}"]["delete"]["parameters"]["path"]>>()({
  esmId: "lucky_tiger",
});

// DELETE /v1/external-secrets-managers/{esmId}: 200 example delete_successful
example<paths["/v1/external-secrets-managers/{esmId}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "External Secrets Manager 'lucky_tiger' has been deleted.",
});

// DELETE /v1/external-secrets-managers/{esmId}: 400 example esm_in_use
example<paths["/v1/external-secrets-managers/{esmId}"]["delete"]["responses"][400]["content"]["application/json"]>()({
  code: "BadRequest",
  message: "Failed to delete External Secrets Manager with 'lucky_tiger' id, because it is used by 1 connection(s) and 0 destination(s).",
});

// DELETE /v1/external-secrets-managers/{esmId}: 404 example not_found
example<paths["/v1/external-secrets-managers/{esmId}"]["delete"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "External Secrets Manager with 'lucky_tiger' id is not found.",
});

// PATCH /v1/external-secrets-managers/{esmId}: path parameters of a valid call
example<NonNullable<paths["/v1/external-secrets-managers/{esmId}"]["patch"]["parameters"]["path"]>>()({
  esmId: "lucky_tiger",
});

// PATCH /v1/external-secrets-managers/{esmId}: 200 example esm_response: left out, its schema refuses it (#/paths/~1v1~1external-secrets-managers~1{esmId}/patch/responses/200/content/application~1json/examples/esm_response/value: /data/config/role_arn must be object; /data/config/external_id must be object)

// PATCH /v1/external-secrets-managers/{esmId}: 400 example bad_request
example<paths["/v1/external-secrets-managers/{esmId}"]["patch"]["responses"][400]["content"]["application/json"]>()({
  code: "BadRequest",
  message: "ESM config is required.",
});

// PATCH /v1/external-secrets-managers/{esmId}: 404 example not_found
example<paths["/v1/external-secrets-managers/{esmId}"]["patch"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "External Secrets Manager with 'lucky_tiger' id is not found.",
});

// GET /v1/external-secrets-managers/{esmId}/entities: path parameters of a valid call
example<NonNullable<paths["/v1/external-secrets-managers/{esmId}/entities"]["get"]["parameters"]["path"]>>()({
  esmId: "lucky_tiger",
});

// GET /v1/external-secrets-managers/{esmId}/entities: 200 example entities_response
example<paths["/v1/external-secrets-managers/{esmId}/entities"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    items: [
      {
        id: "connection_id",
        type: "SOURCE",
        name: "my_schema",
        enabled: true,
        secret_manager_id: "lucky_tiger",
        created_at: "2024-01-01T00:00:00.000000Z",
      },
    ],
    next_cursor: "eyJza2lwIjoyfQ",
  },
});

// GET /v1/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}"]["get"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// DELETE /v1/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}"]["delete"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// PATCH /v1/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}"]["patch"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// GET /v1/groups/{groupId}/connections: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}/connections"]["get"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// GET /v1/groups/{groupId}/public-key: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}/public-key"]["get"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// GET /v1/groups/{groupId}/service-account: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}/service-account"]["get"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// GET /v1/groups/{groupId}/users: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}/users"]["get"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// POST /v1/groups/{groupId}/users: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}/users"]["post"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// DELETE /v1/groups/{groupId}/users/{userId}: path parameters of a valid call
example<NonNullable<paths["/v1/groups/{groupId}/users/{userId}"]["delete"]["parameters"]["path"]>>()({
  groupId: "groupId",
  userId: "userId",
});

// GET /v1/hybrid-deployment-agents/{agentId}: path parameters of a valid call
example<NonNullable<paths["/v1/hybrid-deployment-agents/{agentId}"]["get"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// DELETE /v1/hybrid-deployment-agents/{agentId}: path parameters of a valid call
example<NonNullable<paths["/v1/hybrid-deployment-agents/{agentId}"]["delete"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// PATCH /v1/hybrid-deployment-agents/{agentId}/re-auth: path parameters of a valid call
example<NonNullable<paths["/v1/hybrid-deployment-agents/{agentId}/re-auth"]["patch"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// POST /v1/hybrid-deployment-agents/{agentId}/reset-credentials: path parameters of a valid call
example<NonNullable<paths["/v1/hybrid-deployment-agents/{agentId}/reset-credentials"]["post"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// GET /v1/metadata/connector-types/{service}: path parameters of a valid call
example<NonNullable<paths["/v1/metadata/connector-types/{service}"]["get"]["parameters"]["path"]>>()({
  service: "google_ads",
});

// GET /v1/private-links/{privateLinkId}: path parameters of a valid call
example<NonNullable<paths["/v1/private-links/{privateLinkId}"]["get"]["parameters"]["path"]>>()({
  privateLinkId: "privateLinkId",
});

// DELETE /v1/private-links/{privateLinkId}: path parameters of a valid call
example<NonNullable<paths["/v1/private-links/{privateLinkId}"]["delete"]["parameters"]["path"]>>()({
  privateLinkId: "privateLinkId",
});

// PATCH /v1/private-links/{privateLinkId}: path parameters of a valid call
example<NonNullable<paths["/v1/private-links/{privateLinkId}"]["patch"]["parameters"]["path"]>>()({
  privateLinkId: "privateLinkId",
});

// GET /v1/proxy: 200 example get_response_with_counts
example<paths["/v1/proxy"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    items: [
      {
        id: "id",
        account_id: "account_id",
        registered_at: "2018-12-01T15:43:29.013729Z",
        region: "GCP_US_EAST4",
        created_by: "created_by",
        display_name: "display_name",
        version: "1.0.0",
        status: "CONNECTED",
        connector_count: 3,
        destination_count: 1,
      },
    ],
    next_cursor: "eyJza2lwIjoyfQ",
  },
});

// POST /v1/proxy: request example create_payload
example<NonNullable<paths["/v1/proxy"]["post"]["requestBody"]>["content"]["application/json"]>()({
  display_name: "display_name",
  group_region: "GCP_US_EAST4",
});

// POST /v1/proxy: 400 example group_region_not_found
example<paths["/v1/proxy"]["post"]["responses"][400]["content"]["application/json"]>()({
  code: "InvalidInput",
  message: "Group region not supported.",
});

// POST /v1/proxy: 409 example proxy_name_conflict
example<paths["/v1/proxy"]["post"]["responses"][409]["content"]["application/json"]>()({
  code: "Conflict",
  message: "Proxy agent with same name already exists.",
});

// GET /v1/proxy/{agentId}: path parameters of a valid call
example<NonNullable<paths["/v1/proxy/{agentId}"]["get"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// GET /v1/proxy/{agentId}: 200 example get_details_with_usages: left out, its schema refuses it (#/paths/~1v1~1proxy~1{agentId}/get/responses/200/content/application~1json/examples/get_details_with_usages/value: (body) must pass "x-patchbay-some-property" keyword validation)

// GET /v1/proxy/{agentId}: 404 example proxy_not_found
example<paths["/v1/proxy/{agentId}"]["get"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "Proxy Agent not found.",
});

// DELETE /v1/proxy/{agentId}: path parameters of a valid call
example<NonNullable<paths["/v1/proxy/{agentId}"]["delete"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// DELETE /v1/proxy/{agentId}: 200 example delete_successful
example<paths["/v1/proxy/{agentId}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "Agent <proxy> successfully deleted.",
});

// DELETE /v1/proxy/{agentId}: 404 example proxy_not_found
example<paths["/v1/proxy/{agentId}"]["delete"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "Proxy Agent not found.",
});

// DELETE /v1/proxy/{agentId}: 409 example proxy_has_connections
example<paths["/v1/proxy/{agentId}"]["delete"]["responses"][409]["content"]["application/json"]>()({
  code: "Conflict",
  message: "Proxy agent have attached connections.",
});

// GET /v1/proxy/{agentId}/connections: path parameters of a valid call
example<NonNullable<paths["/v1/proxy/{agentId}/connections"]["get"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// GET /v1/proxy/{agentId}/connections: 200 example get_connections_response
example<paths["/v1/proxy/{agentId}/connections"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    items: [
      {
        connection_id: "connection_id",
      },
    ],
    next_cursor: "eyJza2lwIjoyfQ",
  },
});

// GET /v1/proxy/{agentId}/connections: 404 example proxy_not_found
example<paths["/v1/proxy/{agentId}/connections"]["get"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "Proxy Agent not found.",
});

// POST /v1/proxy/{agentId}/regenerate-secrets: path parameters of a valid call
example<NonNullable<paths["/v1/proxy/{agentId}/regenerate-secrets"]["post"]["parameters"]["path"]>>()({
  agentId: "agentId",
});

// POST /v1/proxy/{agentId}/regenerate-secrets: 404 example proxy_not_found
example<paths["/v1/proxy/{agentId}/regenerate-secrets"]["post"]["responses"][404]["content"]["application/json"]>()({
  code: "NotFound",
  message: "Proxy Agent not found.",
});

// GET /v1/system-keys: 200 example get_list_response
example<paths["/v1/system-keys"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    items: [
      {
        id: "_moonbeam_acc_dev",
        name: "dev",
        key: "<key_1_value>",
        created_at: "2023-11-10T22:11:52.326265Z",
        expired_at: "2024-02-10T22:11:52.326265Z",
      },
      {
        id: "cyclical_prospered",
        name: "prod_key",
        key: "<key_2_value>",
        created_at: "2023-11-10T22:11:58.931Z",
        updated_at: "2023-11-10T22:11:58.931Z",
        expired_at: "2024-02-10T22:11:58.931Z",
      },
    ],
  },
});

// POST /v1/system-keys: request example create_request
example<NonNullable<paths["/v1/system-keys"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "prod_key",
  expiration_period: "THREE_MONTHS",
  permissions: [
    {
      resource_type: "USER",
      access_level: "READ",
    },
    {
      resource_type: "WEBHOOK",
      access_level: "MANAGE",
    },
    {
      resource_type: "CONNECTOR",
      access_level: "MANAGE",
    },
    {
      resource_type: "DESTINATION",
      access_level: "MANAGE",
    },
    {
      resource_type: "TRANSFORMATION",
      access_level: "MANAGE",
      resource_filter: {
        group_ids: [
          "group_id_1",
          "group_id_2",
        ],
      },
    },
    {
      resource_type: "CONNECTOR",
      access_level: "NONE",
      resource_filter: {
        ids: [
          "connection_id_1",
          "connection_id_2",
        ],
      },
    },
  ],
});

// POST /v1/system-keys: 201 example create_response
example<paths["/v1/system-keys"]["post"]["responses"][201]["content"]["application/json"]>()({
  code: "Success",
  message: "System key has been created",
  data: {
    id: "sod_determine",
    name: "prod_key",
    key: "<key_value>",
    secret: "<secret_value>",
    created_at: "2023-11-10T19:32:58.646Z",
    expired_at: "2024-02-10T19:32:58.646Z",
    permissions: [
      {
        resource_type: "USER",
        access_level: "READ",
      },
      {
        resource_type: "WEBHOOK",
        access_level: "MANAGE",
      },
      {
        resource_type: "DESTINATION",
        access_level: "MANAGE",
      },
      {
        resource_type: "TRANSFORMATION",
        access_level: "MANAGE",
        resource_filter: {
          group_ids: [
            "group_id_1",
            "group_id_2",
          ],
        },
      },
      {
        resource_type: "CONNECTOR",
        access_level: "NONE",
        resource_filter: {
          ids: [
            "connection_id_1",
            "connection_id_2",
          ],
        },
      },
      {
        resource_type: "CONNECTOR",
        access_level: "MANAGE",
      },
    ],
  },
});

// GET /v1/system-keys/{keyId}: path parameters of a valid call
example<NonNullable<paths["/v1/system-keys/{keyId}"]["get"]["parameters"]["path"]>>()({
  keyId: "keyId",
});

// GET /v1/system-keys/{keyId}: 200 example get_response
example<paths["/v1/system-keys/{keyId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  data: {
    id: "rushed_fainting",
    name: "updated_key",
    key_value: "<key_value>",
    created_at: "2023-10-17T14:01:16.318Z",
    updated_at: "2023-10-17T14:02:20.919291Z",
    expired_at: "2024-01-17T14:01:16.318Z",
    permissions: [
      {
        resource_type: "CONNECTOR",
        access_level: "MANAGE",
      },
      {
        resource_type: "DESTINATION",
        access_level: "MANAGE",
      },
      {
        resource_type: "TRANSFORMATION",
        access_level: "MANAGE",
        resource_filter: {
          group_ids: [
            "group_id_1",
            "group_id_2",
          ],
        },
      },
      {
        resource_type: "CONNECTOR",
        access_level: "NONE",
        resource_filter: {
          ids: [
            "connection_id_3",
            "connection_id_4",
          ],
        },
      },
    ],
  },
});

// DELETE /v1/system-keys/{keyId}: path parameters of a valid call
example<NonNullable<paths["/v1/system-keys/{keyId}"]["delete"]["parameters"]["path"]>>()({
  keyId: "keyId",
});

// DELETE /v1/system-keys/{keyId}: 200 example delete_response
example<paths["/v1/system-keys/{keyId}"]["delete"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "System key with id 'rushed_fainting' has been deleted",
});

// PATCH /v1/system-keys/{keyId}: path parameters of a valid call
example<NonNullable<paths["/v1/system-keys/{keyId}"]["patch"]["parameters"]["path"]>>()({
  keyId: "keyId",
});

// PATCH /v1/system-keys/{keyId}: request example update_request
example<NonNullable<paths["/v1/system-keys/{keyId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  name: "updated_key",
  permissions: [
    {
      resource_type: "CONNECTOR",
      access_level: "MANAGE",
    },
    {
      resource_type: "DESTINATION",
      access_level: "MANAGE",
    },
    {
      resource_type: "TRANSFORMATION",
      access_level: "MANAGE",
      resource_filter: {
        group_ids: [
          "group_id_3",
          "group_id_4",
        ],
      },
    },
    {
      resource_type: "CONNECTOR",
      access_level: "NONE",
      resource_filter: {
        ids: [
          "connection_id_3",
          "connection_id_4",
        ],
      },
    },
  ],
});

// PATCH /v1/system-keys/{keyId}: 200 example update_response
example<paths["/v1/system-keys/{keyId}"]["patch"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "System key has been updated",
  data: {
    id: "rushed_fainting",
    name: "updated_key",
    key_value: "<key_value>",
    created_at: "2023-10-17T14:01:16.318Z",
    updated_at: "2023-10-17T14:02:20.919291Z",
    expired_at: "2024-01-17T14:01:16.318Z",
    permissions: [
      {
        resource_type: "CONNECTOR",
        access_level: "MANAGE",
      },
      {
        resource_type: "DESTINATION",
        access_level: "MANAGE",
      },
      {
        resource_type: "TRANSFORMATION",
        access_level: "MANAGE",
        resource_filter: {
          group_ids: [
            "group_id_3",
            "group_id_4",
          ],
        },
      },
      {
        resource_type: "CONNECTOR",
        access_level: "NONE",
        resource_filter: {
          ids: [
            "connection_id_3",
            "connection_id_4",
          ],
        },
      },
    ],
  },
});

// POST /v1/system-keys/{keyId}/rotate: path parameters of a valid call
example<NonNullable<paths["/v1/system-keys/{keyId}/rotate"]["post"]["parameters"]["path"]>>()({
  keyId: "keyId",
});

// POST /v1/system-keys/{keyId}/rotate: request example rotate_request: left out, its schema refuses it (#/paths/~1v1~1system-keys~1{keyId}~1rotate/post/requestBody/content/application~1json/examples/rotate_request/value: (body) must pass "x-patchbay-some-property" keyword validation)

// POST /v1/system-keys/{keyId}/rotate: 200 example rotate_response
example<paths["/v1/system-keys/{keyId}/rotate"]["post"]["responses"][200]["content"]["application/json"]>()({
  code: "Success",
  message: "System key with id 'rushed_fainting' has been rotated",
  data: {
    id: "rushed_fainting",
    name: "prod_key",
    key: "<key_value>",
    secret: "<secret_value>",
    created_at: "2023-11-10T19:32:58.646Z",
    expired_at: "2024-02-10T19:32:58.646Z",
    permissions: [
      {
        resource_type: "USER",
        access_level: "READ",
      },
      {
        resource_type: "WEBHOOK",
        access_level: "MANAGE",
      },
      {
        resource_type: "DESTINATION",
        access_level: "MANAGE",
      },
      {
        resource_type: "TRANSFORMATION",
        access_level: "MANAGE",
        resource_filter: {
          group_ids: [
            "group_id_1",
            "group_id_2",
          ],
        },
      },
      {
        resource_type: "CONNECTOR",
        access_level: "NONE",
        resource_filter: {
          ids: [
            "connection_id_3",
            "connection_id_4",
          ],
        },
      },
      {
        resource_type: "CONNECTOR",
        access_level: "MANAGE",
      },
    ],
  },
});

// GET /v1/teams/{teamId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// DELETE /v1/teams/{teamId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}"]["delete"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// PATCH /v1/teams/{teamId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}"]["patch"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// GET /v1/teams/{teamId}/connections: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/connections"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// POST /v1/teams/{teamId}/connections: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/connections"]["post"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// GET /v1/teams/{teamId}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/connections/{connectionId}"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// DELETE /v1/teams/{teamId}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/connections/{connectionId}"]["delete"]["parameters"]["path"]>>()({
  teamId: "teamId",
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/teams/{teamId}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/connections/{connectionId}"]["patch"]["parameters"]["path"]>>()({
  teamId: "teamId",
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/teams/{teamId}/groups: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/groups"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// POST /v1/teams/{teamId}/groups: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/groups"]["post"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// GET /v1/teams/{teamId}/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/groups/{groupId}"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
  groupId: "groupId",
});

// DELETE /v1/teams/{teamId}/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/groups/{groupId}"]["delete"]["parameters"]["path"]>>()({
  teamId: "teamId",
  groupId: "groupId",
});

// PATCH /v1/teams/{teamId}/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/groups/{groupId}"]["patch"]["parameters"]["path"]>>()({
  teamId: "teamId",
  groupId: "groupId",
});

// DELETE /v1/teams/{teamId}/role: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/role"]["delete"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// GET /v1/teams/{teamId}/users: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/users"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// POST /v1/teams/{teamId}/users: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/users"]["post"]["parameters"]["path"]>>()({
  teamId: "teamId",
});

// GET /v1/teams/{teamId}/users/{userId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/users/{userId}"]["get"]["parameters"]["path"]>>()({
  teamId: "teamId",
  userId: "userId",
});

// DELETE /v1/teams/{teamId}/users/{userId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/users/{userId}"]["delete"]["parameters"]["path"]>>()({
  teamId: "teamId",
  userId: "userId",
});

// PATCH /v1/teams/{teamId}/users/{userId}: path parameters of a valid call
example<NonNullable<paths["/v1/teams/{teamId}/users/{userId}"]["patch"]["parameters"]["path"]>>()({
  teamId: "teamId",
  userId: "userId",
});

// GET /v1/transformation-projects/{projectId}: path parameters of a valid call
example<NonNullable<paths["/v1/transformation-projects/{projectId}"]["get"]["parameters"]["path"]>>()({
  projectId: "projectId",
});

// DELETE /v1/transformation-projects/{projectId}: path parameters of a valid call
example<NonNullable<paths["/v1/transformation-projects/{projectId}"]["delete"]["parameters"]["path"]>>()({
  projectId: "projectId",
});

// PATCH /v1/transformation-projects/{projectId}: path parameters of a valid call
example<NonNullable<paths["/v1/transformation-projects/{projectId}"]["patch"]["parameters"]["path"]>>()({
  projectId: "projectId",
});

// POST /v1/transformation-projects/{projectId}/test: path parameters of a valid call
example<NonNullable<paths["/v1/transformation-projects/{projectId}/test"]["post"]["parameters"]["path"]>>()({
  projectId: "projectId",
});

// GET /v1/transformations/package-metadata/{package_definition_id}: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/package-metadata/{package_definition_id}"]["get"]["parameters"]["path"]>>()({
  package_definition_id: "package_definition_id",
});

// GET /v1/transformations/{transformationId}: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/{transformationId}"]["get"]["parameters"]["path"]>>()({
  transformationId: "transformationId",
});

// DELETE /v1/transformations/{transformationId}: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/{transformationId}"]["delete"]["parameters"]["path"]>>()({
  transformationId: "transformationId",
});

// PATCH /v1/transformations/{transformationId}: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/{transformationId}"]["patch"]["parameters"]["path"]>>()({
  transformationId: "transformationId",
});

// POST /v1/transformations/{transformationId}/cancel: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/{transformationId}/cancel"]["post"]["parameters"]["path"]>>()({
  transformationId: "transformationId",
});

// POST /v1/transformations/{transformationId}/run: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/{transformationId}/run"]["post"]["parameters"]["path"]>>()({
  transformationId: "transformationId",
});

// POST /v1/transformations/{transformationId}/upgrade: path parameters of a valid call
example<NonNullable<paths["/v1/transformations/{transformationId}/upgrade"]["post"]["parameters"]["path"]>>()({
  transformationId: "transformationId",
});

// DELETE /v1/users/{id}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{id}"]["delete"]["parameters"]["path"]>>()({
  id: "user_id",
});

// GET /v1/users/{userId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}"]["get"]["parameters"]["path"]>>()({
  userId: "userId",
});

// PATCH /v1/users/{userId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}"]["patch"]["parameters"]["path"]>>()({
  userId: "userId",
});

// GET /v1/users/{userId}/connections: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/connections"]["get"]["parameters"]["path"]>>()({
  userId: "userId",
});

// POST /v1/users/{userId}/connections: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/connections"]["post"]["parameters"]["path"]>>()({
  userId: "userId",
});

// GET /v1/users/{userId}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/connections/{connectionId}"]["get"]["parameters"]["path"]>>()({
  userId: "userId",
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// DELETE /v1/users/{userId}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/connections/{connectionId}"]["delete"]["parameters"]["path"]>>()({
  userId: "userId",
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// PATCH /v1/users/{userId}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/connections/{connectionId}"]["patch"]["parameters"]["path"]>>()({
  userId: "userId",
  connectionId: "4107c213907114059a5544ad8fa66c52",
});

// GET /v1/users/{userId}/groups: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/groups"]["get"]["parameters"]["path"]>>()({
  userId: "userId",
});

// POST /v1/users/{userId}/groups: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/groups"]["post"]["parameters"]["path"]>>()({
  userId: "userId",
});

// GET /v1/users/{userId}/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/groups/{groupId}"]["get"]["parameters"]["path"]>>()({
  userId: "userId",
  groupId: "groupId",
});

// DELETE /v1/users/{userId}/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/groups/{groupId}"]["delete"]["parameters"]["path"]>>()({
  userId: "userId",
  groupId: "groupId",
});

// PATCH /v1/users/{userId}/groups/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/groups/{groupId}"]["patch"]["parameters"]["path"]>>()({
  userId: "userId",
  groupId: "groupId",
});

// DELETE /v1/users/{userId}/role: path parameters of a valid call
example<NonNullable<paths["/v1/users/{userId}/role"]["delete"]["parameters"]["path"]>>()({
  userId: "userId",
});

// POST /v1/webhooks/group/{groupId}: path parameters of a valid call
example<NonNullable<paths["/v1/webhooks/group/{groupId}"]["post"]["parameters"]["path"]>>()({
  groupId: "groupId",
});

// GET /v1/webhooks/{webhookId}: path parameters of a valid call
example<NonNullable<paths["/v1/webhooks/{webhookId}"]["get"]["parameters"]["path"]>>()({
  webhookId: "webhookId",
});

// DELETE /v1/webhooks/{webhookId}: path parameters of a valid call
example<NonNullable<paths["/v1/webhooks/{webhookId}"]["delete"]["parameters"]["path"]>>()({
  webhookId: "webhookId",
});

// PATCH /v1/webhooks/{webhookId}: path parameters of a valid call
example<NonNullable<paths["/v1/webhooks/{webhookId}"]["patch"]["parameters"]["path"]>>()({
  webhookId: "webhookId",
});

// POST /v1/webhooks/{webhookId}/test: path parameters of a valid call
example<NonNullable<paths["/v1/webhooks/{webhookId}/test"]["post"]["parameters"]["path"]>>()({
  webhookId: "webhookId",
});
