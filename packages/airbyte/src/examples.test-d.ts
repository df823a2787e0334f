// Generated from specs/airbyte.yaml by tools/generator; do not edit (change the document or the generator).
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

// GET /jobs: 200 example Job List Response Example: left out, its schema refuses it (#/paths/~1jobs/get/responses/200/content/application~1json/examples/Job List Response Example/value: /data/0 must have required property 'jobId'; /data/0 must have required property 'startTime'; /data/0 must have required property 'connectionId')

// POST /jobs: request example Job Creation Request Example
example<NonNullable<paths["/jobs"]["post"]["requestBody"]>["content"]["application/json"]>()({
  connectionId: "e735894a-e773-4938-969f-45f53957b75b",
  jobType: "sync",
});

// POST /jobs: 200 example Job Creation Response Example: left out, its schema refuses it (#/paths/~1jobs/post/responses/200/content/application~1json/examples/Job Creation Response Example/value: (body) must have required property 'startTime'; (body) must have required property 'connectionId')

// GET /jobs/{jobId}: 200 example Job Get Response Example: left out, its schema refuses it (#/paths/~1jobs~1{jobId}/get/responses/200/content/application~1json/examples/Job Get Response Example/value: (body) must have required property 'jobId'; (body) must have required property 'startTime'; (body) must have required property 'connectionId')

// POST /sources: request example Source Creation Request Example: left out, its schema refuses it (#/paths/~1sources/post/requestBody/content/application~1json/examples/Source Creation Request Example/value: /configuration must have required property 'api_key'; /configuration must have required property 'url'; /configuration must have required property 'sourceType')

// POST /sources: 200 example Source Creation Response Example: left out, its schema refuses it (#/paths/~1sources/post/responses/200/content/application~1json/examples/Source Creation Response Example/value: (body) must have required property 'name'; (body) must have required property 'sourceType'; (body) must have required property 'workspaceId')

// GET /sources/{sourceId}: path parameters of a valid call
example<NonNullable<paths["/sources/{sourceId}"]["get"]["parameters"]["path"]>>()({
  sourceId: "18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
});

// GET /sources/{sourceId}: 200 example Source Get Response Example: left out, its schema refuses it (#/paths/~1sources~1{sourceId}/get/responses/200/content/application~1json/examples/Source Get Response Example/value: (body) must have required property 'configuration'; (body) must have required property 'definitionId'; (body) must have required property 'createdAt')

// PUT /sources/{sourceId}: path parameters of a valid call
example<NonNullable<paths["/sources/{sourceId}"]["put"]["parameters"]["path"]>>()({
  sourceId: "18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
});

// PUT /sources/{sourceId}: request example Source Update Request Example: left out, its schema refuses it (#/paths/~1sources~1{sourceId}/put/requestBody/content/application~1json/examples/Source Update Request Example/value: /configuration must have required property 'api_key'; /configuration must have required property 'url'; /configuration must have required property 'sourceType')

// PUT /sources/{sourceId}: 200 example Source Update Response Example: left out, its schema refuses it (#/paths/~1sources~1{sourceId}/put/responses/200/content/application~1json/examples/Source Update Response Example/value: (body) must have required property 'configuration'; (body) must have required property 'definitionId'; (body) must have required property 'createdAt')

// DELETE /sources/{sourceId}: path parameters of a valid call
example<NonNullable<paths["/sources/{sourceId}"]["delete"]["parameters"]["path"]>>()({
  sourceId: "18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
});

// PATCH /sources/{sourceId}: path parameters of a valid call
example<NonNullable<paths["/sources/{sourceId}"]["patch"]["parameters"]["path"]>>()({
  sourceId: "18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
});

// PATCH /sources/{sourceId}: request example Source Update Request Example: left out, its schema refuses it (#/paths/~1sources~1{sourceId}/patch/requestBody/content/application~1json/examples/Source Update Request Example/value: /configuration must have required property 'api_key'; /configuration must have required property 'url'; /configuration must have required property 'sourceType')

// PATCH /sources/{sourceId}: 200 example Source Update Response Example: left out, its schema refuses it (#/paths/~1sources~1{sourceId}/patch/responses/200/content/application~1json/examples/Source Update Response Example/value: (body) must have required property 'configuration'; (body) must have required property 'definitionId'; (body) must have required property 'createdAt')

// POST /destinations: request example Destination Creation Request Example: left out, its schema refuses it (#/paths/~1destinations/post/requestBody/content/application~1json/examples/Destination Creation Request Example/value: /configuration must have required property 'spreadsheet_id'; /configuration must have required property 'credentials'; /configuration must have required property 'destinationType')

// POST /destinations: 200 example Destination Creation Response Example: left out, its schema refuses it (#/paths/~1destinations/post/responses/200/content/application~1json/examples/Destination Creation Response Example/value: (body) must have required property 'name'; (body) must have required property 'destinationType'; (body) must have required property 'definitionId')

// GET /destinations/{destinationId}: 200 example Destination Get Response Example: left out, its schema refuses it (#/paths/~1destinations~1{destinationId}/get/responses/200/content/application~1json/examples/Destination Get Response Example/value: (body) must have required property 'destinationType'; (body) must have required property 'definitionId'; (body) must have required property 'createdAt')

// PUT /destinations/{destinationId}: request example Destination Update Request Example: left out, its schema refuses it (#/paths/~1destinations~1{destinationId}/put/requestBody/content/application~1json/examples/Destination Update Request Example/value: /configuration must have required property 'spreadsheet_id'; /configuration must have required property 'credentials'; /configuration must have required property 'destinationType')

// PUT /destinations/{destinationId}: 200 example Destination Update Response Example: left out, its schema refuses it (#/paths/~1destinations~1{destinationId}/put/responses/200/content/application~1json/examples/Destination Update Response Example/value: (body) must have required property 'destinationType'; (body) must have required property 'definitionId'; (body) must have required property 'createdAt')

// PATCH /destinations/{destinationId}: request example Destination Update Request Example: left out, its schema refuses it (#/paths/~1destinations~1{destinationId}/patch/requestBody/content/application~1json/examples/Destination Update Request Example/value: /configuration must have required property 'spreadsheet_id'; /configuration must have required property 'credentials'; /configuration must have required property 'destinationType')

// PATCH /destinations/{destinationId}: 200 example Destination Update Response Example: left out, its schema refuses it (#/paths/~1destinations~1{destinationId}/patch/responses/200/content/application~1json/examples/Destination Update Response Example/value: (body) must have required property 'destinationType'; (body) must have required property 'definitionId'; (body) must have required property 'createdAt')

// POST /connections: request example Connection Creation Request Example
example<NonNullable<paths["/connections"]["post"]["requestBody"]>["content"]["application/json"]>()({
  sourceId: "95e66a59-8045-4307-9678-63bc3c9b8c93",
  destinationId: "e478de0d-a3a0-475c-b019-25f7dd29e281",
  name: "Postgres-to-Bigquery",
});

// POST /connections: 200 example Connection Creation Response Example: left out, its schema refuses it (#/paths/~1connections/post/responses/200/content/application~1json/examples/Connection Creation Response Example/value: (body) must have required property 'name'; (body) must have required property 'sourceId'; (body) must have required property 'destinationId')

// GET /connections/{connectionId}: 200 example Connection Get Response Example: left out, its schema refuses it (#/paths/~1connections~1{connectionId}/get/responses/200/content/application~1json/examples/Connection Get Response Example/value: (body) must have required property 'connectionId'; (body) must have required property 'status'; (body) must have required property 'schedule')

// PATCH /connections/{connectionId}: request example Connection Update Request Example
example<NonNullable<paths["/connections/{connectionId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  sourceId: "95e66a59-8045-4307-9678-63bc3c9b8c93",
  destinationId: "e478de0d-a3a0-475c-b019-25f7dd29e281",
  name: "Postgres-to-Bigquery",
});

// PATCH /connections/{connectionId}: 200 example Connection Get Response Example: left out, its schema refuses it (#/paths/~1connections~1{connectionId}/patch/responses/200/content/application~1json/examples/Connection Get Response Example/value: (body) must have required property 'connectionId'; (body) must have required property 'status'; (body) must have required property 'schedule')

// POST /workspaces: request example Workspace Creation Request Example
example<NonNullable<paths["/workspaces"]["post"]["requestBody"]>["content"]["application/json"]>()({
  name: "Company Workspace Name",
});

// POST /workspaces: 200 example Workspace Creation Response Example: left out, its schema refuses it (#/paths/~1workspaces/post/responses/200/content/application~1json/examples/Workspace Creation Response Example/value: (body) must have required property 'name'; (body) must have required property 'dataResidency'; (body) must have required property 'notifications')

// GET /workspaces/{workspaceId}: 200 example Workspace Get Response Example: left out, its schema refuses it (#/paths/~1workspaces~1{workspaceId}/get/responses/200/content/application~1json/examples/Workspace Get Response Example/value: (body) must have required property 'notifications')

// PATCH /workspaces/{workspaceId}: request example Workspace Update Request Example
example<NonNullable<paths["/workspaces/{workspaceId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  name: "Company Workspace Name",
});

// PATCH /workspaces/{workspaceId}: 200 example Workspace Update Response Example: left out, its schema refuses it (#/paths/~1workspaces~1{workspaceId}/patch/responses/200/content/application~1json/examples/Workspace Update Response Example/value: (body) must have required property 'name'; (body) must have required property 'dataResidency'; (body) must have required property 'notifications')

// POST /permissions: request example Permission Creation Request Example
example<NonNullable<paths["/permissions"]["post"]["requestBody"]>["content"]["application/json"]>()({
  permissionType: "workspace_admin",
  userId: "7d08fd6c-531e-4a00-937e-3d355f253e63",
  workspaceId: "9924bcd0-99be-453d-ba47-c2c9766f7da5",
});

// POST /permissions: 200 example Permission Creation Response Example
example<paths["/permissions"]["post"]["responses"][200]["content"]["application/json"]>()({
  permissionId: "9924bcd0-99be-453d-ba47-c2c9766f7da5",
  permissionType: "workspace_admin",
  userId: "7d08fd6c-531e-4a00-937e-3d355f253e63",
});
