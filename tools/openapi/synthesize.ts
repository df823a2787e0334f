// Values synthesized from a document's schemas where it gives no example: the contract suite's
// requests, and what Prism answers (Prism's static mode samples with the same library, Stoplight's
// json-schema-sampler). Deterministic: the same schema always gives the same value, so a failing
// case fails the same way on every run. The property examples a document gives are used first
// (`example`, `examples`, `default`, `const`, an enum's first value); the type only where none is.
import { sample } from "@stoplight/json-schema-sampler";

export type Direction = "request" | "response";

export interface Synthesized {
  value: unknown;
}

/**
 * A value for `schema` (resolved against `document`), or a reason none could be made. Requests
 * leave out readOnly properties, answers writeOnly ones; `requiredOnly` leaves out every optional
 * property (a smaller value, for when the fuller one does not validate).
 */
export function synthesize(
  document: object,
  schema: unknown,
  direction: Direction,
  { requiredOnly = false } = {},
): Synthesized | { problem: string } {
  if (schema === undefined || schema === null || typeof schema !== "object")
    return { problem: "it has no schema to synthesize a value from" };
  try {
    const value = sample(
      schema as Parameters<typeof sample>[0],
      {
        skipReadOnly: direction === "request",
        skipWriteOnly: direction === "response",
        skipNonRequired: requiredOnly,
        quiet: true,
        maxSampleDepth: 8,
      },
      document,
    );
    return { value };
  } catch (error) {
    return {
      problem: `no value could be synthesized from its schema (${(error as Error).message})`,
    };
  }
}
