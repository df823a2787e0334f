import type { ConnectionStatus } from "../define-vendor.js";
import type { ScenarioPlan } from "./scenario-plan.js";

/** Where the connection is: a status word, or "removed" (disconnect(), or revoked where the get answer cannot say disconnected). */
export type ScenarioStatus = ConnectionStatus | "removed";

/**
 * One connection's life: `start()` (the create call) begins it at the first state, each `read()`
 * (a get call) moves it to the next state (the last one stays), until it is revoked after
 * `revokedAfter` reads; `remove()` (the delete call) ends it.
 */
export class ScenarioState {
  reads = 0;
  private removed = false;

  constructor(private readonly plan: ScenarioPlan) {}

  /** Where it is now, without reading it. */
  get status(): ScenarioStatus {
    const { states, revokedAfter, revoked } = this.plan;
    if (this.removed) return "removed";
    if (revokedAfter !== undefined && this.reads > revokedAfter)
      return revoked === "disconnected" ? "disconnected" : "removed";
    return states[Math.min(this.reads, states.length - 1)] as ConnectionStatus;
  }

  /** The create call: the life starts again. */
  start(): ConnectionStatus {
    this.reads = 0;
    this.removed = false;
    return this.plan.states[0] as ConnectionStatus;
  }

  /** A get call: the next state (a connection already removed stays so, and is not counted). */
  read(): ScenarioStatus {
    if (this.status !== "removed") this.reads += 1;
    return this.status;
  }

  /** A delete call: whether there was a connection to remove. */
  remove(): boolean {
    const there = this.status !== "removed";
    this.removed = true;
    return there;
  }
}
