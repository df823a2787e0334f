// Compiles one usage fixture against a package's generated `src/` with the TypeScript compiler
// API, in a throwaway directory under tools/.tmp/ (ignored by git).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";
import type { TypeCheckResult } from "./classify.ts";

export interface CompileFixtureInput {
  /** Repository root: `packages/runtime/src` and `node_modules` are resolved from here. */
  root: string;
  /** The fixture's source text (it imports the client from `../src/index.js`). */
  fixture: string;
  /** The generated sources to compile against (a package's `src/`). Test files are left out. */
  srcDir: string;
  /** The tsconfig.json whose compiler options apply (the package's own). */
  tsconfig: string;
  /** How diagnostics name the fixture, e.g. `packages/datagrid/test/usage.fixture.ts`. */
  fixtureLabel: string;
}

/** One line per error; longer messages are cut, because they end up in a changelog. */
const MAX_MESSAGE_LENGTH = 160;

export function compileFixture(input: CompileFixtureInput): TypeCheckResult {
  const tmpBase = join(input.root, "tools", ".tmp");
  mkdirSync(tmpBase, { recursive: true });
  const dir = mkdtempSync(join(tmpBase, "usage-type-check-"));
  try {
    cpSync(input.srcDir, join(dir, "src"), {
      recursive: true,
      filter: (source) => !/\.test(-d)?\.ts$/.test(source),
    });
    const fixtureFile = join(dir, "test", "usage.fixture.ts");
    mkdirSync(dirname(fixtureFile), { recursive: true });
    writeFileSync(fixtureFile, input.fixture);

    const options = compilerOptions(input.tsconfig, input.root);
    const program = ts.createProgram({
      rootNames: [fixtureFile],
      options,
      host: cachingHost(options, dir),
    });
    // Only the fixture and the generated code it compiles against are checked: the runtime and
    // the libraries have their own checks (and checking them would triple the time).
    const checked = program.getSourceFiles().filter((file) => isInside(dir, file.fileName));
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...checked.flatMap((file) => [
        ...program.getSyntacticDiagnostics(file),
        ...program.getSemanticDiagnostics(file),
      ]),
    ]
      .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
      .map((diagnostic) => formatDiagnostic(diagnostic, dir, fixtureFile, input.fixtureLabel));
    return { ok: diagnostics.length === 0, diagnostics: [...new Set(diagnostics)] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Parsed library files (lib.dom.d.ts, @types/node, openapi-fetch, the runtime), shared by every
 * check in this process: parsing them is most of a check's time, and they do not change during
 * a run. Files under the throwaway directory are always read afresh.
 */
const sharedSourceFiles = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions, dir: string): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (isInside(dir, fileName)) return getSourceFile(fileName, languageVersion, ...rest);
    const key = `${JSON.stringify(languageVersion)}:${fileName}`;
    let file = sharedSourceFiles.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, ...rest);
      if (file) sharedSourceFiles.set(key, file);
    }
    return file;
  };
  return host;
}

function compilerOptions(tsconfig: string, root: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (read.error) throw new Error(`${tsconfig}: ${flatten(read.error.messageText)}`);
  const parsed = ts.parseJsonConfigFileContent(
    read.config,
    ts.sys,
    dirname(tsconfig),
    undefined,
    tsconfig,
  );
  return {
    ...parsed.options,
    noEmit: true,
    // The workspace's runtime source, so nothing has to be built first.
    paths: { "@patchbay/runtime": [join(root, "packages", "runtime", "src", "index.ts")] },
    allowImportingTsExtensions: true,
  };
}

function formatDiagnostic(
  diagnostic: ts.Diagnostic,
  dir: string,
  fixtureFile: string,
  fixtureLabel: string,
): string {
  const message = flatten(diagnostic.messageText);
  const text = `error TS${diagnostic.code}: ${message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message}`;
  if (!diagnostic.file || diagnostic.start === undefined) return text;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const name =
    diagnostic.file.fileName === fixtureFile.split(sep).join("/")
      ? fixtureLabel
      : relative(dir, diagnostic.file.fileName).split(sep).join("/");
  return `${name}(${line + 1},${character + 1}): ${text}`;
}

/**
 * The head of a message chain (the rest repeats it for each member of a union), with long quoted
 * types cut: `Property 'error' does not exist on type 'Readable<ErrorResponse<{ 200: …'`.
 */
const flatten = (message: string | ts.DiagnosticMessageChain) =>
  (typeof message === "string" ? message : message.messageText)
    .replace(/\s+/g, " ")
    .replace(/'([^']{60,})'/g, (_quoted, type: string) => `'${type.slice(0, 40)}…'`)
    .trim();

const isInside = (dir: string, file: string) => {
  const path = relative(dir, file);
  return path !== "" && !path.startsWith("..");
};
