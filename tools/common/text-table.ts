/** A plain-text table with a header row, columns padded to their widest cell. */
export function formatTable(rows: Record<string, string | number>[]): string {
  const first = rows[0];
  if (!first) return "(no rows)";
  const columns = Object.keys(first);
  const cells = [columns, ...rows.map((row) => columns.map((column) => String(row[column] ?? "")))];
  const widths = columns.map((_, index) =>
    Math.max(...cells.map((line) => (line[index] ?? "").length)),
  );
  const render = (line: string[]) =>
    line
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    render(columns),
    render(widths.map((width) => "-".repeat(width))),
    ...cells.slice(1).map(render),
  ].join("\n");
}
