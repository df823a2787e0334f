import { isObject, type Json } from "@patchbay/common/json";
import { createBodyValidator } from "@patchbay/openapi/body-validator";
import { checkExamples, type ExampleFinding, exampleKey } from "@patchbay/openapi/example-findings";
import { deref, exampleCall, examplesOf, type OperationExample } from "@patchbay/openapi/examples";
import { requestMediaOf, uploadMediaOf } from "@patchbay/openapi/form-bodies";
import { follow, pointerOf, tokensOf } from "@patchbay/openapi/json-pointer";
import { synthesize } from "@patchbay/openapi/synthesize";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import {
  credentialParameters,
  type DocumentedExample,
  type DocumentedResponse,
  lowestSuccess,
  namedExamples,
  prismResponseFor,
  requiredFields,
  requiresCredentials,
  responseTable,
  shadowedBy,
  undefinedSchemesOf,
} from "./documented-operation.ts";
import { prismFormLimit, prismMissesRemoved, prismQueryLimit } from "./prism-forms.ts";
import { filePartsOf } from "./upload-parts.ts";

export type CaseKind =
  | "valid request"
  | "documented response"
  | "no credentials"
  | "required field removed"
  | "parts checked";

export interface ContractRequest {
  params: OperationExample["params"];
  body?: unknown;
  /** Headers for Prism itself, e.g. `Prefer: code=429, example=rate-limited`. */
  headers: Record<string, string>;
  /** Send the vendor's credentials; `false` sends none at all. */
  credentials: boolean;
}

export interface ExpectedResponse {
  status: number;
  /** JSON pointer, in the document, of the body's schema, where the response has one. */
  schema?: string;
  /** The documented example Prism answers with, where the response has one. */
  example?: { name: string; value: unknown };
  /** Requests the client sends in all: more than 1 where the runtime retries (429, 503). */
  attempts: number;
  /** The request field Prism must name in its violation (`sl-violations`). */
  violatedField?: string;
  /** The document declares the answer without content, so an error has no body to type. */
  bodyless?: true;
}

export interface ContractCase {
  kind: CaseKind;
  /** Unique within the operation, e.g. `Prefer: code=429, example=rate-limited → 429, retried 2×`. */
  title: string;
  request: ContractRequest;
  expect: ExpectedResponse;
  /** Why the case is not run: an example it is built on disagrees with its schema. */
  skip?: string;
  /** Why the case is not run: the mock cannot judge the request (Prism's reading of form bodies). */
  limit?: string;
}

export interface OperationPlan {
  method: string;
  path: string;
  operationId?: string;
  /** `POST /connections (createConnection)`. */
  label: string;
  cases: ContractCase[];
  /**
   * What the document gives no example for, so its cases send a value synthesized from the schema
   * (`path parameter "id"`, `request body`); empty where every value comes from its examples.
   */
  synthesized: string[];
  /** Why no case can run: what the document lacks to build a valid request. Empty when covered. */
  uncovered: string[];
  /** Why the operation is not tested although the document is complete: a limit of the suite or the mock. */
  skipped?: string;
  /**
   * An upload body (multipart or bytes): its media type and file parts. The runner gives the
   * client a Blob for each file part (the plan's bodies hold the document's strings there), and a
   * `parts checked` case sends the valid request to a loopback server that checks the parts.
   */
  upload?: { kind: "multipart" | "binary"; type: string; files: Record<string, "one" | "many"> };
}

export interface ContractPlan {
  vendor: string;
  operations: OperationPlan[];
}

export interface PlanOptions {
  /** Retries the runtime is given for 429 and 503 answers. */
  maxRetries: number;
  /** The document's example findings (checkExamples); computed when not given. */
  findings?: ExampleFinding[];
}

/** Statuses the runtime retries whatever the method (design: 429 and 503 say the server did not act). */
const ALWAYS_RETRIED = new Set([429, 503]);

/**
 * Every contract case of every operation of a document, derived from the document alone: a new
 * operation or response gets its cases with no test edit. Pure; the runner sends them.
 */
export function contractPlan(
  vendor: string,
  doc: Json,
  options: PlanOptions = { maxRetries: 2 },
): ContractPlan {
  const operations: OperationPlan[] = [];
  let bodyValidator: ReturnType<typeof createBodyValidator> | undefined;
  const validateBody = () => {
    bodyValidator ??= createBodyValidator(doc);
    return bodyValidator;
  };
  const findings = new Map(
    (options.findings ?? checkExamples(doc).findings).map((found) => [found.example, found]),
  );
  forEachOperation(doc, (operation, at, method, path) => {
    const pathItem = (doc.paths as Json)[path] as Json;
    const operationId =
      typeof operation.operationId === "string" ? operation.operationId : undefined;
    const plan: OperationPlan = {
      method: method.toUpperCase(),
      path,
      operationId,
      label: `${method.toUpperCase()} ${path}${operationId ? ` (${operationId})` : ""}`,
      cases: [],
      uncovered: [],
      synthesized: [],
    };
    operations.push(plan);
    // an upload body (multipart, bytes) is built as JSON is, from its schema; the runner sends files
    const upload = uploadMediaOf(doc, operation);
    const requestMedia: ReturnType<typeof requestMediaOf> | NonNullable<typeof upload> =
      upload ?? requestMediaOf(doc, operation);
    if (upload)
      plan.upload = {
        kind: upload.kind,
        type: upload.type,
        files: upload.kind === "multipart" ? filePartsOf(doc, upload.media) : {},
      };
    const bodySchemaAt =
      requestMedia.type &&
      pointerOf(follow(doc, [...at, "requestBody", "content", requestMedia.type, "schema"]));
    const bodyRequired =
      isObject(deref<Json>(doc, operation.requestBody)) &&
      (deref<Json>(doc, operation.requestBody) as Json).required === true;
    /** Why Prism cannot judge this body as the client sends it (a form's), if it cannot. */
    const limitOf = (body: unknown): string | undefined =>
      requestMedia.kind === "form" && body !== undefined
        ? prismFormLimit(doc, method, requestMedia.media, body, bodyRequired)
        : undefined;
    const call = exampleCall(doc, pathItem, operation, {
      synthesize: (schema, what) =>
        what === "request body" && bodySchemaAt
          ? synthesizedBody(doc, schema, bodySchemaAt, validateBody(), limitOf)
          : synthesize(doc, schema, "request"),
    });
    if (upload && call.body === undefined && bodySchemaAt) {
      // exampleCall synthesizes JSON and form bodies only: an upload's is synthesized here (also
      // where the body is optional: the upload is what the operation is for)
      const made = synthesizedBody(
        doc,
        (upload.media as Json | undefined)?.schema ?? { type: "string" },
        bodySchemaAt,
        validateBody(),
        () => undefined,
      );
      if ("value" in made) {
        call.body = made.value;
        call.missing = call.missing.filter((what) => what !== "request body");
        call.synthesized.push("request body");
      }
    }
    plan.synthesized = call.synthesized;
    const twin = shadowedBy(doc, method, path);
    if (("unsupported" in requestMedia && requestMedia.unsupported) || twin) {
      plan.skipped =
        "unsupported" in requestMedia && requestMedia.unsupported
          ? `its request body is only ${requestMedia.unsupported}, which the contract suite does not build`
          : `Prism cannot tell it from ${method.toUpperCase()} ${twin} (the same template but for the parameter's name) and routes both there`;
      return;
    }
    plan.uncovered.push(...call.missing.map((what) => `example for the ${what}`));
    if (plan.uncovered.length > 0) return;

    const responses = responseTable(doc, at);
    const success = lowestSuccess(responses);
    const requestExamples = namedExamples(doc, requestMedia.media);
    const bodies: { name?: string; value: unknown }[] = requestExamples.some(
      (example) => example.named,
    )
      ? requestExamples
      : [{ value: call.body }];
    const valid = (body: unknown, headers: Record<string, string> = {}): ContractRequest => ({
      params: call.params,
      ...(body === undefined ? {} : { body }),
      headers,
      credentials: true,
    });
    const queryLimit = prismQueryLimit(
      doc,
      [...parametersOf(doc, pathItem), ...parametersOf(doc, operation)],
      (call.params as { query?: Record<string, unknown> }).query,
    );
    const limited = (body: unknown): { limit?: string } => {
      const limit = limitOf(body) ?? queryLimit;
      return limit ? { limit } : {};
    };
    const covered = new Set<string>();
    const skipReason = skipReasonFor(method, path, findings, {
      requestMediaType: requestMedia.type,
      unnamedBody: examplesOf(doc, requestMedia.media)[0]?.name,
    });

    // A valid request per documented request example → the documented 2xx.
    for (const body of bodies) {
      if (!success) break;
      const answer = success.examples.find(
        (example) => example.named && example.name === body.name,
      );
      const example = answer ?? success.examples[0];
      if (example) covered.add(`${success.status} ${example.name}`);
      // Asked for by name: left to choose, Prism answers with a schema's `examples[0]`, not the
      // media type's first named example.
      const prefer = example?.named ? `example=${example.name}` : undefined;
      plan.cases.push({
        kind: "valid request",
        title: `valid request (${body.name ? `request example ${body.name}` : plan.synthesized.length > 0 ? `synthesized from the schema: ${plan.synthesized.join(", ")}` : "from the examples"}${prefer ? `, Prefer ${prefer}` : ""}) → ${success.status}`,
        request: valid(body.value, prefer ? { Prefer: prefer } : {}),
        expect: expectation(success, example),
        ...skipReason(body.name, success, example),
        ...limited(body.value),
      });
    }

    // The parts of a multipart body, as the client sent them, checked by a loopback server against
    // the schema: Prism takes any text for a file part.
    if (upload?.kind === "multipart")
      plan.cases.push({
        kind: "parts checked",
        title:
          "multipart parts checked by a loopback server: required parts, files with bytes, text parts' types",
        request: valid(bodies[0]?.value),
        expect: { status: 200, attempts: 1 },
      });

    // Every documented response (every example of it) forced with Prism's Prefer header.
    for (const response of responses) {
      const examples = response.examples.length > 0 ? response.examples : [undefined];
      for (const example of examples) {
        if (example && covered.has(`${response.status} ${example.name}`)) continue;
        if (!example && response === success && plan.cases.length > 0) continue;
        const prefer = [
          `code=${response.status}`,
          ...(example?.named ? [`example=${example.name}`] : []),
        ];
        const retried = ALWAYS_RETRIED.has(response.status);
        plan.cases.push({
          kind: "documented response",
          title: `Prefer: ${prefer.join(", ")} → ${response.status}${retried ? `, retried ${options.maxRetries}×` : ""}`,
          request: valid(bodies[0]?.value, { Prefer: prefer.join(", ") }),
          expect: {
            ...expectation(response, example),
            attempts: retried ? options.maxRetries + 1 : 1,
          },
          ...skipReason(bodies[0]?.name, response, example),
          ...limited(bodies[0]?.value),
        });
      }
    }

    // No credentials → 401, where the operation requires any: none of the client's, and none of
    // the parameters the document declares for a scheme's header, query or cookie.
    if (requiresCredentials(doc, operation)) {
      const unauthorized = prismResponseFor(responses, [401]);
      const unchecked = undefinedSchemesOf(doc, operation);
      plan.cases.push({
        kind: "no credentials",
        title: "no credentials → 401",
        request: {
          ...valid(bodies[0]?.value),
          params: withoutCredentialParameters(call.params, credentialParameters(doc)),
          credentials: false,
        },
        // With no documented 401 (nor 4XX, default), Prism makes one up: no schema, no example.
        expect: expectation(unauthorized ?? { status: 401 }, unauthorized?.examples[0]),
        ...(unchecked.length > 0
          ? {
              skip: `an alternative of its security names ${unchecked.join(", ")}, which the document does not define, so the mock lets a request without credentials through`,
            }
          : skipReason(bodies[0]?.name, unauthorized, unauthorized?.examples[0])),
        ...limited(bodies[0]?.value),
      });
    }

    // Each required body field removed in turn → Prism's validation error (422, else a documented 400).
    const invalid = prismResponseFor(responses, [422, 400]);
    for (const field of requiredFields(doc, requestMedia.media)) {
      const body = bodies.find(({ value }) => isObject(value) && field in value);
      if (!body) continue;
      const { [field]: _removed, ...rest } = body.value as Json;
      // A form left with no field is sent as an empty body, which Prism takes for no body at
      // all ("Body parameter is required"): the 422 then names no field (Stripe's
      // POST /v1/credit_notes, whose one required field is its only one).
      const unseen =
        requestMedia.kind === "form"
          ? (prismMissesRemoved(doc, method, requestMedia.media, field) ??
            (Object.keys(rest).length === 0
              ? `Prism 5.12 takes the empty form body left for no body at all ("Body parameter is required"), so it never names ${field} missing`
              : undefined))
          : undefined;
      plan.cases.push({
        kind: "required field removed",
        title: `required body field ${field} removed → ${invalid?.status ?? 422}`,
        request: valid(rest),
        expect: {
          ...expectation(invalid ?? { status: 422 }, invalid?.examples[0]),
          violatedField: field,
        },
        ...skipReason(body.name, invalid, invalid?.examples[0]),
        ...(unseen ? { limit: unseen } : limited(rest)),
      });
    }
  });
  return { vendor, operations };
}

/**
 * A request body synthesized from its schema that the schema accepts: the fuller value first
 * (with the optional properties, whose examples the document may give), then the required
 * properties alone; of those, one the mock can judge (`limitOf`: a form Prism reads) where there
 * is one. A problem naming what the schema refuses when neither fits (a pattern the sampler
 * cannot meet, say), and the operation is then uncovered, saying so.
 */
function synthesizedBody(
  doc: Json,
  schema: unknown,
  schemaAt: string,
  validate: ReturnType<typeof createBodyValidator>,
  limitOf: (body: unknown) => string | undefined,
): { value: unknown } | { problem: string } {
  let problems: string[] = [];
  let accepted: { value: unknown } | undefined;
  for (const requiredOnly of [false, true]) {
    const made = synthesize(doc, schema, "request", { requiredOnly });
    if ("problem" in made) return accepted ?? made;
    problems = validate(schemaAt, made.value);
    let candidate: { value: unknown } = made;
    if (problems.length > 0) {
      const repaired = withFormatsFilled(made.value, problems);
      if (repaired === undefined || validate(schemaAt, repaired).length > 0) continue;
      candidate = { value: repaired };
    }
    if (!limitOf(candidate.value)) return candidate;
    accepted ??= candidate;
  }
  if (accepted) return accepted;
  return {
    problem: `a value synthesized from its schema does not satisfy it: ${problems.slice(0, 2).join("; ")}`,
  };
}

/**
 * Values for the formats Ajv checks and json-schema-sampler does not know (it writes `"string"`
 * there): Plaid's `format: url` webhooks, for one.
 */
const FORMAT_VALUES: Record<string, string> = {
  url: "https://example.com/hook",
  uri: "https://example.com/hook",
  iri: "https://example.com/hook",
  "uri-reference": "https://example.com/hook",
  "iri-reference": "https://example.com/hook",
  "uri-template": "https://example.com/{id}",
  "idn-email": "user@example.com",
  "idn-hostname": "example.com",
  "json-pointer": "/a",
  "relative-json-pointer": "0/a",
  regex: ".*",
};

/**
 * `value` with a string that a format of FORMAT_VALUES refused (`/webhook must match format
 * "url"`) replaced by one it accepts; undefined where another problem remains or none applies.
 */
function withFormatsFilled(value: unknown, problems: string[]): unknown {
  const copy = structuredClone(value);
  for (const problem of problems) {
    const found = /^(\/\S*) must match format "([^"]+)"$/.exec(problem);
    const replacement = found && FORMAT_VALUES[found[2] as string];
    if (!found || !replacement) return undefined;
    const tokens = tokensOf(found[1] as string);
    const key = tokens.pop();
    let holder: unknown = copy;
    for (const token of tokens)
      holder = isObject(holder) || Array.isArray(holder) ? (holder as Json)[token] : undefined;
    if (key === undefined || !(isObject(holder) || Array.isArray(holder))) return undefined;
    (holder as Json)[key] = replacement;
  }
  return copy;
}

/** Statuses HTTP gives no body, whatever content a document declares for them (RFC 9110). */
const NO_CONTENT = new Set([204, 205, 304]);

const expectation = (
  response: Pick<DocumentedResponse, "status" | "schema" | "bodyless">,
  example: DocumentedExample | undefined,
): ExpectedResponse =>
  NO_CONTENT.has(response.status)
    ? { status: response.status, attempts: 1, bodyless: true }
    : {
        status: response.status,
        ...(response.bodyless ? { bodyless: true as const } : {}),
        ...(response.schema ? { schema: response.schema } : {}),
        ...(example ? { example: { name: example.name, value: example.value } } : {}),
        attempts: 1,
      };

/** `params` less the header, query and cookie parameters that carry a credential. */
function withoutCredentialParameters(
  params: OperationExample["params"],
  carriers: ReturnType<typeof credentialParameters>,
): OperationExample["params"] {
  const copy: OperationExample["params"] = { ...params };
  for (const location of ["header", "query", "cookie"] as const) {
    const values = (copy as Record<string, Json | undefined>)[location];
    if (!isObject(values)) continue;
    (copy as Record<string, Json>)[location] = Object.fromEntries(
      Object.entries(values).filter(([name]) => !carriers[location].includes(name.toLowerCase())),
    );
  }
  return copy;
}

/**
 * `{ skip }` for a case built on an example its schema refuses (a parameter's, the request body's
 * or the expected response's), naming the finding; `{}` otherwise.
 */
function skipReasonFor(
  method: string,
  path: string,
  findings: Map<string, ExampleFinding>,
  request: { requestMediaType?: string; unnamedBody?: string },
) {
  const operation = `${method.toUpperCase()} ${path}: `;
  const parameter = [...findings.values()].find(
    (found) => found.example.startsWith(operation) && found.example.includes(" parameter "),
  );
  return (
    bodyName: string | undefined,
    response: Pick<DocumentedResponse, "key" | "mediaType"> | undefined,
    example: DocumentedExample | undefined,
  ): { skip?: string } => {
    const body = bodyName ?? request.unnamedBody;
    const keys = [
      body !== undefined &&
        request.requestMediaType &&
        exampleKey(method, path, { kind: "request", mediaType: request.requestMediaType }, body),
      response?.mediaType &&
        example &&
        exampleKey(
          method,
          path,
          { kind: "response", status: response.key, mediaType: response.mediaType },
          example.name,
        ),
      // Without an example of its own, Prism answers with the schema's (Airbyte's list of
      // connections, whose items are fragments): that one's finding is the case's.
      response?.mediaType &&
        !example &&
        exampleKey(
          method,
          path,
          { kind: "response", status: response.key, mediaType: response.mediaType },
          "schema example",
        ),
    ];
    const found =
      parameter ??
      keys.map((key) => (key ? findings.get(key) : undefined)).find((finding) => finding);
    return found
      ? {
          skip: `built on ${found.example}, which its schema refuses (${found.at}: ${found.problems[0]})`,
        }
      : {};
  };
}

/** The parameters a path item or operation lists (each possibly a `$ref`). */
const parametersOf = (doc: Json, holder: Json): unknown[] => {
  const parameters = deref<unknown>(doc, holder.parameters);
  return Array.isArray(parameters) ? parameters : [];
};
