/** The app's HTML, as pure functions of what to show. Every value goes through `escapeHtml`. */

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );

export interface VendorRow {
  vendor: string;
  label: string;
  vendorName: string;
}

export interface Notice {
  kind: "error" | "success";
  text: string;
}

const styles = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f5f6f8; color: #1d2330; }
  main { max-width: 40rem; margin: 3rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
  .lead { color: #5b6475; margin-top: 0; }
  ul { list-style: none; padding: 0; }
  li.vendor { display: flex; align-items: center; justify-content: space-between; gap: 1rem;
    background: #fff; border: 1px solid #dde1e8; border-radius: 8px; padding: 0.75rem 1rem;
    margin: 0.5rem 0; }
  li.vendor form { flex-shrink: 0; }
  .via { color: #5b6475; font-size: 0.9rem; }
  button { font: inherit; background: #2f5bea; color: #fff; border: 0; border-radius: 6px;
    padding: 0.4rem 1rem; cursor: pointer; }
  .notice { border-radius: 8px; padding: 0.75rem 1rem; }
  .notice.error { background: #fdecec; border: 1px solid #f3b8b8; color: #8a1c1c; }
  .notice.success { background: #e9f7ee; border: 1px solid #a9dcb9; color: #17603a; }
  .unconfigured { color: #5b6475; font-size: 0.9rem; }
  dl { background: #fff; border: 1px solid #dde1e8; border-radius: 8px; padding: 1rem; }
  dt { font-weight: 600; } dd { margin: 0 0 0.5rem 0; }
  nav a { margin-right: 1rem; }
  .meta { color: #5b6475; font-size: 0.85rem; display: block; overflow-wrap: anywhere; }
  button.danger { background: #b42318; }
`;

export const layout = (title: string, body: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

export const noticeHtml = (notice: Notice | undefined): string =>
  notice
    ? `<p class="notice ${notice.kind}" role="${notice.kind === "error" ? "alert" : "status"}">${escapeHtml(notice.text)}</p>`
    : "";

export interface SettingsPage {
  vendors: VendorRow[];
  /** Vendors left out, with what to set to add them. */
  unconfigured: { vendorName: string; missing: string }[];
  /** "Prism mocks" or "the live APIs". */
  target: string;
  notice?: Notice;
}

/** The settings page: one Connect button per configured vendor. */
export function renderSettingsPage({
  vendors,
  unconfigured,
  target,
  notice,
}: SettingsPage): string {
  const rows = vendors
    .map(
      ({ vendor, label, vendorName }) => `  <li class="vendor" data-vendor="${escapeHtml(vendor)}">
    <span>${escapeHtml(label)}${label === vendorName ? "" : ` <span class="via">via ${escapeHtml(vendorName)}</span>`}</span>
    <form method="post" action="/connect/${encodeURIComponent(vendor)}"><button type="submit">Connect ${escapeHtml(label)}</button></form>
  </li>`,
    )
    .join("\n");
  const left = unconfigured
    .map(
      ({ vendorName, missing }) =>
        `<li>${escapeHtml(vendorName)}: not configured (set ${escapeHtml(missing)})</li>`,
    )
    .join("\n");
  return layout(
    "Integrations",
    `${navHtml}
<h1>Integrations</h1>
<p class="lead">Connect the tools your workspace uses. (patchbay example, against ${escapeHtml(target)}.)</p>
${noticeHtml(notice)}
<ul>
${rows || "  <li>No vendor is configured.</li>"}
</ul>
${left ? `<ul class="unconfigured">\n${left}\n</ul>` : ""}`,
  );
}

export interface CallbackPage {
  label: string;
  vendorName: string;
  /**
   * The connection as read back with `getConnection` (as `connect()` started it, for a vendor
   * without a get operation); status `returned` when nothing is known but that the user is back.
   */
  connection: { status: string; connectionId: string | null; name: string | null };
  /**
   * Which call the connection shown comes from: `completeConnection` (the call after the user is
   * back, where the vendor has one: Plaid's token exchange), `getConnection`, or `connect` (a
   * vendor without a get); `null` when none answered.
   */
  readBy?: "completeConnection" | "getConnection" | "connect" | null;
  /** The vendor's error code (`access_denied`), when it sent the user back with one. */
  error: string | null;
  /** Why the connection could not be read back (`friendlyMessage`). */
  readFailure?: string;
}

function callbackNotice({
  label,
  vendorName,
  connection,
  error,
  readFailure,
}: CallbackPage): Notice {
  if (error)
    return { kind: "error", text: `${label} was not connected: ${vendorName} said "${error}"` };
  if (readFailure) return { kind: "error", text: readFailure };
  switch (connection.status) {
    case "connected":
      return { kind: "success", text: `${label} is connected` };
    case "disconnected":
      return { kind: "error", text: `${label} is not connected: ${vendorName} says disconnected` };
    case "returned":
      return { kind: "success", text: `Back from ${vendorName}: ${label} is being connected` };
    default:
      return {
        kind: "success",
        text: `${label} is waiting for ${vendorName} (${connection.status})`,
      };
  }
}

/** Where the vendor sends the user back (and where a direct connection lands): the result. */
export function renderCallbackPage(page: CallbackPage): string {
  const { label, vendorName, connection, error, readFailure, readBy } = page;
  const title = label === vendorName ? label : `${label} via ${vendorName}`;
  const status = error ? "failed" : readFailure ? "unknown" : connection.status;
  return layout(
    title,
    `${navHtml}
<h1>${escapeHtml(title)}</h1>
${noticeHtml(callbackNotice(page))}
<dl>
  <dt>Status</dt><dd data-field="status">${escapeHtml(status)}</dd>
  <dt>Name</dt><dd data-field="name">${escapeHtml(connection.name ?? "-")}</dd>
  <dt>Connection id</dt><dd data-field="connection-id">${escapeHtml(connection.connectionId ?? "-")}</dd>
  <dt>Read by</dt><dd data-field="read-by">${escapeHtml((!error && readBy) || "-")}</dd>
</dl>`,
  );
}

/** The links between the app's pages. */
export const navHtml = `<nav><a href="/">Integrations</a> <a href="/connections">Your connections</a></nav>`;

export const renderNotFound = (): string => layout("Not found", `${navHtml}\n<h1>Not found</h1>`);
