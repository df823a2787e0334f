import { describe, expect, it } from "vitest";
import { nearestPointer } from "./render-schema.ts";

// openapi-typescript's own failures name a place of the schema it made, not of the document.
// Redocly refuses what made them so far (an enum of strings under `type: object` is
// no-enum-type-mismatch now); this keeps the location right for the next one.
describe("nearestPointer: where an openapi-typescript failure is in the document", () => {
  const document = {
    components: {
      schemas: {
        config: {
          type: "object",
          properties: { connection_method: { type: "object", enum: ["privatelink", "direct"] } },
        },
      },
    },
  };

  it("walks through `properties` and stops where the document has nothing more", () => {
    expect(
      nearestPointer(
        document,
        "Expected SchemaObject, received string at #/components/schemas/config/connection_method/oneOf/0",
      ),
    ).toBe("#/components/schemas/config/properties/connection_method");
  });

  it("is the root where no place is named, or the named one is not a pointer", () => {
    expect(nearestPointer(document, "Cannot read properties of undefined")).toBe("#");
    expect(nearestPointer(document, "bad at #/components/schemas/~2")).toBe("#");
  });
});
