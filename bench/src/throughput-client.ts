// The child process of the throughput measurement, bundled to plain JS first (packages left
// external) so no loader hooks are in the way: creates one client, warms it up, then makes
// `calls` sequential create-connection calls and prints their wall time and the process's CPU
// time as one JSON line.
import { throughputClients } from "./throughput-clients.ts";

export interface ClientRun {
  client: string;
  calls: number;
  wallMs: number;
  cpuUserUs: number;
  cpuSystemUs: number;
}

async function main(): Promise<void> {
  const [client = "", baseUrl = "", callsArg = "2000", warmupArg = "200"] = process.argv.slice(2);
  const factory = throughputClients[client];
  if (!factory) throw new Error(`unknown client ${client}`);
  const call = await factory(baseUrl);
  for (let i = 0; i < Number(warmupArg); i++) await call();
  const calls = Number(callsArg);
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await call();
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const { user, system } = process.cpuUsage(cpu);
  const run: ClientRun = { client, calls, wallMs, cpuUserUs: user, cpuSystemUs: system };
  console.log(JSON.stringify(run));
  // Keep-alive sockets of some clients would hold the process open.
  process.exit(0);
}

await main();
