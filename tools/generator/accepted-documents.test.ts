// Documents patchbay once refused or could not type though they are valid OpenAPI
// (fixtures/accepted/): no servers, a relative or protocol-relative server, an HTTP scheme other
// than bearer and basic, mutual TLS, examples that disagree with their own schemas, a $ref into a
// schema's own definitions, a nullable schema in an allOf whose parent requires its properties,
// and what Redocly's struct rule refuses though the generator types it as the author meant
// (`nullable` beside an anyOf with no type, `nullable` in 3.1, `type: "null"` in 3.0, null in an
// enum that is not nullable, any value in an `x-` field). Each generates a package that says what the
// user must supply, and every package type-checks (one tsc run), README example included.
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
} from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir, repoRoot } from "@patchbay/common/temp-repo";
import { workLimitMs } from "@patchbay/common/work-limit";
import { type TypecheckResult, typecheckPackages } from "@patchbay/test-support/typecheck";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "./generate.ts";

const acceptedDir = join(import.meta.dirname, "fixtures", "accepted");
const vendors = readdirSync(acceptedDir)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => file.replace(/\.yaml$/, ""))
  .sort();

const CONTROL = "misfit-examples";
const thing = `paths["/things"]["post"]["responses"][201]["content"]["application/json"]`;
const MISFITS = [
  "",
  `example<${thing}>()({ id: 1, name: "lamp" });`,
  `example<${thing}>()({ id: "thing_1" });`,
  `example<${thing}>()({ id: "thing_1", name: "lamp", owner: { email: null } });`,
  // a property its schema does not name fits, as JSON Schema allows it
  `example<${thing}>()({ id: "thing_1", name: "lamp", colour: "red" });`,
].join("\n");

let root: string;
let typecheck: TypecheckResult;
const read = (vendor: string, file: string) =>
  readFileSync(join(root, "packages", vendor, file), "utf8");

beforeAll(
  async () => {
    root = makeTempDir("accepted");
    mkdirSync(join(root, "specs"));
    for (const vendor of vendors)
      copyFileSync(join(acceptedDir, `${vendor}.yaml`), join(root, "specs", `${vendor}.yaml`));
    copyFileSync(join(repoRoot, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
    await generate({ root });
    // A control: the same type checks with examples that do not fit must fail, each on its line.
    cpSync(join(root, "packages", "bad-examples"), join(root, "packages", CONTROL), {
      recursive: true,
    });
    appendFileSync(join(root, "packages", CONTROL, "src", "examples.test-d.ts"), MISFITS);
    typecheck = await typecheckPackages(
      root,
      [...vendors, CONTROL].map((vendor) => ({ vendor, usageFiles: [] })),
    );
  },
  workLimitMs({ generate: vendors.length + 1, typeCheck: 1 }),
);
afterAll(() => removeTempDir(root));

describe("documents patchbay accepts as published", () => {
  it("every package type-checks, examples and README example included", () => {
    expect(typecheck.otherErrors).toEqual([]);
    for (const vendor of vendors) expect(typecheck.errorsByVendor.get(vendor), vendor).toEqual([]);
  });

  it("the examples' type checks refuse a value that does not fit, and only those", () => {
    const file = readFileSync(join(root, "packages", CONTROL, "src", "examples.test-d.ts"), "utf8");
    const total = file.split("\n").length;
    const lines = (typecheck.errorsByVendor.get(CONTROL) ?? [])
      .map((error) => /examples\.test-d\.ts\((\d+),/.exec(error)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(lines).toEqual([total - 3, total - 2, total - 1]);
    expect(typecheck.errorsByVendor.get(CONTROL)?.join("\n")).toContain("Expected 2 arguments");
  });

  it.each([
    ["no-servers", "it names no server"],
    ["relative-server", 'its first server is "/v1", not an absolute URL'],
    [
      "protocol-relative-server",
      'its first server is "//api.accepted.example/v1", not an absolute URL',
    ],
  ])(
    "%s: baseUrl is a required option whose doc comment says why; the README passes one",
    (vendor, why) => {
      const index = read(vendor, "src/index.ts");
      expect(index).toContain('defaultBaseUrl: ""');
      expect(index).toContain(
        `Base URL of the API, required: specs/${vendor}.yaml gives no absolute one (${why})`,
      );
      expect(index).toMatch(/^ {2}baseUrl: string;$/m);
      expect(index).toMatch(/export function createClient\(options: \w+ClientOptions\): /);
      expect(read(vendor, "README.md")).toContain("Base URL: `baseUrl`, required");
      expect(read(vendor, "README.md")).toContain('createClient({ baseUrl: "https://…"');
    },
  );

  it("an absolute server stays the default, and createClient() needs no options", () => {
    const index = read("http-digest", "src/index.ts");
    expect(index).toContain('defaultBaseUrl: "https://api.accepted.example/v1"');
    expect(index).toMatch(/export function createClient\(options: \w+ClientOptions = \{\}\): /);
  });

  it.each([
    ["http-digest", "HTTP digest", "an `Authorization: digest …` header through `headers`"],
    [
      "mutual-tls",
      "mutual TLS",
      "a client certificate: pass a `fetch` whose connection presents it",
    ],
  ])("%s: a credential with no option is named, with how to send it", (vendor, kind, how) => {
    const index = read(vendor, "src/index.ts");
    expect(index).toContain(`also accepts ${kind} (`);
    expect(index).toContain(how);
    expect(index).toContain("auth: []");
    expect(read(vendor, "README.md")).toContain(`- ${kind} (\``);
  });

  it("a $ref into a schema's own definitions gets a type, under a name of its own", () => {
    const schema = read("nested-definitions", "src/schema.ts");
    expect(schema).toContain(
      '// components["schemas"]["Account.definitions.institution"]: a schema referred to where it is nested',
    );
    expect(schema).toContain(
      'institution?: components["schemas"]["Account.definitions.institution"];',
    );
    expect(schema).not.toContain('["definitions"]');
  });

  it("what only Redocly's struct rule refuses is typed as the author meant", () => {
    expect(read("nullable-beside-anyof", "src/schema.ts")).toContain(
      'account: (components["schemas"]["Owner"] | components["schemas"]["Team"]) | null;',
    );
    expect(read("null-type-in-openapi-30", "src/schema.ts")).toContain(
      "expires_at: string | null;",
    );
    expect(read("nullable-in-openapi-31", "src/schema.ts")).toMatch(
      /nickname\?: \(\(string \| null\) \| null\) \| null;/,
    );
    expect(read("null-in-enum", "src/schema.ts")).toMatch(
      /frequency: "monthly" \| "weekly" \| null;/,
    );
    // keywords a Schema Object does not have change no type
    expect(read("unknown-schema-keywords", "src/schema.ts")).toMatch(
      /api_key: string;\s+start_date\?: string;/,
    );
    // x-codeSamples and x-webhooks are no part of the client
    expect(read("extension-values", "src/schema.ts")).not.toContain("x-sdk-exclude");
    expect(read("extension-values", "README.md")).toContain("`createAccount`");
  });

  it("a document without operations (3.1, webhooks only) gets a client and says so", () => {
    const readme = read("webhooks-only", "README.md");
    expect(readme).toContain("The document has no operations (under `paths`)");
    expect(readme).toContain("const client = createClient();");
  });

  it("examples its schema refuses are left out of the type checks, naming the finding", () => {
    const checks = read("bad-examples", "src/examples.test-d.ts");
    expect(checks).toContain(
      "// POST /things: request example wrong-type: left out, its schema refuses it (#/paths/~1things/post/requestBody/content/application~1json/examples/wrong-type/value: /name must be string)",
    );
    expect(checks).toContain(
      "// POST /things: 201 example missing-name: left out, its schema refuses it (#/components/examples/thing-without-name/value: (body) must have required property 'name')",
    );
    // $refs to components/examples inside a value are resolved, not written as { $ref } objects
    expect(checks).not.toContain("$ref");
    expect(checks).toContain('email: "ada@accepted.example"');
    expect(checks).toMatch(/\/\/ POST \/things: request example good\nexample</);
  });
});
