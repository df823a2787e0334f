import { operationExample } from "@patchbay/openapi/operation-example";
import { createOperationOf, type Vendor, vendors } from "./subjects.ts";

export type CreateInput = { params: Record<string, unknown>; body?: unknown };

/** Each vendor's create-connection input, from its document's example (overlay applied). */
export async function createInputs(): Promise<Record<Vendor, CreateInput>> {
  return Object.fromEntries(
    await Promise.all(
      vendors.map(async (vendor) => [
        vendor,
        await operationExample(vendor, createOperationOf(vendor)),
      ]),
    ),
  );
}
