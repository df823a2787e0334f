import { type Behaviour, behaviourOf, expectedAttempts } from "./load-server.ts";

/** What the run uses of the packages: the built ones, through their package entry points. */
export interface Packages {
  PatchbayError: abstract new (...args: never[]) => Error;
  createPatchbay(options: object): {
    connect(vendor: "datagrid", input: object): Promise<{ authorizationUrl: string | null }>;
  };
  createClient(options: object): {
    POST(path: "/connections", init: object): Promise<{ data?: unknown; response: Response }>;
  };
}

/** `@patchbay/runtime`, `@patchbay/connect` and `@patchbay/datagrid`, as the run sees them. */
export async function loadPackages(): Promise<Packages> {
  const [runtime, connect, datagrid] = await Promise.all([
    import("@patchbay/runtime"),
    import("@patchbay/connect"),
    import("@patchbay/datagrid"),
  ]);
  return {
    PatchbayError: runtime.PatchbayError,
    createPatchbay: connect.createPatchbay,
    createClient: datagrid.createClient,
  };
}

export type Via = "connect()" | "createClient().POST()";

export interface LoadOptions {
  via: Via;
  baseUrl: string;
  calls: number;
  concurrency: number;
  /** Ids are firstId … firstId + calls - 1; each run takes its own range. */
  firstId: number;
  /** Requests the server got per id. */
  attempts: ReadonlyMap<number, number>;
}

export interface LoadResult {
  via: Via;
  calls: number;
  concurrency: number;
  seconds: number;
  callsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Calls per outcome: `ConnectionStart`, `201`, `ConnectError 502`, `NetworkError`... */
  outcomes: Record<string, number>;
  /** Requests the server got, all calls together. */
  requests: number;
  /** Every broken invariant, one line each; empty when the run is sound. */
  violations: string[];
}

/** What a call with this behaviour must end in. */
function expectedOutcome(via: Via, behaviour: Behaviour): string {
  const connect = via === "connect()";
  if (behaviour === "503 always") return connect ? "ConnectError 503" : "503";
  if (behaviour === "502") return connect ? "ConnectError 502" : "502";
  if (behaviour.startsWith("socket reset")) return "NetworkError";
  return connect ? "ConnectionStart" : "201";
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * `calls` create calls, `concurrency` at a time, through connect() or the generated client,
 * against the load server; checks each call's outcome and the server's request count for it.
 */
export async function runLoad(packages: Packages, options: LoadOptions): Promise<LoadResult> {
  const { via, baseUrl, calls, concurrency, firstId, attempts } = options;
  const runtime = {
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
    timeoutMs: 10_000,
  };
  const credentials = { baseUrl, apiKey: "dg_load_0123456789" };
  const patchbay = packages.createPatchbay({ ...runtime, datagrid: credentials });
  const client = packages.createClient({ ...runtime, ...credentials });
  const violations: string[] = [];
  const outcomes: Record<string, number> = {};
  const durations: number[] = [];

  const call = async (id: number) => {
    const body = { connector_id: `load-${id}` };
    const started = performance.now();
    let outcome: string;
    try {
      if (via === "connect()") {
        const start = await patchbay.connect("datagrid", { body });
        outcome = "ConnectionStart";
        if (start.authorizationUrl !== `https://auth.example/${id}`)
          violations.push(`#${id}: authorizationUrl ${start.authorizationUrl}`);
      } else {
        const { data, response } = await client.POST("/connections", { body });
        outcome = String(response.status);
        if (
          response.ok &&
          (data as { redirect_url?: string })?.redirect_url !== `https://auth.example/${id}`
        )
          violations.push(`#${id}: data ${JSON.stringify(data)}`);
      }
    } catch (error) {
      const { name, status } = error as { name: string; status?: number };
      outcome = status === undefined ? name : `${name} ${status}`;
      if (!(error instanceof packages.PatchbayError))
        violations.push(`#${id}: rejected with an untyped ${name}: ${(error as Error).message}`);
    }
    durations.push(performance.now() - started);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    const behaviour = behaviourOf(id);
    const expected = expectedOutcome(via, behaviour);
    if (outcome !== expected)
      violations.push(`#${id} (${behaviour}): ${outcome}, expected ${expected}`);
    const sent = attempts.get(id) ?? 0;
    if (sent !== expectedAttempts[behaviour])
      violations.push(
        `#${id} (${behaviour}): the server got ${sent} request(s), expected ${expectedAttempts[behaviour]}`,
      );
  };

  const started = performance.now();
  let next = firstId;
  const last = firstId + calls;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, calls) }, async () => {
      while (next < last) await call(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...durations].sort((a, b) => a - b);
  let requests = 0;
  for (let id = firstId; id < last; id++) requests += attempts.get(id) ?? 0;
  return {
    via,
    calls,
    concurrency,
    seconds,
    callsPerSecond: calls / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? 0,
    outcomes,
    requests,
    violations,
  };
}
