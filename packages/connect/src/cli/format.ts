import type { ConnectionRecordFields } from "../define-vendor.js";
import type { ConnectionStart } from "../types.js";

/** `patchbay connect`'s answer: the status, then where to send the end user. */
export const startLines = (start: ConnectionStart): string =>
  [
    `${start.vendor}: ${start.status}`,
    `authorization URL: ${start.authorizationUrl ?? "-"}`,
    `connection id:     ${start.connectionId ?? "-"}`,
    `expires at:        ${start.expiresAt ?? "-"}`,
  ].join("\n");

/** A plain-text table with a header row, columns padded to their widest cell. */
function table(columns: string[], rows: string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    render(columns),
    render(widths.map((width) => "-".repeat(width))),
    ...rows.map(render),
  ].join("\n");
}

/** Connections as `get`, `wait` and `list` print them: one row each. */
export function connectionTable(connections: ConnectionRecordFields[]): string {
  if (connections.length === 0) return "(no connections)";
  return table(
    ["id", "status", "name", "created"],
    connections.map(({ connectionId, status, name, createdAt }) => [
      connectionId ?? "-",
      status,
      name ?? "-",
      createdAt ?? "-",
    ]),
  );
}
