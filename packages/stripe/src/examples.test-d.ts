// Generated from specs/stripe.json by tools/generator; do not edit (change the document or the generator).
// Every example in the document must satisfy the generated types; `tsc --noEmit` checks it.
import type { paths } from "./schema.js";

/** `T` with every array and object readonly: what a `const` literal is checked against. */
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Whether a value fits `T`, as a type-level `extends`: unlike `satisfies` (or a parameter
 * typed `T`) it makes no excess-property check, so an example may carry properties its schema
 * does not name, as a schema without `additionalProperties: false` allows. A value that does not
 * fit leaves out the argument `example_does_not_fit_its_type`.
 */
const example =
  <T>() =>
  <const V>(
    value: V,
    ..._fits: [V] extends [DeepReadonly<T>] ? [] : [example_does_not_fit_its_type: never]
  ): V =>
    value;


