import { loadavg } from "node:os";

/** When a measurement started, and how busy the machine was then. */
export interface Measured {
  measuredAt: string;
  /** 1-minute load average at the start; above the number of cores, other jobs were competing. */
  loadAverage: number;
}

export const measuredNow = (): Measured => ({
  measuredAt: new Date().toISOString(),
  loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
});
