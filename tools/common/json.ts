/** A parsed JSON (or YAML) object: what OpenAPI documents, sidecars and overlays are made of. */
export type Json = Record<string, unknown>;

/** Whether `value` is a JSON object: not null, not an array. */
export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);
