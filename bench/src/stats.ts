/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `value / baseline`, rounded to 2 decimals; NaN when either is missing. */
export const ratio = (value: number | undefined, baseline: number | undefined): number =>
  value === undefined || baseline === undefined || baseline === 0
    ? Number.NaN
    : Math.round((value / baseline) * 100) / 100;

export const round = (value: number, decimals = 0): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The exponent k of the least-squares fit `y = c·x^k` (a line in log-log space): 1 means y grows
 * linearly with x, below 1 slower (fixed costs dominate), above 1 faster.
 */
export function logLogSlope(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => [Math.log(p.x), Math.log(p.y)]);
  if (logs.length < 2) return Number.NaN;
  const meanX = logs.reduce((sum, [x]) => sum + (x as number), 0) / logs.length;
  const meanY = logs.reduce((sum, [, y]) => sum + (y as number), 0) / logs.length;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of logs) {
    covariance += ((x as number) - meanX) * ((y as number) - meanY);
    variance += ((x as number) - meanX) ** 2;
  }
  return variance === 0 ? Number.NaN : covariance / variance;
}

/** The order of `items` for round `index`: as given on even rounds, reversed on odd ones. */
export const alternatingOrder = <T>(items: readonly T[], index: number): T[] =>
  index % 2 === 0 ? [...items] : [...items].reverse();

/**
 * The least-squares line `y = intercept + slope·x`, and r², the share of y's variance it explains
 * (1: every point on the line); NaN for fewer than two distinct x.
 */
export function linearFit(points: readonly { x: number; y: number }[]): {
  intercept: number;
  slope: number;
  r2: number;
} {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
    varianceY += (y - meanY) ** 2;
  }
  if (n < 2 || varianceX === 0) return { intercept: Number.NaN, slope: Number.NaN, r2: Number.NaN };
  const slope = covariance / varianceX;
  return {
    intercept: meanY - slope * meanX,
    slope,
    r2: varianceY === 0 ? 1 : covariance ** 2 / (varianceX * varianceY),
  };
}
