// What the entries load on the first call after `connect()`: the lifecycle methods and
// `listAllConnections`, one file (built apart from the entries: see tsup.config.ts).
export * from "./lifecycle.js";
export { listAllOf } from "./list-all.js";
