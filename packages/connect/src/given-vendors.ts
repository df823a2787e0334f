import type { AnyDefinition } from "./call-operation.js";
import { ConfigurationError, failure } from "./errors.js";
import type { Catalog } from "./patchbay.js";

/**
 * The catalog of the `vendors` an app passes to `createPatchbay` (`{ datagrid }`, each from
 * `@patchbay/connect/vendors/<vendor>`): only these vendors, already loaded, so that a bundle
 * holds no other vendor's name or loader. Each key must name its own definition.
 */
export function givenCatalog(given: object): Catalog {
  const definitions = given as Record<string, AnyDefinition | undefined>;
  const names = Object.keys(definitions).sort();
  for (const name of names) {
    if (definitions[name]?.descriptor?.vendor !== name) {
      throw new ConfigurationError(
        `createPatchbay: vendors.${name} is not the definition from @patchbay/connect/vendors/${name}`,
        { vendor: name },
      );
    }
  }
  return {
    names,
    definitionOf: async (vendor) => {
      if (typeof vendor === "string" && names.includes(vendor))
        return definitions[vendor] as AnyDefinition;
      // The words of the error are loaded with it (failure.ts).
      throw (await failure()).unknownVendor(ConfigurationError, vendor, names);
    },
  };
}
