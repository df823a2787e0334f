// Proves the generator takes any document and answers clearly (fixtures/hostile/cases.json): each
// case, alone as specs/hostile.yaml, either regenerates packages/hostile with code that compiles or
// fails naming the file and the line or JSON pointer — within a bounded time, without touching the
// network (a loopback server that remote $refs aim at gets no request), writing nothing outside
// packages/hostile, and, when it fails, changing nothing at all (the package generated before is
// left whole). Cases that could hang or exhaust memory run through the CLI in a child process that
// is killed after 120 s. The limits catch a hang, not slowness: each case takes a few seconds alone,
// but CI runs this file beside every other package's tests on two cores (a 30 s limit was once
// overrun there by a 4 s case). How fast generation is, bench/ measures.
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import type { BoundedResult } from "@patchbay/common/run";
import {
  makeTempDir,
  readTree,
  removeTempDir,
  repoRoot,
  treeDifferences,
} from "@patchbay/common/temp-repo";
import { SpecErrors } from "@patchbay/openapi/spec-error";
import { typecheckPackages } from "@patchbay/test-support/typecheck";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generate } from "./generate.ts";
import { VENDOR_FILES } from "./generated-files.ts";
import {
  caseNames,
  cases,
  documentOf,
  expectNamedError,
  generators,
  type HostileCase,
  hostileDir,
  inProcess,
  limited,
  runCliWithin,
  throughCli,
  withPort,
} from "./hostile-corpus.ts";

/** What every generated package holds: nothing more (no staging files), nothing less. */
const PACKAGE_FILES = VENDOR_FILES.map((file) => file.path).sort();
const IN_PROCESS_LIMIT_MS = 45_000;
const CLI_KILL_MS = 120_000;

// --- the loopback server every remote $ref aims at: it must never get a request ----------------
let server: Server;
const requestsSeen: string[] = [];
let port = 0;

const temporary: string[] = [];
/** A root holding tsconfig.base.json, packages/hostile (from base.yaml) and specs/hostile.yaml. */
let baseRoot: string;
/** Writes the case into a copy of the base root; returns the root and its tree before the run. */
function rootFor(name: string): { root: string; before: Map<string, Buffer> } {
  const root = makeTempDir(`hostile-${name.replace(/\.yaml$/, "")}`);
  temporary.push(root);
  cpSync(baseRoot, root, { recursive: true });
  const hostile = cases[name] as HostileCase;
  writeFileSync(join(root, "specs/hostile.yaml"), documentOf(name, port));
  for (const [target, source] of Object.entries(hostile.files ?? {})) {
    mkdirSync(dirname(join(root, target)), { recursive: true });
    writeFileSync(
      join(root, target),
      withPort(readFileSync(join(hostileDir, source), "utf8"), port),
    );
  }
  if (hostile.symlinkOutside) {
    writeFileSync(join(root, "outside.yaml"), "Thing:\n  type: string\n");
    mkdirSync(dirname(join(root, hostile.symlinkOutside)), { recursive: true });
    symlinkSync(join(root, "outside.yaml"), join(root, hostile.symlinkOutside));
  }
  return { root, before: readTree(root) };
}

const cliRuns = new Map<
  string,
  {
    root: string;
    before: Map<string, Buffer>;
    run: Promise<BoundedResult>;
  }
>();
/** Roots whose packages/hostile was regenerated, by case: type-checked together at the end. */
const generatedRoots = new Map<string, string>();

beforeAll(async () => {
  server = createServer((request, response) => {
    requestsSeen.push(`${request.method} ${request.url}`);
    response.end("Id:\n  type: string\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;

  baseRoot = makeTempDir("hostile-base");
  temporary.push(baseRoot);
  mkdirSync(join(baseRoot, "specs"));
  cpSync(join(repoRoot, "tsconfig.base.json"), join(baseRoot, "tsconfig.base.json"));
  cpSync(join(hostileDir, "base.yaml"), join(baseRoot, "specs/hostile.yaml"));
  await generate({ root: baseRoot });

  // Started now, two at a time, so that they overlap the in-process cases.
  const prepared = throughCli.map((name) => ({ name, ...rootFor(name) }));
  const runs = limited(
    2,
    prepared.map(
      ({ root }) =>
        () =>
          runCliWithin(root, CLI_KILL_MS),
    ),
  );
  prepared.forEach(({ name, root, before }, index) => {
    const run = runs[index] as (typeof runs)[number];
    run.catch(() => {});
    cliRuns.set(name, { root, before, run });
  });
});
afterAll(async () => {
  await Promise.allSettled([...cliRuns.values()].map(({ run }) => run));
  await new Promise((resolve) => server?.close(resolve));
  for (const dir of temporary) removeTempDir(dir);
});

/** What a failed or successful run did to the root: nothing, or packages/hostile only, whole. */
function expectTreeAfter(name: string, root: string, before: Map<string, Buffer>) {
  const expected = (cases[name] as HostileCase).expect;
  const after = readTree(root);
  const changed = treeDifferences(before, after);
  if (expected !== "generates") {
    expect(changed, "a failed generation changes nothing").toEqual([]);
    return;
  }
  expect(changed.filter((path) => !path.startsWith("packages/hostile/"))).toEqual([]);
  const packageFiles = [...after.keys()]
    .filter((path) => path.startsWith("packages/hostile/"))
    .map((path) => path.slice("packages/hostile/".length))
    .sort();
  expect(packageFiles).toEqual(PACKAGE_FILES);
  for (const file of PACKAGE_FILES) {
    // nothing from outside the document (a !include, a $ref to /etc/passwd) was read into it
    expect(after.get(`packages/hostile/${file}`)?.includes("root:x:0:0")).toBe(false);
  }
  generatedRoots.set(name, root);
}

describe("the hostile-document corpus", () => {
  it("has at least 25 cases, each with an expected outcome, and a document for each stored one", () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(25);
    const stored = readdirSync(hostileDir)
      .filter((file) => file.endsWith(".yaml"))
      .sort();
    expect(stored).toEqual(caseNames.filter((name) => !cases[name]?.generator));
    for (const name of caseNames) {
      const { expect: expected, generator } = cases[name] as HostileCase;
      if (generator) expect(generators, name).toHaveProperty(generator);
      if (expected !== "generates") {
        expect(expected.error, name).toBeTruthy();
        expect(expected.location, name).toBeTruthy();
      }
    }
    expect(caseNames.filter((name) => cases[name]?.expect === "generates").length).toBeGreaterThan(
      5,
    );
  });

  it("control: the base package exists before any case runs, so a failure could break it", () => {
    const packageFiles = [...readTree(join(baseRoot, "packages/hostile")).keys()].sort();
    expect(packageFiles).toEqual(PACKAGE_FILES);
  });
});

describe.each(inProcess)("specs/hostile.yaml = %s (generate())", (name) => {
  const hostile = cases[name] as HostileCase;
  const outcome =
    hostile.expect === "generates"
      ? "generates"
      : `fails with "${hostile.expect.error}" at ${hostile.expect.location}`;

  it(`${outcome}, in bounded time, touching no network, writing nothing else`, async () => {
    const { root, before } = rootFor(name);
    const seenBefore = requestsSeen.length;
    const fetchSpy = vi
      .spyOn(globalThis, "fetch")
      .mockRejectedValue(new Error("the generator must not use the network"));
    const started = performance.now();
    let error: unknown;
    try {
      await generate({ root });
    } catch (caught) {
      error = caught;
    } finally {
      fetchSpy.mockRestore();
    }
    expect(performance.now() - started).toBeLessThan(IN_PROCESS_LIMIT_MS);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(requestsSeen.slice(seenBefore)).toEqual([]);
    // nothing in the document reached Object.prototype
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    if (hostile.expect === "generates") {
      expect(error).toBeUndefined();
      // what is on disk is exactly what the document generates: no half-written package
      expect((await generate({ root, check: true })).changed).toEqual([]);
    } else {
      expect(error).toBeInstanceOf(SpecErrors);
      expectNamedError(name, (error as SpecErrors).errors);
    }
    expectTreeAfter(name, root, before);
  });
});

describe.each(throughCli)("specs/hostile.yaml = %s (pnpm generate, killed after 120 s)", (name) => {
  const hostile = cases[name] as HostileCase;

  it(
    `finishes by itself and ${hostile.expect === "generates" ? "generates" : "exits 1 naming the file and line"}; nothing else is written`,
    async () => {
      const entry = cliRuns.get(name);
      if (!entry) throw new Error(`the CLI run for ${name} was not started`);
      const { code, stdout, stderr, timedOut, elapsedMs } = await entry.run;
      expect(timedOut, `still running after ${elapsedMs} ms`).toBe(false);
      expect(stderr).not.toMatch(/heap out of memory|Maximum call stack size exceeded\n\s+at /);
      if (hostile.expect === "generates") {
        expect(code, stderr).toBe(0);
        expect(stdout).toMatch(/file\(s\) written/);
      } else {
        expect(code, stderr).toBe(1);
        expect(stderr).toContain(
          `Refused ${hostile.expect.file ?? "specs/hostile.yaml"}: its package is left as it was`,
        );
        const where = `${hostile.expect.file ?? "specs/hostile.yaml"}:${hostile.expect.location}:`;
        const line = stderr.split("\n").find((text) => text.startsWith(where));
        expect(line, stderr.slice(0, 2000)).toBeDefined();
        expect(line).toContain(hostile.expect.error);
      }
      expectTreeAfter(name, entry.root, entry.before);
    },
    CLI_KILL_MS + 30_000,
  );
});

describe("every package generated from a hostile document", () => {
  it("type-checks, with its README example and usage file, in one tsc run", async () => {
    const generating = caseNames.filter((name) => cases[name]?.expect === "generates");
    expect([...generatedRoots.keys()].sort()).toEqual(generating);
    const root = makeTempDir("hostile-typecheck");
    temporary.push(root);
    cpSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
    const packages = generating.map((name) => {
      // each case's packages/hostile becomes packages/<case>, imported as @patchbay/<case>
      const vendor = name.replace(/\.yaml$/, "");
      const dir = join(root, "packages", vendor);
      cpSync(join(generatedRoots.get(name) as string, "packages/hostile"), dir, {
        recursive: true,
      });
      const readme = join(dir, "README.md");
      writeFileSync(
        readme,
        readFileSync(readme, "utf8").replaceAll('"@patchbay/hostile"', `"@patchbay/${vendor}"`),
      );
      const usage = cases[name]?.usage;
      return { vendor, usageFiles: usage ? [join(hostileDir, usage)] : [] };
    });
    const { exitCode, errorsByVendor, otherErrors } = await typecheckPackages(root, packages);
    for (const { vendor } of packages) expect(errorsByVendor.get(vendor), vendor).toEqual([]);
    expect(otherErrors).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it("the loopback server that remote $refs aim at never got a request", () => {
    expect(requestsSeen).toEqual([]);
  });
});
