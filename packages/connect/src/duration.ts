const unitMs: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  s: 1_000,
  sec: 1_000,
  second: 1_000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  w: 604_800_000,
  wk: 604_800_000,
  week: 604_800_000,
};

const number = "(\\d+(?:\\.\\d+)?)";
const isoDuration = new RegExp(
  `^p(?:${number}w)?(?:${number}d)?(?:t(?:${number}h)?(?:${number}m)?(?:${number}s)?)?$`,
);
const isoUnits = [unitMs.w, unitMs.d, unitMs.h, unitMs.m, unitMs.s] as number[];
/** `1h`, `90 s`, `1 hour`, `2.5 hours`: a number and a unit. */
const part = new RegExp(`${number}\\s*([a-z]+)`, "y");
/** Between parts: spaces, commas, "and". */
const separator = /(?:\s|,|\band\b)*/y;

const unitOf = (word: string): number | undefined =>
  unitMs[word] ?? (word.length > 2 && word.endsWith("s") ? unitMs[word.slice(0, -1)] : undefined);

/**
 * A lifetime in milliseconds, from the forms vendors send: seconds as a number or digits
 * (`3600`), ISO 8601 (`PT1H`, `P1DT12H`), compact (`1h`, `1h30m`, `500ms`) or words (`1 hour`,
 * `an hour`, `1 hour and 30 minutes`). `undefined` for anything else, including ISO months and
 * years (their length varies).
 */
export function durationMs(value: unknown): number | undefined {
  if (typeof value === "number")
    return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const iso = isoDuration.exec(text);
  if (iso) {
    if (text === "p" || text.endsWith("t")) return undefined;
    return iso
      .slice(1)
      .reduce((total, amount, index) => total + Number(amount ?? 0) * (isoUnits[index] ?? 0), 0);
  }
  const words = text.replace(/\ban?\s+(?=[a-z])/g, "1 ");
  let total = 0;
  let parts = 0;
  let at = 0;
  while (at < words.length) {
    part.lastIndex = at;
    const match = part.exec(words);
    const unit = match ? unitOf(match[2] as string) : undefined;
    if (!match || unit === undefined) return undefined;
    total += Number(match[1]) * unit;
    parts++;
    separator.lastIndex = part.lastIndex;
    separator.exec(words);
    at = separator.lastIndex;
  }
  return parts > 0 ? total : undefined;
}

/** `receivedAt` plus the lifetime, as an ISO time; `null` when the lifetime is missing or unreadable. */
export function expiresAtFrom(lifetime: unknown, receivedAt: Date): string | null {
  const ms = durationMs(lifetime);
  const at = ms === undefined ? Number.NaN : receivedAt.getTime() + ms;
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? new Date(at).toISOString() : null;
}
