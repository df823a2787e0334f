import { isObject, type Json } from "@patchbay/common/json";
import { deref } from "@patchbay/openapi/examples";
import { formPropertyStyles, requestMediaOf } from "@patchbay/openapi/form-bodies";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import type { FormBodies, FormStyle } from "@patchbay/runtime";

/**
 * The descriptor's `formBodies`: the operations whose request body is a form only (no JSON), by
 * `"METHOD /path"`, and how their properties that may hold an object or an array are written;
 * undefined where there are none. Compact for a document of hundreds of form operations (Stripe's
 * 452): where most operations with a body send forms, only the others are listed (`allExcept`);
 * the style most such properties have is said once (`style`), and only the properties written
 * otherwise are listed, per operation.
 */
export function formBodiesOf(doc: Json): FormBodies | undefined {
  const forms = new Map<string, Map<string, FormStyle>>();
  const others: string[] = [];
  forEachOperation(doc, (operation, _at, method, path) => {
    const key = `${method.toUpperCase()} ${path}`;
    const requestBody = deref<Json | undefined>(doc, operation.requestBody);
    if (!isObject(requestBody) || !isObject(requestBody.content)) return;
    const media = requestMediaOf(doc, operation);
    if (media.kind === "form") forms.set(key, formPropertyStyles(doc, media.media));
    else others.push(key);
  });
  if (forms.size === 0) return undefined;
  const counts = new Map<FormStyle, number>();
  for (const styles of forms.values())
    for (const style of styles.values()) counts.set(style, (counts.get(style) ?? 0) + 1);
  // the most common; OpenAPI's default (form) where none is, or on a tie
  let style: FormStyle = "form";
  for (const [candidate, count] of counts) if (count > (counts.get(style) ?? 0)) style = candidate;
  const properties = Object.fromEntries(
    [...forms].flatMap(([key, styles]) => {
      const own = [...styles].filter(([, each]) => each !== style);
      return own.length > 0 ? [[key, Object.fromEntries(own)]] : [];
    }),
  );
  return {
    ...(others.length < forms.size ? { allExcept: others } : { operations: [...forms.keys()] }),
    style,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}
