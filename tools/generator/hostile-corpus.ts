// The hostile-document corpus (fixtures/hostile/cases.json) and what its test needs beside it:
// each case's document (stored, or made by a generator when too big, deep or binary to store),
// the check that a failure names the case's file and line or pointer, and a bounded CLI run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type BoundedResult, run } from "@patchbay/common/run";
import { repoRoot, toolsDir } from "@patchbay/common/temp-repo";
import type { SpecError } from "@patchbay/openapi/spec-error";
import { expect } from "vitest";

export type Expected = "generates" | { error: string; location: number | string; file?: string };
export interface HostileCase {
  problem: string;
  expect: Expected;
  generator?: keyof typeof generators;
  cli?: boolean;
  files?: Record<string, string>;
  symlinkOutside?: string;
  usage?: string;
}

export const hostileDir = join(import.meta.dirname, "fixtures", "hostile");
export const { $comment: _comment, ...cases } = JSON.parse(
  readFileSync(join(hostileDir, "cases.json"), "utf8"),
) as Record<string, HostileCase>;
export const caseNames = Object.keys(cases).sort();
export const inProcess = caseNames.filter((name) => !cases[name]?.cli);
export const throughCli = caseNames.filter((name) => cases[name]?.cli);
const MiB = 1024 * 1024;

const base = () => readFileSync(join(hostileDir, "base.yaml"), "utf8");
/** Documents too big, deep or binary to store, written by the test. */
export const generators = {
  aliasQuadraticMapping: () =>
    `${base()}x-big: &big\n${Array.from({ length: 2000 }, (_, i) => `  k${i}: [v, v, v, v, v, v, v, v, v, v]\n`).join("")}x-uses:\n${Array.from({ length: 990 }, (_, i) => `  u${i}: *big\n`).join("")}`,
  aliasQuadraticString: () =>
    `${base()}x-big: &big ${"z".repeat(8 * MiB)}\nx-uses:\n${Array.from({ length: 990 }, (_, i) => `  u${i}: *big\n`).join("")}`,
  deepSequences: () => `${base()}x-deep: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`,
  deepMappings: () => `${base()}x-deep: ${"{a: ".repeat(50_000)}1${"}".repeat(50_000)}\n`,
  hugeString: () =>
    base().replace(
      "    Thing:\n      type: object\n",
      `    Thing:\n      type: object\n      description: ${"d".repeat(10 * MiB)}\n`,
    ),
  /** The first bytes of a PNG image: NULs on line 3 (after `\r\n` and `\x1a\n`). */
  pngBytes: () =>
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
    ]),
  utf16: () => Buffer.from(`\ufeff${base()}`, "utf16le"),
} satisfies Record<string, () => string | Buffer>;

/** `text` with `{{PORT}}` aimed at the loopback server every remote $ref aims at. */
export const withPort = (text: string, port: number) => text.replaceAll("{{PORT}}", String(port));

/** The case's document, as bytes. */
export function documentOf(name: string, port: number): Buffer {
  const hostile = cases[name] as HostileCase;
  if (hostile.generator) {
    const made = generators[hostile.generator]();
    return typeof made === "string" ? Buffer.from(made) : made;
  }
  const stored = readFileSync(join(hostileDir, name));
  return stored.includes("{{PORT}}")
    ? Buffer.from(withPort(stored.toString("utf8"), port))
    : stored;
}

/** `pnpm generate --root <root>`, killed (with its children) at `ms`. */
export const runCliWithin = (root: string, ms: number): Promise<BoundedResult> =>
  // --write: where CI is set, generate would otherwise only check.
  run(
    join(repoRoot, "node_modules", ".bin", "tsx"),
    [join(toolsDir, "generator", "cli.ts"), "--root", root, "--write"],
    { cwd: repoRoot, killAfterMs: ms },
  );

/** Runs `tasks` at most `limit` at a time; each promise is in `results` at once. */
export function limited<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  return tasks.map(async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  });
}

/** The case's error among `errors`: at its file, its line or pointer, with its message. */
export function expectNamedError(name: string, errors: SpecError[]) {
  const expected = (cases[name] as HostileCase).expect as Exclude<Expected, "generates">;
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.file).toMatch(/^specs\//);
    expect(error.line, error.message).toBeGreaterThan(0);
  }
  const file = expected.file ?? "specs/hostile.yaml";
  const match = errors.find(
    (error) =>
      error.file === file &&
      (typeof expected.location === "number"
        ? error.line === expected.location
        : error.pointer === expected.location) &&
      error.problem.includes(expected.error),
  );
  expect(
    match,
    `${JSON.stringify(expected)} among:\n${errors.map((e) => e.message).join("\n")}`,
  ).toBeDefined();
}
