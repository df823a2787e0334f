import { resolve } from "node:path";

/**
 * The common start of patchbay's maintainer CLIs: a usage error prints the message and usage and
 * exits 2, `--help` prints usage and exits 0, and `--root` defaults to this checkout.
 */
export function readCommandLine<P extends { values: { help?: boolean; root?: string } }>(
  parse: () => P,
  usage: string,
): { parsed: P; root: string } | { exitCode: number } {
  let parsed: P;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return { exitCode: 2 };
  }
  if (parsed.values.help) {
    console.log(usage);
    return { exitCode: 0 };
  }
  return { parsed, root: resolve(parsed.values.root ?? resolve(import.meta.dirname, "..", "..")) };
}
