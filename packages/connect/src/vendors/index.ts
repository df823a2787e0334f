// The registry: one line per vendor. A vendor's key is its name in `connect(vendor, input)`.
export { agentstack } from "./agentstack.js";
export { chartbrew } from "./chartbrew.js";
export { datagrid } from "./datagrid.js";
export { polytomic } from "./polytomic.js";
export { supermemory } from "./supermemory.js";
