// A one-operation Acme document, completed from what a test gives, modelled with its sidecar.
import type { Json } from "@patchbay/common/json";
import type { Sidecar } from "@patchbay/openapi/sidecar";
import { buildVendorModel, type VendorModel } from "./vendor-model.ts";

export const ok = { "200": { description: "OK" } };

export function modelOf(doc: Json, sidecar: Sidecar = {}, name = "acme"): VendorModel {
  const document: Json = {
    openapi: "3.0.3",
    info: { title: "Acme API", version: "2.1.0" },
    servers: [{ url: "https://api.acme.example/v1/" }],
    paths: { "/things": { get: { operationId: "listThings", responses: ok } } },
    ...doc,
  };
  const bytes = Buffer.from(JSON.stringify(document));
  return buildVendorModel({ name, specFile: `specs/${name}.yaml`, bytes, document, sidecar });
}
