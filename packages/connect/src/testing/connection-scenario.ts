import { type HttpHandler, HttpResponse, http } from "msw";
import type { ConnectionStatus, OperationRef } from "../define-vendor.js";
import {
  type AnswerSource,
  completeAnswer,
  createAnswer,
  defaultAnswer,
  getAnswer,
  listAnswer,
} from "./scenario-answers.js";
import {
  planScenario,
  ScenarioError,
  type ScenarioOptions,
  type ScenarioPlan,
  type ScenarioRole,
  scenarioRoles,
} from "./scenario-plan.js";
import { ScenarioState, type ScenarioStatus } from "./scenario-state.js";
import { scenarioVendors } from "./vendors.generated.js";

/** The vendors a scenario takes: every vendor of connect's registry. */
export type ScenarioVendor = keyof typeof scenarioVendors;

/** One connection's life on one vendor, answered by MSW handlers. */
export interface ConnectionScenario<Vendor extends ScenarioVendor = ScenarioVendor> {
  readonly vendor: Vendor;
  /** For `setupServer(...scenario.handlers)`, `server.use(...)` or `setupWorker(...)`. */
  readonly handlers: HttpHandler[];
  /** The vendor's id for the connection: in the create, get and list answers. */
  readonly connectionId: string;
  /** The get (and complete) calls answered since the last create call: each moved the life on. */
  readonly reads: number;
  /** Where the connection is now: a status word, or "removed". */
  readonly status: ScenarioStatus;
  /** Back to the first state, as a new create call would. */
  reset(): void;
}

const json = (body: unknown, status = 200) =>
  body === undefined || body === null
    ? new HttpResponse(null, { status: status === 200 ? 204 : status })
    : HttpResponse.json(body as never, { status });

/** The path's last parameter, where it ends in one: the connection's id in a get or delete call. */
const idParameter = (operation: OperationRef) => /\{([^}]+)\}$/.exec(operation.path)?.[1];

/** Whether the request asks for a page after the first (a cursor, an offset or a page past the start). */
async function laterPage(plan: ScenarioPlan, request: Request): Promise<boolean> {
  const { cursor, offset, page } = plan.pagination ?? {};
  const query = new URL(request.url).searchParams;
  let body: Record<string, unknown> | undefined;
  const parameterValue = async (parameter: { in: string; name: string }) => {
    if (parameter.in === "query") return query.get(parameter.name) ?? undefined;
    body ??= await request
      .clone()
      .json()
      .catch(() => ({}));
    return body?.[parameter.name];
  };
  if (cursor) {
    const value = await parameterValue(cursor);
    return value !== undefined && value !== null && value !== "";
  }
  if (offset) return Number((await parameterValue(offset)) ?? 0) > 0;
  if (page) return Number((await parameterValue(page)) ?? page.start ?? 1) > (page.start ?? 1);
  return false;
}

/**
 * The handlers of one connection's life on `vendor`, in its own answers: `connect()` starts it
 * (the first state), each `getConnection()` moves it to the next state, `listConnections()`
 * lists it as it is, `disconnect()` removes it (a later get or delete is a 404, the list is
 * empty). Each state is written into the document's example answers through the vendor's
 * status mapping (its sidecar), read backwards; a state the vendor's answers cannot say is a
 * `ScenarioError` here, naming the vendor, the state and what they can say.
 */
export function connectionScenario<Vendor extends ScenarioVendor>(
  vendor: Vendor,
  options: ScenarioOptions,
): ConnectionScenario<Vendor> {
  if (!Object.hasOwn(scenarioVendors, vendor))
    throw new ScenarioError(
      `connectionScenario: unknown vendor ${JSON.stringify(vendor)}; known vendors: ${Object.keys(scenarioVendors).join(", ")}`,
      { vendor: String(vendor) },
    );
  const entry = scenarioVendors[vendor];
  const plan = planScenario(vendor, entry.definition, entry.rules, options);
  const state = new ScenarioState(plan);
  let loaded: Promise<AnswerSource> | undefined;
  const source = () => {
    loaded ??= entry.mocks().then(({ mock }) => mock as AnswerSource);
    return loaded;
  };
  const notFound = async (role: ScenarioRole) =>
    json(
      defaultAnswer(await source(), plan, role, 404) ?? {
        error: "not_found",
        message: `${vendor}: no connection ${plan.connectionId} (connectionScenario)`,
      },
      404,
    );
  const answer = (role: ScenarioRole, body: unknown) =>
    plan.definition.operations[role]?.parseAs === "text" && typeof body === "string"
      ? HttpResponse.text(body)
      : json(body);
  /** Another connection than the scenario's, named in the path: not this scenario's. */
  const otherConnection = (role: ScenarioRole, params: Record<string, unknown>) => {
    const name = idParameter(plan.definition.operations[role] as OperationRef);
    return name !== undefined && String(params[name]) !== plan.connectionId;
  };

  const resolvers: Record<ScenarioRole, Parameters<typeof http.get>[1]> = {
    create: async () => answer("create", createAnswer(await source(), plan, state.start())),
    get: async ({ params }) => {
      if (otherConnection("get", params)) return notFound("get");
      const status = state.read();
      if (status === "removed") return notFound("get");
      return answer("get", getAnswer(await source(), plan, status));
    },
    list: async ({ request }) => {
      const status = state.status;
      const listed = status === "removed" || (await laterPage(plan, request)) ? undefined : status;
      return answer(
        "list",
        listAnswer(await source(), plan, listed as ConnectionStatus | undefined),
      );
    },
    delete: async ({ params }) => {
      if (otherConnection("delete", params) || !state.remove()) return notFound("delete");
      return answer("delete", defaultAnswer(await source(), plan, "delete"));
    },
    // The call after the user comes back (Plaid's token exchange): it moves the life on as a read does.
    complete: async () => {
      state.read();
      return answer("complete", completeAnswer(await source(), plan));
    },
  };

  const handlers = scenarioRoles
    .flatMap((role) => {
      const operation = plan.definition.operations[role];
      return operation ? [{ role, operation }] : [];
    })
    // A fixed path before one with parameters (Supermemory's `POST /v3/connections/list` before `/{provider}`).
    .sort((a, b) => parameterCount(a.operation) - parameterCount(b.operation))
    .map(({ role, operation }) =>
      http[operation.method as "get"](
        `${plan.baseUrl}${operation.path.replace(/\{([^}]+)\}/g, ":$1")}`,
        resolvers[role],
      ),
    );

  return {
    vendor,
    handlers,
    connectionId: plan.connectionId,
    get reads() {
      return state.reads;
    },
    get status() {
      return state.status;
    },
    reset() {
      state.start();
    },
  };
}

const parameterCount = (operation: OperationRef) => (operation.path.match(/\{/g) ?? []).length;

export type { ScenarioOptions, ScenarioStatus };
export { ScenarioError };
