// What a scenario's options mean for one vendor, checked against its sidecar's rules when the
// scenario is made: every state each answer must say, and how a revoked connection reads.
import type { AnyDefinition } from "../call-operation.js";
import type {
  ConnectionRules,
  ConnectionStatus,
  LifecycleRules,
  OperationRef,
} from "../define-vendor.js";
import { describeRule, STATUS_WORDS, wordsOf } from "./reverse-status.js";

/** A scenario that cannot be made: its message names the vendor, the state and what the vendor's answers can say. */
export class ScenarioError extends Error {
  override readonly name = "ScenarioError";
  readonly vendor: string;
  readonly state: string | undefined;
  constructor(message: string, { vendor, state }: { vendor: string; state?: string }) {
    super(message);
    this.vendor = vendor;
    this.state = state;
  }
}

interface ScenarioSettings {
  /** After this many `getConnection()` reads, the connection is revoked (disconnected, or gone). */
  readonly revokedAfter?: number;
  /** Where the vendor is mocked (default: its document's server, as its client's default). */
  readonly baseUrl?: string;
  /** The vendor's id for the connection (default "1001"). */
  readonly connectionId?: string;
}

/**
 * A scenario's options: `states` (the connection's states in the four status words: the first is
 * what `connect()` reads, each `getConnection()` moves to the next, the last one stays), or
 * `neverCompletes: true` (never connected; states default to authorization_required, pending).
 */
export type ScenarioOptions = ScenarioSettings &
  (
    | { readonly states: readonly ConnectionStatus[]; readonly neverCompletes?: true }
    | { readonly states?: readonly ConnectionStatus[]; readonly neverCompletes: true }
  );

/** How the connection reads once revoked: a disconnected status, or gone (404) where the get answer cannot say so. */
export type Revoked = "disconnected" | "removed";

export interface ScenarioPlan {
  readonly vendor: string;
  readonly definition: AnyDefinition;
  readonly states: readonly ConnectionStatus[];
  readonly revokedAfter: number | undefined;
  readonly revoked: Revoked;
  readonly connection: ConnectionRules | undefined;
  readonly listItem: ConnectionRules | undefined;
  readonly completed: ConnectionRules | undefined;
  readonly pagination: LifecycleRules["pagination"];
  readonly baseUrl: string;
  readonly connectionId: string;
}

const NEVER_COMPLETES: readonly ConnectionStatus[] = ["authorization_required", "pending"];

/** Checks `options` against the vendor's rules: a ScenarioError for anything its answers cannot say. */
export function planScenario(
  vendor: string,
  definition: AnyDefinition,
  rules: LifecycleRules,
  options: ScenarioOptions,
): ScenarioPlan {
  const fail = (message: string, state?: string): never => {
    throw new ScenarioError(`connectionScenario("${vendor}"): ${message}`, { vendor, state });
  };
  if (options === null || typeof options !== "object") fail("options must be an object");
  const states = options.states ?? (options.neverCompletes ? NEVER_COMPLETES : undefined);
  if (!Array.isArray(states) || states.length === 0)
    fail(`states must list at least one of ${STATUS_WORDS.join(", ")}`);
  const words = states as readonly ConnectionStatus[];
  for (const state of words)
    if (!STATUS_WORDS.includes(state))
      fail(
        `unknown state ${JSON.stringify(state)}; the states are ${STATUS_WORDS.join(", ")}`,
        String(state),
      );
  if (options.neverCompletes && words.includes("connected"))
    fail(`neverCompletes, yet its states include "connected"`, "connected");
  const { revokedAfter } = options;
  if (revokedAfter !== undefined && !(Number.isInteger(revokedAfter) && revokedAfter >= 0))
    fail(`revokedAfter must be a whole number of reads (0 or more), not ${String(revokedAfter)}`);
  if (
    options.connectionId !== undefined &&
    (typeof options.connectionId !== "string" || options.connectionId === "")
  )
    fail("connectionId must be a non-empty string");

  const connection = definition.connection ?? rules.connection;
  const start = definition.start.status;
  const first = words[0] as ConnectionStatus;
  if (!wordsOf(start).includes(first))
    fail(
      `connect() cannot read the first state "${first}": ${vendor}'s create answer reads ${describeRule(start)} (${wordsOf(start).join(", ")})`,
      first,
    );
  const read = words.length > 1 ? words.slice(1) : words;
  const needsGet = words.length > 1 || revokedAfter !== undefined || options.neverCompletes;
  if (needsGet && !(definition.operations.get && connection))
    fail(
      `${vendor} has no get operation in its sidecar, so getConnection() cannot move through states`,
    );
  if (connection)
    for (const state of read)
      if (!wordsOf(connection.status).includes(state))
        fail(
          `getConnection() cannot read "${state}": ${vendor}'s get answer reads ${describeRule(connection.status)} (only ${wordsOf(connection.status).join(", ")})`,
          state,
        );

  if (options.baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(String(options.baseUrl)))
    fail(`baseUrl must be an absolute http(s) URL, not ${JSON.stringify(options.baseUrl)}`);
  const baseUrl = (options.baseUrl ?? definition.descriptor.defaultBaseUrl).replace(/\/+$/, "");
  if (baseUrl === "")
    fail(
      `${vendor}'s document names no absolute server: pass baseUrl (the one its client is given)`,
    );
  return {
    vendor,
    definition,
    states: words,
    revokedAfter,
    revoked:
      connection && wordsOf(connection.status).includes("disconnected")
        ? "disconnected"
        : "removed",
    connection,
    listItem: definition.listItem ?? rules.listItem ?? connection,
    completed: definition.completed ?? rules.completed,
    pagination: definition.pagination ?? rules.pagination,
    baseUrl,
    connectionId: options.connectionId ?? "1001",
  };
}

/** The operations a scenario answers, by role. */
export const scenarioRoles = ["create", "get", "list", "delete", "complete"] as const;
export type ScenarioRole = (typeof scenarioRoles)[number];

export const operationOf = (plan: ScenarioPlan, role: ScenarioRole): OperationRef | undefined =>
  plan.definition.operations[role];
