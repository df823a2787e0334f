import type { ErrorObject } from "ajv";
import type { LoadedDocument } from "./load-document.js";
import type { SpecError } from "./spec-error.js";

/**
 * Ajv's findings on a loaded YAML file as SpecErrors at their file:line: an unknown key is
 * reported at the key itself, everything else at the value that failed.
 */
export function schemaErrors(
  loaded: LoadedDocument,
  errors: readonly ErrorObject[] | null | undefined,
): SpecError[] {
  const seen = new Set<string>();
  const result: SpecError[] = [];
  for (const error of errors ?? []) {
    // anyOf/oneOf/if repeat their branches' findings; the branches say more.
    if (["anyOf", "oneOf", "if"].includes(error.keyword) && (errors?.length ?? 0) > 1) continue;
    const unknownKey =
      error.keyword === "additionalProperties"
        ? String((error.params as { additionalProperty: string }).additionalProperty)
        : undefined;
    const pointer = `#${error.instancePath}${unknownKey === undefined ? "" : `/${unknownKey.replaceAll("~", "~0").replaceAll("/", "~1")}`}`;
    const problem =
      unknownKey === undefined
        ? `${error.message ?? "is invalid"}${allowedValues(error)}`
        : `has unknown key "${unknownKey}"`;
    if (seen.has(pointer + problem)) continue;
    seen.add(pointer + problem);
    result.push(loaded.errorAt(pointer, problem));
  }
  return result;
}

const allowedValues = (error: ErrorObject) =>
  error.keyword === "enum"
    ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(", ")})`
    : "";
