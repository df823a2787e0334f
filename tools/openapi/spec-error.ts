/** A problem in a vendor document, with where it is: `specs/acme.yaml:12:3 (#/paths/~1x/post) message`. */
export class SpecError extends Error {
  override name = "SpecError";
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
    readonly pointer?: string,
  ) {
    super(formatSpecProblem(file, problem, line, column, pointer));
  }
}

export function formatSpecProblem(
  file: string,
  problem: string,
  line?: number,
  column?: number,
  pointer?: string,
): string {
  const where =
    line === undefined ? file : `${file}:${line}${column === undefined ? "" : `:${column}`}`;
  return `${where}${pointer === undefined ? "" : ` (${pointer || "#"})`} ${problem}`;
}

/** Several problems found in one pass; generation reports them all at once. */
export class SpecErrors extends Error {
  override name = "SpecErrors";
  constructor(readonly errors: SpecError[]) {
    super(errors.map((error) => error.message).join("\n"));
  }
}
