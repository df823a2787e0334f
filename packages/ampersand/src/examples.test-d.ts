// Generated from specs/ampersand.json by tools/generator; do not edit (change the document or the generator).
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

// POST /oauth-connect: request example basicOAuth
example<NonNullable<paths["/oauth-connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  projectIdOrName: "my-project",
  provider: "salesforce",
  groupRef: "group-123",
  consumerRef: "user_123456",
});

// POST /oauth-connect: request example withProviderWorkspace
example<NonNullable<paths["/oauth-connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  projectIdOrName: "my-project",
  provider: "salesforce",
  groupRef: "group-123",
  groupName: "Acme Corp",
  consumerRef: "user_123456",
  consumerName: "John Doe",
  providerWorkspaceRef: "acme-corp",
  providerAppId: "32356abe-d2fd-49c7-9030-abdcbc6456d4",
});

// POST /oauth-connect: request example withProviderMetadata
example<NonNullable<paths["/oauth-connect"]["post"]["requestBody"]>["content"]["application/json"]>()({
  projectIdOrName: "my-project",
  provider: "netsuite",
  groupRef: "group-456",
  consumerRef: "user_789012",
  providerMetadata: {
    accountId: {
      value: "1234567890",
      source: "input",
    },
  },
});

// POST /projects: request example example
example<NonNullable<paths["/projects"]["post"]["requestBody"]>["content"]["application/json"]>()({
  appName: "MailMonkey",
  name: "mailmonkey-staging",
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// GET /projects/{projectIdOrName}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// PATCH /projects/{projectIdOrName}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}"]["patch"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// PATCH /projects/{projectIdOrName}: request example example
example<NonNullable<paths["/projects/{projectIdOrName}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  updateMask: [
    "appName",
  ],
  project: {
    appName: "MailMonkey Pro",
  },
});

// GET /projects/{projectIdOrName}/provider-apps: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/provider-apps"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/provider-apps: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/provider-apps"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// DELETE /projects/{projectIdOrName}/provider-apps/{providerAppId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/provider-apps/{providerAppId}"]["delete"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  providerAppId: "32356abe-d2fd-49c7-9030-abdcbc6456d4",
});

// PATCH /projects/{projectIdOrName}/provider-apps/{providerAppId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/provider-apps/{providerAppId}"]["patch"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  providerAppId: "32356abe-d2fd-49c7-9030-abdcbc6456d4",
});

// GET /projects/{projectIdOrName}/integrations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/integrations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// GET /projects/{projectIdOrName}/integrations/{integrationIdOrName}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationIdOrName}"]["get"]["parameters"]["path"]>>()({
  integrationIdOrName: "123e4567-e89b-12d3-a456-426614174000",
  projectIdOrName: "my-project",
});

// DELETE /projects/{projectIdOrName}/integrations/{integrationIdOrName}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationIdOrName}"]["delete"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationIdOrName: "123e4567-e89b-12d3-a456-426614174000",
});

// PUT /projects/{projectIdOrName}/integrations:batch: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations:batch"]["put"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/revisions/{revisionId}:hydrate: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/revisions/{revisionId}:hydrate"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
  revisionId: "f0e1d2c3-b4a5-6789-0abc-def123456789",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/revisions/{revisionId}:hydrate: query parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/revisions/{revisionId}:hydrate"]["get"]["parameters"]["query"]>>()({
  connectionId: "1a2b3c4d-5e6f-7890-abcd-ef0123456789",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "550e8400-e29b-41d4-a716-446655440000",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations: 200 example example: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1integrations~1{integrationId}~1installations/get/responses/200/content/application~1json/example: /0/config/content/read/objects/account must have required property 'selectedFieldMappings')

// POST /projects/{projectIdOrName}/integrations/{integrationId}/installations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "113e9685-9a51-42cc-8662-9d9725b17f14",
});

// POST /projects/{projectIdOrName}/integrations/{integrationId}/installations: request example writeOnly
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations"]["post"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  connectionId: "a1c4e7b2-8f3d-4a6e-9c2b-5d8f1e4a7b3c",
  config: {
    content: {
      provider: "salesforce",
      write: {
        objects: {
          contacts: {
            objectName: "contacts",
          },
        },
      },
    },
  },
});

// POST /projects/{projectIdOrName}/integrations/{integrationId}/installations: request example readWriteAndSubscribe
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations"]["post"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-456",
  connectionId: "b2d5f8a3-9e4c-4b7f-8d1a-6c9e2f5b8d4a",
  config: {
    content: {
      provider: "salesforce",
      read: {
        objects: {
          contacts: {
            objectName: "contacts",
            schedule: "*/15 * * * *",
            selectedFields: {
              phone: true,
              email: true,
            },
            selectedFieldMappings: {
              phoneNumber: "phone",
              emailAddress: "email",
            },
          },
        },
      },
      write: {
        objects: {
          contacts: {
            objectName: "contacts",
          },
        },
      },
      subscribe: {
        objects: {
          contacts: {
            objectName: "contacts",
            destination: "contactWebhook",
            inheritFieldsAndMappings: true,
          },
        },
      },
    },
  },
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "550e8400-e29b-41d4-a716-446655440000",
  installationId: "7b3c9d2e-5a1f-4e8b-b6d4-9c8a2f1e5d3b",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}: 200 example example: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1integrations~1{integrationId}~1installations~1{installationId}/get/responses/200/content/application~1json/example: /config/content/read/objects/account must have required property 'selectedFieldMappings')

// PATCH /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}"]["patch"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "e3a7f9c1-4b2d-4e8a-9f6b-2d5c8a1e3b7f",
  installationId: "7b3c9d2e-5a1f-4e8b-b6d4-9c8a2f1e5d3b",
});

// PATCH /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}: request example example: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1integrations~1{integrationId}~1installations~1{installationId}/patch/requestBody/content/application~1json/example: /installation/config/content must pass "x-patchbay-some-property" keyword validation)

// GET /projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "e3a7f9c1-4b2d-4e8a-9f6b-2d5c8a1e3b7f",
  objectName: "account",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata: query parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata"]["get"]["parameters"]["query"]>>()({
  groupRef: "group-123",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata: 200 example example
example<paths["/projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata"]["get"]["responses"][200]["content"]["application/json"]>()({
  name: "account",
  displayName: "Account",
  mappedObjectName: "companies",
  fields: {
    name: {
      fieldName: "name",
      displayName: "Account Name",
      valueType: "string",
      providerType: "string",
      readOnly: false,
      isCustom: false,
      isRequired: true,
    },
    billingcity: {
      fieldName: "billingcity",
      displayName: "Billing City",
      valueType: "string",
      providerType: "string",
      readOnly: false,
      isCustom: false,
      isRequired: false,
    },
    industry: {
      fieldName: "industry",
      displayName: "Industry",
      valueType: "singleSelect",
      providerType: "picklist",
      readOnly: false,
      isCustom: false,
      isRequired: false,
      values: [
        {
          value: "technology",
          displayValue: "Technology",
        },
        {
          value: "finance",
          displayValue: "Finance",
        },
      ],
    },
  },
});

// GET /projects/{projectIdOrName}/installations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/installations"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// GET /projects/{projectIdOrName}/installations: 200 example example: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1installations/get/responses/200/content/application~1json/example: /0/config/content/read/objects/account must have required property 'selectedFieldMappings')

// GET /projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  provider: "salesforce",
  objectName: "contact",
});

// GET /projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata: query parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata"]["get"]["parameters"]["query"]>>()({
  groupRef: "group-123",
});

// GET /projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata: 200 example example
example<paths["/projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata"]["get"]["responses"][200]["content"]["application/json"]>()({
  name: "contact",
  displayName: "Contact",
  fields: {
    firstname: {
      fieldName: "firstname",
      displayName: "First Name",
      valueType: "string",
      providerType: "string",
      readOnly: false,
      isCustom: false,
      isRequired: true,
    },
    email: {
      fieldName: "email",
      displayName: "Email",
      valueType: "string",
      providerType: "string",
      readOnly: false,
      isCustom: false,
      isRequired: false,
    },
    lifecyclestage: {
      fieldName: "lifecyclestage",
      displayName: "Lifecycle Stage",
      valueType: "singleSelect",
      providerType: "enumeration",
      readOnly: false,
      isCustom: false,
      isRequired: false,
      values: [
        {
          value: "lead",
          displayValue: "Lead",
        },
        {
          value: "customer",
          displayValue: "Customer",
        },
      ],
    },
  },
});

// PUT /projects/{projectIdOrName}/integrations/{integrationId}/object-metadata: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/object-metadata"]["put"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "32356abe-d2fd-49c7-9030-abdcbc6456d4",
});

// PUT /projects/{projectIdOrName}/integrations/{integrationId}/object-metadata: request example createTextFields
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/object-metadata"]["put"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  fields: {
    Account: [
      {
        fieldName: "Industry",
        displayName: "Industry Sector",
        description: "The industry this account operates in",
        valueType: "string",
        required: false,
        stringOptions: {
          length: 255,
          defaultValue: "Technology",
        },
      },
      {
        fieldName: "Company_Size",
        displayName: "Company Size",
        valueType: "string",
        stringOptions: {
          values: [
            "Small",
            "Medium",
            "Large",
            "Enterprise",
          ],
          valuesRestricted: true,
        },
      },
    ],
    Contact: [
      {
        fieldName: "Seniority_Level",
        displayName: "Seniority Level",
        valueType: "string",
        stringOptions: {
          values: [
            "Junior",
            "Mid",
            "Senior",
            "Executive",
          ],
          valuesRestricted: true,
        },
      },
    ],
  },
});

// PUT /projects/{projectIdOrName}/integrations/{integrationId}/object-metadata: request example createNumericFields
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/object-metadata"]["put"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  fields: {
    Opportunity: [
      {
        fieldName: "Deal_Score",
        displayName: "Deal Score",
        description: "Likelihood score from 0-100",
        valueType: "float",
        required: true,
        numericOptions: {
          precision: 5,
          scale: 2,
          min: 0,
          max: 100,
          defaultValue: 50,
        },
      },
    ],
  },
});

// PUT /projects/{projectIdOrName}/integrations/{integrationId}/object-metadata: request example createAssociationField
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/object-metadata"]["put"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  fields: {
    Task: [
      {
        fieldName: "Related_Contact",
        displayName: "Related Contact",
        valueType: "string",
        association: {
          associationType: "lookup",
          targetObject: "Contact",
          targetField: "Id",
          cardinality: "many-to-one",
          required: false,
          labels: {
            singular: "Contact",
            plural: "Contacts",
          },
        },
      },
    ],
  },
});

// PUT /projects/{projectIdOrName}/providers/{provider}/object-metadata: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/providers/{provider}/object-metadata"]["put"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  provider: "salesforce",
});

// PUT /projects/{projectIdOrName}/providers/{provider}/object-metadata: request example createTextFields
example<NonNullable<paths["/projects/{projectIdOrName}/providers/{provider}/object-metadata"]["put"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  fields: {
    Account: [
      {
        fieldName: "Industry",
        displayName: "Industry Sector",
        description: "The industry this account operates in",
        valueType: "string",
        required: false,
        stringOptions: {
          length: 255,
          defaultValue: "Technology",
        },
      },
      {
        fieldName: "Company_Size",
        displayName: "Company Size",
        valueType: "string",
        stringOptions: {
          values: [
            "Small",
            "Medium",
            "Large",
            "Enterprise",
          ],
          valuesRestricted: true,
        },
      },
    ],
    Contact: [
      {
        fieldName: "Seniority_Level",
        displayName: "Seniority Level",
        valueType: "string",
        stringOptions: {
          values: [
            "Junior",
            "Mid",
            "Senior",
            "Executive",
          ],
          valuesRestricted: true,
        },
      },
    ],
  },
});

// PUT /projects/{projectIdOrName}/providers/{provider}/object-metadata: request example createNumericFields
example<NonNullable<paths["/projects/{projectIdOrName}/providers/{provider}/object-metadata"]["put"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  fields: {
    Opportunity: [
      {
        fieldName: "Deal_Score",
        displayName: "Deal Score",
        description: "Likelihood score from 0-100",
        valueType: "float",
        required: true,
        numericOptions: {
          precision: 5,
          scale: 2,
          min: 0,
          max: 100,
          defaultValue: 50,
        },
      },
    ],
  },
});

// PUT /projects/{projectIdOrName}/providers/{provider}/object-metadata: request example createAssociationField
example<NonNullable<paths["/projects/{projectIdOrName}/providers/{provider}/object-metadata"]["put"]["requestBody"]>["content"]["application/json"]>()({
  groupRef: "group-123",
  fields: {
    Task: [
      {
        fieldName: "Related_Contact",
        displayName: "Related Contact",
        valueType: "string",
        association: {
          associationType: "lookup",
          targetObject: "Contact",
          targetField: "Id",
          cardinality: "many-to-one",
          required: false,
          labels: {
            singular: "Contact",
            plural: "Contacts",
          },
        },
      },
    ],
  },
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  integrationId: "113e9685-9a51-42cc-8662-9d9725b17f14",
  installationId: "66438162-5299-4669-a41d-85c5a3b1a83e",
  objectName: "contact",
});

// GET /projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress: 200 example example
example<paths["/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress"]["get"]["responses"][200]["content"]["application/json"]>()({
  installationId: "66438162-5299-4669-a41d-85c5a3b1a83e",
  objectName: "contact",
  operationId: "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
  recordsProcessed: 1250,
  recordsEstimatedTotal: 5000,
  createTime: "2025-02-13T10:00:00Z",
  updateTime: "2025-02-13T10:05:00Z",
});

// GET /projects/{projectIdOrName}/operations/{operationId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/operations/{operationId}"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  operationId: "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
});

// GET /projects/{projectIdOrName}/operations/{operationId}: 200 example readSuccess
example<paths["/projects/{projectIdOrName}/operations/{operationId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  projectId: "123e4567-e89b-12d3-a456-426614174000",
  integrationId: "113e9685-9a51-42cc-8662-9d9725b17f14",
  installationId: "66438162-5299-4669-a41d-85c5a3b1a83e",
  configId: "a1b2c3d4-e5f6-4789-a012-3456789abcde",
  actionType: "read",
  status: "success",
  id: "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
  result: "[contact] No new data found",
  metadata: {
    objects: [
      "contact",
    ],
  },
  createTime: "2023-07-13T21:34:44.816354Z",
});

// GET /projects/{projectIdOrName}/operations/{operationId}: 200 example readProgress
example<paths["/projects/{projectIdOrName}/operations/{operationId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  projectId: "123e4567-e89b-12d3-a456-426614174000",
  integrationId: "113e9685-9a51-42cc-8662-9d9725b17f14",
  installationId: "66438162-5299-4669-a41d-85c5a3b1a83e",
  configId: "a1b2c3d4-e5f6-4789-a012-3456789abcde",
  actionType: "read",
  status: "in_progress",
  id: "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
  metadata: {
    objects: [
      "contact",
    ],
    progress: {
      installationId: "66438162-5299-4669-a41d-85c5a3b1a83e",
      objectName: "contact",
      operationId: "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
      recordsProcessed: 1250,
      recordsEstimatedTotal: 5000,
    },
  },
  createTime: "2023-07-13T21:34:44.816354Z",
});

// GET /projects/{projectIdOrName}/operations/{operationId}: 200 example writeSuccess
example<paths["/projects/{projectIdOrName}/operations/{operationId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  projectId: "123e4567-e89b-12d3-a456-426614174000",
  integrationId: "113e9685-9a51-42cc-8662-9d9725b17f14",
  installationId: "66438162-5299-4669-a41d-85c5a3b1a83e",
  configId: "a1b2c3d4-e5f6-4789-a012-3456789abcde",
  actionType: "write",
  status: "success",
  id: "7a8b9c0d-1e2f-4a5b-8c9d-0e1f2a3b4c5d",
  result: "Batch write completed (2 succeeded, 0 failed)",
  metadata: {
    objects: [
      "contact",
    ],
    successfulRecordIds: [
      "001xx000003DGbYAAW",
      "001xx000003DGbZAAW",
    ],
  },
  createTime: "2023-07-13T22:10:00.000000Z",
});

// GET /projects/{projectIdOrName}/operations/{operationId}: default (application/problem+json) example example
example<paths["/projects/{projectIdOrName}/operations/{operationId}"]["get"]["responses"]["default"]["content"]["application/problem+json"]>()({
  type: "https://httpstatuses.com/404",
  title: "Not Found",
  status: 404,
  detail: "Operation not found for the given operation ID.",
  subsystem: "api",
  time: "2024-04-22T18:55:28.456076Z",
  requestId: "89eb1ffb-2a54-4105-aaae-7bf990f1aa69#87715",
  remedy: "Verify the operation ID and project are correct, or list operations to find a valid ID.",
  retryable: false,
});

// GET /providers: 200 example example
example<paths["/providers"]["get"]["responses"][200]["content"]["application/json"]>()({
  salesforce: {
    name: "salesforce",
    displayName: "Salesforce",
    authType: "oauth2",
    baseURL: "https://{{.workspace}}.my.salesforce.com",
    defaultModule: "crm",
    support: {
      read: true,
      write: true,
      delete: true,
      subscribe: true,
      proxy: true,
      bulkWrite: {
        insert: true,
        update: true,
        upsert: true,
        delete: true,
      },
      search: {
        operators: {
          equals: true,
        },
      },
    },
    providerOpts: {},
  },
  hubspot: {
    name: "hubspot",
    displayName: "HubSpot",
    authType: "oauth2",
    baseURL: "https://api.hubapi.com",
    defaultModule: "",
    support: {
      read: true,
      write: true,
      delete: true,
      subscribe: true,
      proxy: true,
      bulkWrite: {
        insert: false,
        update: false,
        upsert: false,
        delete: false,
      },
      search: {
        operators: {
          equals: true,
        },
      },
    },
    providerOpts: {},
  },
});

// GET /providers/{provider}: path parameters of a valid call
example<NonNullable<paths["/providers/{provider}"]["get"]["parameters"]["path"]>>()({
  provider: "hubspot",
});

// GET /projects/{projectIdOrName}/api-keys: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/api-keys"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/api-keys: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/api-keys"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// GET /projects/{projectIdOrName}/connections: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/connections"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/connections:generate: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/connections:generate"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// GET /projects/{projectIdOrName}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  connectionId: "connection-123",
});

// DELETE /projects/{projectIdOrName}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["delete"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  connectionId: "connection-123",
});

// PATCH /projects/{projectIdOrName}/connections/{connectionId}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["patch"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  connectionId: "connection-123",
});

// PATCH /projects/{projectIdOrName}/connections/{connectionId}: request example rotateApiKey
example<NonNullable<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  updateMask: [
    "apiKey",
  ],
  connection: {
    apiKey: "new-api-key-value",
  },
});

// PATCH /projects/{projectIdOrName}/connections/{connectionId}: request example updateBasicAuth
example<NonNullable<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  updateMask: [
    "basicAuth",
  ],
  connection: {
    basicAuth: {
      username: "new-username",
      password: "new-password",
    },
  },
});

// PATCH /projects/{projectIdOrName}/connections/{connectionId}: request example updateWorkspaceRef
example<NonNullable<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  updateMask: [
    "providerWorkspaceRef",
  ],
  connection: {
    providerWorkspaceRef: "new-workspace-id",
  },
});

// PATCH /projects/{projectIdOrName}/connections/{connectionId}: 200 example example: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1connections~1{connectionId}/patch/responses/200/content/application~1json/example: /group must have required property 'createTime'; /group must have required property 'projectId'; /consumer must have required property 'createTime')

// PATCH /projects/{projectIdOrName}/connections/{connectionId}: 400 (application/problem+json) example example
example<paths["/projects/{projectIdOrName}/connections/{connectionId}"]["patch"]["responses"][400]["content"]["application/problem+json"]>()({
  type: "about:blank",
  title: "Bad Request",
  status: 400,
  detail: "Invalid update mask",
  subsystem: "api",
  time: "2024-04-22T18:55:28.456076Z",
  requestId: "89eb1ffb-2a54-4105-aaae-7bf990f1aa69#87715",
  remedy: "Allowed masks: 'providerWorkspaceRef, providerMetadata, apiKey, basicAuth, oauth2ClientCredentials, oauth2PasswordCredentials'",
  retryable: false,
});

// GET /projects/{projectIdOrName}/destinations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/destinations"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/destinations: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/destinations"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// GET /projects/{projectIdOrName}/destinations/{destination}: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/destinations/{destination}"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
  destination: "leadConvertedWebhook",
});

// GET /orgs/{orgId}: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}"]["get"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// PATCH /orgs/{orgId}: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}"]["patch"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// GET /orgs/{orgId}/builders: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}/builders"]["get"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// GET /orgs/{orgId}/invites: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}/invites"]["get"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// POST /orgs/{orgId}/invites: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}/invites"]["post"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// POST /orgs/{orgId}/memberships: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}/memberships"]["post"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// GET /orgs/{orgId}/billingAccount: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}/billingAccount"]["get"]["parameters"]["path"]>>()({
  orgId: "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79",
});

// GET /projects/{projectIdOrName}/topics: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/topics"]["get"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/topics: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/topics"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/notification-event-topic-routes: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/notification-event-topic-routes"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/notification-event-topic-routes: request example route_example
example<NonNullable<paths["/projects/{projectIdOrName}/notification-event-topic-routes"]["post"]["requestBody"]>["content"]["application/json"]>()({
  eventType: "installation.created",
  topicId: "1234567890abcdef",
});

// POST /projects/{projectIdOrName}/topic-destination-routes: path parameters of a valid call
example<NonNullable<paths["/projects/{projectIdOrName}/topic-destination-routes"]["post"]["parameters"]["path"]>>()({
  projectIdOrName: "my-project",
});

// POST /projects/{projectIdOrName}/topic-destination-routes: request example route_example
example<NonNullable<paths["/projects/{projectIdOrName}/topic-destination-routes"]["post"]["requestBody"]>["content"]["application/json"]>()({
  topicId: "1234567890abcdef",
  destinationId: "abcdef1234567890",
});

// GET /projects/{projectIdOrName}/jwt-keys: 200 example example1
example<paths["/projects/{projectIdOrName}/jwt-keys"]["get"]["responses"][200]["content"]["application/json"]>()([
  {
    id: "550e8400-e29b-41d4-a716-446655440000",
    projectId: "123e4567-e89b-12d3-a456-426614174000",
    label: "production-key-1",
    algorithm: "RSA",
    publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem/V41\n-----END PUBLIC KEY-----\n",
    active: true,
    createTime: "2024-01-15T10:30:00Z",
    updateTime: "2024-01-15T10:30:00Z",
  },
  {
    id: "550e8400-e29b-41d4-a716-446655440001",
    projectId: "123e4567-e89b-12d3-a456-426614174000",
    label: "development-key-1",
    algorithm: "RSA",
    publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5g6xh6m3iLtUfOqn/W52\n-----END PUBLIC KEY-----\n",
    active: false,
    createTime: "2024-01-10T08:15:00Z",
    updateTime: "2024-01-12T14:20:00Z",
  },
]);

// GET /projects/{projectIdOrName}/jwt-keys: 200 example emptyList
example<paths["/projects/{projectIdOrName}/jwt-keys"]["get"]["responses"][200]["content"]["application/json"]>()([]);

// POST /projects/{projectIdOrName}/jwt-keys: request example example1: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1jwt-keys/post/requestBody/content/application~1json/examples/example1/value: (body) must have required property 'label'; /algorithm must be equal to one of the allowed values)

// POST /projects/{projectIdOrName}/jwt-keys: 201 example example1
example<paths["/projects/{projectIdOrName}/jwt-keys"]["post"]["responses"][201]["content"]["application/json"]>()({
  kid: "550e8400-e29b-41d4-a716-446655440000",
});

// POST /projects/{projectIdOrName}/jwt-keys: 400 example invalidAlgorithm
example<paths["/projects/{projectIdOrName}/jwt-keys"]["post"]["responses"][400]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/400",
  title: "Bad Request",
  status: 400,
  detail: "unsupported algorithm",
  validationIssues: [
    {
      field: "algorithm",
      value: "ECDSA",
      detail: "only RSA algorithm is supported",
      remedy: "use 'RSA' as the algorithm",
    },
  ],
});

// POST /projects/{projectIdOrName}/jwt-keys: 400 example invalidPublicKey
example<paths["/projects/{projectIdOrName}/jwt-keys"]["post"]["responses"][400]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/400",
  title: "Bad Request",
  status: 400,
  detail: "invalid public key",
  validationIssues: [
    {
      field: "publicKeyPem",
      detail: "invalid RSA public key in PEM format",
      remedy: "provide a valid RSA public key in PEM format",
    },
  ],
});

// POST /projects/{projectIdOrName}/jwt-keys: 404 example projectNotFound
example<paths["/projects/{projectIdOrName}/jwt-keys"]["post"]["responses"][404]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/404",
  title: "Not Found",
  status: 404,
  detail: "project not found",
  validationIssues: [
    {
      field: "projectId",
      detail: "project not found",
      remedy: "check the project ID and try again",
    },
  ],
});

// GET /projects/{projectIdOrName}/jwt-keys/{keyId}: 200 example example1
example<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["get"]["responses"][200]["content"]["application/json"]>()({
  id: "550e8400-e29b-41d4-a716-446655440000",
  projectId: "123e4567-e89b-12d3-a456-426614174000",
  label: "production-key-1",
  algorithm: "RSA",
  publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem/V41\n-----END PUBLIC KEY-----\n",
  active: true,
  createTime: "2024-01-15T10:30:00Z",
  updateTime: "2024-01-15T10:30:00Z",
});

// GET /projects/{projectIdOrName}/jwt-keys/{keyId}: 404 example keyNotFound
example<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["get"]["responses"][404]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/404",
  title: "Not Found",
  status: 404,
  detail: "JWT key not found",
  remedy: "check the key ID and project ID are both correct, and try again",
});

// DELETE /projects/{projectIdOrName}/jwt-keys/{keyId}: 404 example keyNotFound
example<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["delete"]["responses"][404]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/404",
  title: "Not Found",
  status: 404,
  detail: "JWT key not found",
  remedy: "check the key ID and project ID are both correct, and try again",
});

// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}: request example deactivateKey
example<NonNullable<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["patch"]["requestBody"]>["content"]["application/json"]>()({
  updateMask: [
    "active",
  ],
  jwtKey: {
    active: false,
  },
});

// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}: request example renameKey: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1jwt-keys~1{keyId}/patch/requestBody/content/application~1json/examples/renameKey/value: /updateMask/0 must be equal to one of the allowed values)

// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}: request example updateMultiple: left out, its schema refuses it (#/paths/~1projects~1{projectIdOrName}~1jwt-keys~1{keyId}/patch/requestBody/content/application~1json/examples/updateMultiple/value: /updateMask/1 must be equal to one of the allowed values)

// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}: 200 example example1
example<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["patch"]["responses"][200]["content"]["application/json"]>()({
  id: "550e8400-e29b-41d4-a716-446655440000",
  projectId: "123e4567-e89b-12d3-a456-426614174000",
  label: "updated-key-name",
  algorithm: "RSA",
  publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem/V41\n-----END PUBLIC KEY-----\n",
  active: false,
  createTime: "2024-01-15T10:30:00Z",
  updateTime: "2024-01-16T15:45:00Z",
});

// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}: 400 example invalidMask
example<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["patch"]["responses"][400]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/400",
  title: "Bad Request",
  status: 400,
  detail: "Invalid update mask",
  remedy: "Allowed masks: 'active' and 'name'",
});

// PATCH /projects/{projectIdOrName}/jwt-keys/{keyId}: 422 example missingValue
example<paths["/projects/{projectIdOrName}/jwt-keys/{keyId}"]["patch"]["responses"][422]["content"]["application/json"]>()({
  type: "https://httpstatuses.com/422",
  title: "Unprocessable Entity",
  status: 422,
  detail: "value not found for mask",
  validationIssues: [
    {
      field: "jwtKey",
      detail: "required field missing for specified mask",
    },
  ],
});

// GET /claimed-domains: query parameters of a valid call
example<NonNullable<paths["/claimed-domains"]["get"]["parameters"]["query"]>>()({
  domain: "xyz@withampersand.com",
});

// GET /orgs/{orgId}/claimed-domains: path parameters of a valid call
example<NonNullable<paths["/orgs/{orgId}/claimed-domains"]["get"]["parameters"]["path"]>>()({
  orgId: "orgId",
});
