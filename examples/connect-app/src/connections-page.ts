import { escapeHtml, layout, type Notice, navHtml, noticeHtml } from "./pages.js";

/** One connection as the list shows it: `Connection` without the vendor's body. */
export interface ListedConnection {
  connectionId: string | null;
  name: string | null;
  status: string;
  createdAt: string | null;
  /** The webhook event whose status this is, where one reported it after the list was read. */
  event?: string;
}

export interface VendorConnections {
  vendor: string;
  vendorName: string;
  /** What the vendor listed; `null` when it offers no list, or the list failed (`failure`). */
  connections: ListedConnection[] | null;
  /** Why the list could not be read (`friendlyMessage`). */
  failure?: string;
  /** Whether the vendor offers a delete operation. */
  canDisconnect: boolean;
  /** Whether its list had more pages than were read. */
  truncated?: boolean;
}

export interface ConnectionsPage {
  vendors: VendorConnections[];
  /** How many pages of each vendor's list are read at most. */
  maxPages: number;
  notice?: Notice;
}

const disconnectForm = (vendor: string, { connectionId, name }: ListedConnection): string =>
  connectionId === null
    ? ""
    : `<form method="post" action="/connections/${encodeURIComponent(vendor)}/disconnect">` +
      `<input type="hidden" name="connection_id" value="${escapeHtml(connectionId)}">` +
      `<button type="submit" class="danger" aria-label="Disconnect ${escapeHtml(name ?? connectionId)}">Disconnect</button></form>`;

const connectionRow = (vendor: string, canDisconnect: boolean, connection: ListedConnection) => {
  const { connectionId, name, status, createdAt, event } = connection;
  const meta = [
    status,
    event && `by webhook ${event}`,
    createdAt && `since ${createdAt}`,
    connectionId && `id ${connectionId}`,
  ];
  return `  <li class="vendor" data-connection-id="${escapeHtml(connectionId ?? "")}">
    <span><span data-field="name">${escapeHtml(name ?? "(no name)")}</span>
    <span class="meta" data-field="status" data-status="${escapeHtml(status)}">${escapeHtml(meta.filter(Boolean).join(" · "))}</span></span>
    ${canDisconnect ? disconnectForm(vendor, connection) : ""}
  </li>`;
};

function vendorSection(
  { vendor, vendorName, connections, failure, canDisconnect, truncated }: VendorConnections,
  maxPages: number,
) {
  const notes = [
    truncated && `${vendorName} has more: the first ${maxPages} pages are shown.`,
    !canDisconnect &&
      connections?.length &&
      `${vendorName} offers no way to disconnect from here: remove a connection at ${vendorName}.`,
  ]
    .filter(Boolean)
    .map((note) => `<p class="unconfigured">${escapeHtml(String(note))}</p>`)
    .join("\n");
  const list = failure
    ? `<p class="notice error" role="alert">${escapeHtml(failure)}</p>`
    : connections === null
      ? `<p class="unconfigured">${escapeHtml(vendorName)} offers no list of connections.</p>`
      : connections.length === 0
        ? `<p class="unconfigured">No connection.</p>`
        : `<ul>\n${connections.map((connection) => connectionRow(vendor, canDisconnect, connection)).join("\n")}\n</ul>`;
  return `<section data-vendor="${escapeHtml(vendor)}">
<h2>${escapeHtml(vendorName)}</h2>
${list}${notes ? `\n${notes}` : ""}
</section>`;
}

/**
 * Every configured vendor's connections, each with a Disconnect button where it offers one; a
 * vendor whose list failed says why in its own section, beside the others' connections.
 */
export function renderConnectionsPage({ vendors, maxPages, notice }: ConnectionsPage): string {
  return layout(
    "Your connections",
    `${navHtml}
<h1>Your connections</h1>
<p class="lead">What each vendor lists (its first ${maxPages} pages at most).</p>
${noticeHtml(notice)}
${vendors.map((section) => vendorSection(section, maxPages)).join("\n") || "<p>No vendor is configured.</p>"}`,
  );
}
