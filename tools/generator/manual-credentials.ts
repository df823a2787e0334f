import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { forEachOperation } from "@patchbay/openapi/validate-document";

/** A security scheme the client has no option for: what the user must supply, and how. */
export interface ManualCredential {
  /** The scheme's name in `components.securitySchemes`. */
  scheme: string;
  /** `HTTP Digest`, `mutual TLS`. */
  kind: string;
  /** How to send it, e.g. "an `Authorization: Digest …` header through `headers`". */
  how: string;
}

/**
 * The security schemes the document's requirements name that patchbay has no option for (an HTTP
 * scheme other than bearer and basic, mutual TLS), in the order the document prefers them. The
 * package is generated all the same; its README and `createClient` say how to send them.
 */
export function manualCredentials(doc: Json): ManualCredential[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const order: string[] = [];
  const note = (requirements: unknown) => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements)
      for (const key of Object.keys(isObject(requirement) ? requirement : {}))
        if (!order.includes(key)) order.push(key);
  };
  note(doc.security);
  forEachOperation(doc, (operation) => note(operation.security));
  return order.flatMap((name): ManualCredential[] => {
    const scheme = deref<Json>(doc, schemes[name]);
    if (!isObject(scheme)) return [];
    if (scheme.type === "mutualTLS")
      return [
        {
          scheme: name,
          kind: "mutual TLS",
          how: "a client certificate: pass a `fetch` whose connection presents it",
        },
      ];
    const http = String(scheme.scheme ?? "");
    if (scheme.type !== "http" || ["bearer", "basic"].includes(http.toLowerCase())) return [];
    const label = http.replace(/[^\w.+-]/g, "");
    return [
      {
        scheme: name,
        kind: `HTTP ${label}`,
        how: `an \`Authorization: ${label} …\` header through \`headers\``,
      },
    ];
  });
}
