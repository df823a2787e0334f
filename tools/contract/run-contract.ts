import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { createBodyValidator } from "@patchbay/openapi/body-validator";
import { checkExamples } from "@patchbay/openapi/example-findings";
import { checkDocument } from "@patchbay/openapi/validate-document";
import { loadVendorDocument } from "@patchbay/openapi/vendor-document";
import type { AuthScheme, VendorDescriptor } from "@patchbay/runtime";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ContractCase, contractPlan, type OperationPlan } from "./contract-cases.ts";
import {
  CONTRACT_RESULTS_FILE,
  type ContractResults,
  formatCoverageTable,
} from "./coverage-table.ts";
import {
  EXAMPLE_FINDINGS_FILE,
  type ExampleFindings,
  formatFindingsTable,
} from "./example-findings-table.ts";
import { prismViolations } from "./prism-violations.ts";
import { retryClock } from "./retry-clock.ts";
import { checkedParts } from "./upload-loopback.ts";
import { uploadBodyOf } from "./upload-parts.ts";
import type { VendorModule } from "./vendor-module.ts";

const repositoryRoot = resolve(import.meta.dirname, "../..");
const MAX_RETRIES = 2;

/**
 * Registers the contract suite of the generated package in `packageDir` with vitest: every case
 * `contractPlan` derives from the package's document, sent through the package's own client to a
 * Prism mock of that document, then a coverage table and `contract-results.json`.
 */
export async function defineContractSuite(packageDir: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const file: string = manifest.patchbay.generatedFrom;
  // The document as patchbay uses it: the vendor's own, with patchbay's overlay applied.
  const vendorDocument = await loadVendorDocument(repositoryRoot, file);
  const { vendor, document, sha256, overlay } = vendorDocument;
  const fresh =
    sha256 === manifest.patchbay.specSha256 && overlay?.sha256 === manifest.patchbay.overlaySha256;
  const examples = checkExamples(document);
  const plan = contractPlan(vendor, document, {
    maxRetries: MAX_RETRIES,
    findings: examples.findings,
  });
  const validateBody = createBodyValidator(document);
  const uncoveredMessage = (operation: OperationPlan) =>
    operation.uncovered.length === 0
      ? undefined
      : `${vendor}: ${operation.label} cannot be contract-tested: ${file} gives no ${operation.uncovered.join(", no ")}. Add it to the document so a valid request can be built.`;
  const results: ContractResults = {
    vendor,
    package: manifest.name,
    document: file,
    operations: plan.operations.length,
    cases: plan.operations.reduce((sum, operation) => sum + operation.cases.length, 0),
    synthesized: plan.operations.reduce(
      (sum, operation) => sum + (operation.synthesized.length > 0 ? operation.cases.length : 0),
      0,
    ),
    run: 0,
    passed: 0,
    skipped: plan.operations.reduce(
      (sum, operation) => sum + operation.cases.filter((contractCase) => contractCase.skip).length,
      0,
    ),
    limited: plan.operations.reduce(
      (sum, operation) =>
        sum +
        operation.cases.filter((contractCase) => !contractCase.skip && contractCase.limit).length,
      0,
    ),
    uncovered: plan.operations.flatMap((operation) => uncoveredMessage(operation) ?? []),
    limitedCases: plan.operations.flatMap((operation) =>
      operation.cases
        .filter((contractCase) => !contractCase.skip && contractCase.limit)
        .map(
          (contractCase) =>
            `${vendor}: ${operation.label}: ${contractCase.title} — not run: ${contractCase.limit}`,
        ),
    ),
    skippedOperations: plan.operations.flatMap((operation) =>
      operation.skipped
        ? [`${vendor}: ${operation.label} is not contract-tested: ${operation.skipped}`]
        : [],
    ),
    durationMs: 0,
  };
  const mockAnswerFindings: string[] = [];
  let mocks: MockServers | undefined;
  let vendorModule: VendorModule;
  let started = 0;

  describe(`contract: ${manifest.name} against a Prism mock of ${file}`, () => {
    beforeAll(async () => {
      started = performance.now();
      vendorModule = await import(pathToFileURL(join(packageDir, "src/index.ts")).href);
      // Credentials and base URLs come from the test alone, never from the environment; the
      // variables come back in afterAll, for the package's other test files in this worker.
      for (const name of Object.keys(process.env)) {
        if (name.startsWith(`${vendorModule.descriptor.envPrefix}_`)) vi.stubEnv(name, undefined);
      }
      mocks = await startMocks({ vendors: [vendor] });
    });

    afterAll(async () => {
      vi.unstubAllEnvs();
      await mocks?.close();
      results.durationMs = Math.round(performance.now() - started);
      writeFileSync(
        join(packageDir, CONTRACT_RESULTS_FILE),
        `${JSON.stringify(results, null, 2)}\n`,
      );
      console.log(`\n${formatCoverageTable([results])}`);
      const defects = await checkDocument(
        { ...vendorDocument.loaded, document },
        join(repositoryRoot, "specs"),
      );
      const findings: ExampleFindings = {
        vendor,
        document: file,
        checked: examples.checked,
        findings: examples.findings,
        skippedCases: results.skipped,
        documentFindings: defects.findings.map((finding) => finding.message),
        mockAnswerFindings,
      };
      writeFileSync(
        join(packageDir, EXAMPLE_FINDINGS_FILE),
        `${JSON.stringify(findings, null, 2)}\n`,
      );
      if (findings.findings.length + defects.findings.length + mockAnswerFindings.length > 0)
        console.log(`\n${formatFindingsTable([findings])}`);
      const notRun = results.skipped + (results.limited ?? 0);
      if (results.run + notRun < results.cases) {
        throw new Error(
          `${vendor}: only ${results.run} of ${results.cases - notRun} contract cases ran; every case not skipped for a bad example or a limit of the mock must run`,
        );
      }
    });

    // Its turbo hash follows the package's files, its package.json the document's hash.
    it(`the package was generated from the current ${file}`, () => {
      if (!fresh) {
        throw new Error(
          `${manifest.name} was generated from another version of ${file}: run pnpm generate`,
        );
      }
    });

    for (const operation of plan.operations) {
      describe(operation.label, () => {
        if (operation.skipped) {
          it.skip(`not contract-tested: ${operation.skipped}`, () => {});
          return;
        }
        it("coverage: the document has the examples a valid request is built from", () => {
          const problem = uncoveredMessage(operation);
          if (problem) throw new Error(problem);
        });
        for (const contractCase of operation.cases) {
          if (contractCase.skip) {
            it.skip(`${contractCase.title} — skipped: ${contractCase.skip}`, () => {});
            continue;
          }
          if (contractCase.limit) {
            it.skip(`${contractCase.title} — not run: ${contractCase.limit}`, () => {});
            continue;
          }
          it(contractCase.title, async (test) => {
            results.run++;
            if (contractCase.kind === "parts checked") {
              await checkedParts(contractCase, operation, document, (baseUrl) =>
                vendorModule.createClient({
                  baseUrl,
                  ...credentialsFor(vendorModule.descriptor.auth),
                  retry: false,
                }),
              );
              results.passed++;
              return;
            }
            const notShown = await runCase(contractCase, operation, {
              vendorModule,
              baseUrl: mocks?.urls[vendor] as string,
              validateBody,
              mockAnswerFinding: (problems) =>
                mockAnswerFindings.push(
                  `${operation.label} ${contractCase.title}: the mock's answer, built from the document, contradicts its schema: ${problems.join("; ")}`,
                ),
            });
            if (notShown) {
              results.run--;
              results.skipped++;
              test.skip(notShown);
            }
            results.passed++;
          });
        }
      });
    }
  });
}

const contractPassword = "contract-secret";
const contractToken = (index: number) => `contract-test-credential-${index}`;

/**
 * A credential for every security scheme of the vendor, so that each operation is sent with what
 * its own `security` requires (the runtime picks it), as the mock checks.
 */
export function credentialsFor(schemes: readonly AuthScheme[]): Record<string, string> {
  return Object.fromEntries(
    schemes.flatMap((scheme, index) =>
      scheme.type === "basic"
        ? [
            [scheme.usernameOption, "contract-user"],
            [scheme.passwordOption, contractPassword],
          ]
        : [[scheme.option, contractToken(index)]],
    ),
  );
}

/** Where a scheme's credential goes (`header authorization`, `query key`, `cookie sid`), and as what. */
function placeOf(scheme: AuthScheme, index: number): { place: string; value: string } {
  if (scheme.type === "basic")
    return {
      place: "header authorization",
      value: `Basic ${btoa(`contract-user:${contractPassword}`)}`,
    };
  if (scheme.type === "bearer")
    return { place: "header authorization", value: `Bearer ${contractToken(index)}` };
  const name = scheme.in === "header" ? scheme.name.toLowerCase() : scheme.name;
  return { place: `${scheme.in} ${name}`, value: contractToken(index) };
}

/** What the places of the vendor's credentials held on a request: each one's value, else null. */
function credentialsSent(
  schemes: readonly AuthScheme[],
  request: { url: string; headers: Headers },
): Record<string, string | null> {
  const cookies = (request.headers.get("cookie") ?? "").split(/;\s*/);
  return Object.fromEntries(
    schemes.map((scheme, index) => {
      const { place } = placeOf(scheme, index);
      const name = place.slice(place.indexOf(" ") + 1);
      const value = place.startsWith("query ")
        ? new URL(request.url).searchParams.get(name)
        : place.startsWith("cookie ")
          ? (cookies.find((cookie) => cookie.startsWith(`${name}=`))?.slice(name.length + 1) ??
            null)
          : request.headers.get(name);
      return [place, value];
    }),
  );
}

/**
 * `expected` where the request's own parameters fill a credential's place (Composio declares its
 * `x-api-key` header as a parameter too): the caller's value is what goes, and the runtime then
 * counts that scheme as given.
 */
function withCallerParameters(
  expected: Record<string, string | null>,
  params: ContractCase["request"]["params"],
): Record<string, string | null> {
  const result = { ...expected };
  for (const place of Object.keys(result)) {
    const [location, name] = [
      place.slice(0, place.indexOf(" ")),
      place.slice(place.indexOf(" ") + 1),
    ];
    const given = (params as Record<string, Record<string, unknown> | undefined>)[location];
    const key = Object.keys(given ?? {}).find((key) => key.toLowerCase() === name.toLowerCase());
    if (given && key !== undefined) result[place] = String(given[key]);
  }
  return result;
}

/**
 * What those places hold when the operation is sent with every scheme configured: the credentials
 * of the first requirement of its own security (else the document's) that asks for any, and
 * nothing else; with `credentials` false, nothing at all.
 */
function credentialsExpected(
  descriptor: VendorDescriptor,
  operation: { method: string; path: string },
  credentials: boolean,
): Record<string, string | null> {
  const requirements =
    descriptor.operationSecurity?.[`${operation.method.toUpperCase()} ${operation.path}`] ??
    descriptor.security ??
    descriptor.auth.map((_, index) => [index]);
  const chosen = credentials
    ? (requirements.find((requirement) => requirement.length > 0) ?? [])
    : [];
  const places = descriptor.auth.map(placeOf);
  return Object.fromEntries([
    ...places.map(({ place }) => [place, null]),
    ...chosen.map((index) => [places[index]?.place, places[index]?.value]),
  ]);
}

interface CaseContext {
  vendorModule: VendorModule;
  baseUrl: string;
  validateBody: (schemaPointer: string, value: unknown) => string[];
  /** Records what Prism found wrong with its own answer (the document's defect, not the client's). */
  mockAnswerFinding: (problems: string[]) => void;
}

/**
 * Runs one case; resolves to why it could not be shown where the mock, not the client, is the
 * reason (else undefined).
 */
async function runCase(
  contractCase: ContractCase,
  operation: Pick<OperationPlan, "method" | "path" | "upload">,
  context: CaseContext,
): Promise<string | undefined> {
  const { request, expect: expected } = contractCase;
  const retried = expected.attempts > 1;
  const sent: Headers[] = [];
  const urls: string[] = [];
  const { descriptor } = context.vendorModule;
  const clock = retried ? retryClock(sent) : undefined;
  const client = context.vendorModule.createClient({
    baseUrl: context.baseUrl,
    ...(request.credentials ? credentialsFor(descriptor.auth) : {}),
    retry: retried ? { maxRetries: MAX_RETRIES, baseDelayMs: 1, maxDelayMs: 1 } : false,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const outgoing = new Request(input, init);
      sent.push(new Headers(outgoing.headers));
      urls.push(outgoing.url);
      const response = await fetch(outgoing);
      if (clock && sent.length < expected.attempts) clock.answered(response);
      return response;
    },
  });
  const call = client.request(operation.method.toLowerCase(), operation.path, {
    params: request.params,
    ...("body" in request
      ? { body: operation.upload ? uploadBodyOf(operation.upload, request.body) : request.body }
      : {}),
    headers: request.headers,
    // A documented answer with no JSON schema nor example (e.g. 202 text/plain) is read as text.
    parseAs: expected.schema !== undefined || expected.example !== undefined ? "json" : "text",
  });
  const { data, error, response } = clock ? await clock.drive(call) : await call;

  const violations = prismViolations(response.headers.get("sl-violations"));
  // Prism validates a request body only where it can compile its schema (some of Plaid's it
  // cannot): a body without a required field then gets the 2xx and no violation at all. The case
  // cannot be shown on this mock; it is reported as skipped, with why.
  if (
    expected.violatedField &&
    response.status >= 200 &&
    response.status < 300 &&
    violations.length === 0
  ) {
    return `the mock did not validate this request body (it answered ${response.status} with no violation: Prism could not check its schema), so a missing ${expected.violatedField} cannot be shown`;
  }
  // Prism checks the answer it built from the document against the document: what it finds there
  // is the document's (an example its schema refuses, a property example off its format), never
  // the client's. It is a finding; the body is then not held to the schema, all else still is.
  const answerAtOdds = violations
    .filter((violation) => violation.location[0] === "response")
    .map((violation) => `${violation.location.join(".")}: ${violation.message}`);
  if (answerAtOdds.length > 0) context.mockAnswerFinding(answerAtOdds);
  expect(response.status).toBe(expected.status);
  expect(sent, "requests sent (attempts)").toHaveLength(expected.attempts);
  // With every scheme configured, exactly the operation's own requirement went; without, nothing.
  expect(
    credentialsSent(descriptor.auth, { url: urls[0] as string, headers: sent[0] as Headers }),
    "the credentials sent, by place",
  ).toEqual(
    withCallerParameters(
      credentialsExpected(descriptor, operation, request.credentials),
      request.params,
    ),
  );
  if (clock)
    expect(clock.waits(), "retried only after the mock's Retry-After").toEqual(clock.asked());

  const ok = expected.status >= 200 && expected.status < 300;
  const body = ok ? data : error;
  if (ok) expect(error, "error").toBeUndefined();
  else {
    expect(data, "data").toBeUndefined();
    // A documented redirect or other 3xx may have no body at all, and so may an error the
    // document declares without content (then `response.ok` says it failed); any other error
    // answer has one (Prism makes up a problem+json body for an answer the document lacks).
    if ((expected.status >= 400 && !expected.bodyless) || expected.schema || expected.example)
      expect(error, "the typed error body").toBeDefined();
  }
  if (expected.schema && answerAtOdds.length === 0) {
    const problems = context.validateBody(expected.schema, body);
    // Without an example in the document, Prism makes the answer up from the schema
    // (json-schema-sampler): it cuts a recursive schema short with `{}` and writes "string"
    // whatever the pattern, and it checks its own answer only where Ajv compiles the schema (not
    // beside OpenAPI 3.0's `nullable` with no `type`: Stripe's). Such an answer's defects are the
    // mock's, not the client's: a finding, as with the ones Prism reports itself.
    if (problems.length > 0 && !expected.example)
      context.mockAnswerFinding([
        `(made up from the schema, the document giving no example) ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? `; … ${problems.length - 3} more` : ""}`,
      ]);
    else expect(problems, "schema errors").toEqual([]);
  }
  if (expected.example) expect(body).toEqual(expected.example.value);
  if (expected.violatedField) {
    // In `sl-violations` when Prism answers with the document's own 4xx; in a body it makes up itself.
    const reported = [
      ...violations,
      ...((body as { validation?: typeof violations } | undefined)?.validation ?? []),
    ];
    expect(
      reported.some(
        (violation) =>
          /^(request\.)?body/.test(violation.location.join(".")) &&
          violation.message.includes(`'${expected.violatedField}'`),
      ),
      `Prism's violations name ${expected.violatedField}: ${JSON.stringify(reported)}`,
    ).toBe(true);
  }
}
