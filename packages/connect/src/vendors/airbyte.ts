// Generated from specs/airbyte.patchbay.yaml by tools/generator; do not edit (change a sidecar or the generator).
import { createClient, descriptor } from "@patchbay/airbyte";
import { defineVendor } from "../define-vendor.js";

/** Airbyte for `@patchbay/connect`: what `connect("airbyte", …)` calls and how its answers read. */
export const definition = defineVendor({
  createClient,
  descriptor,
  displayName: "Airbyte",
  operations: {
    create: {
      method: "post",
      path: "/sources/initiateOAuth",
    },
    get: {
      method: "get",
      path: "/sources/{sourceId}",
    },
    list: {
      method: "get",
      path: "/sources",
    },
    delete: {
      method: "delete",
      path: "/sources/{sourceId}",
    },
    complete: {
      method: "post",
      path: "/sources",
    },
  },
  start: {
    connectionId: null,
    status: "authorization_required",
    authorizationUrl: [
      "consentUrl",
    ],
    expiresAt: null,
  },
  connection: {
    connectionId: [
      "sourceId",
    ],
    status: "connected",
    name: [
      "name",
    ],
    createdAt: {
      epoch: [
        "createdAt",
      ],
      unit: "s",
    },
  },
  completed: {
    connectionId: [
      "sourceId",
    ],
    status: "connected",
    name: [
      "name",
    ],
    createdAt: {
      epoch: [
        "createdAt",
      ],
      unit: "s",
    },
  },
  record: [],
  items: [
    "data",
  ],
  pagination: {
    offset: {
      in: "query",
      name: "offset",
      more: [
        "next",
      ],
    },
  },
  cliExamples: {
    create: "--body '{\"redirectUrl\":\"https://cloud.airbyte.io/v1/api/oauth/callback\",\"workspaceId\":\"871d9b60-11d1-44cb-8c92-c246d53bf87e\",\"sourceType\":\"google-sheets\"}'",
    get: "--path sourceId=18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
    list: "",
    delete: "--path sourceId=18dccc91-0ab1-4f72-9ed7-0b8fc27c5826",
    complete: "",
  },
});

declare module "@patchbay/connect" {
  interface PatchbayVendors {
    "airbyte": typeof definition;
  }
}
