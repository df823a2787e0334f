// What Prism says it found wrong with a request or with its own answer.
export interface PrismViolation {
  location: string[];
  message: string;
}

/**
 * Prism's `sl-violations` header: a JSON array of what it found wrong with the request or its own
 * answer, or, past its limit, the bare text `Too many violations!`, which is kept as one violation
 * of no known location (so a case that expects a named field says what Prism said instead).
 */
export function prismViolations(header: string | null): PrismViolation[] {
  if (header === null || header.trim() === "") return [];
  try {
    const parsed: unknown = JSON.parse(header);
    if (Array.isArray(parsed)) return parsed as PrismViolation[];
  } catch {
    // not JSON: Prism's own words
  }
  return [{ location: ["(Prism did not say where)"], message: header }];
}
