import {
  ConfigurationError,
  ConnectError,
  InsecureTransportError,
  NetworkError,
  TimeoutError,
} from "@patchbay/connect";

interface VendorWords {
  vendorName: string;
  credential: string;
}

/**
 * What the settings page tells the user when a connection could not be started. Built from the
 * error's kind and status only, never from its message or the vendor's body, so nothing the
 * vendor or the server holds (a credential, an internal URL) can reach the page.
 */
export function friendlyMessage({ vendorName, credential }: VendorWords, error: unknown): string {
  if (error instanceof ConnectError) {
    const { status, retryAfterMs } = error;
    if (status === 401) return `${vendorName} refused the request: check the ${credential}`;
    if (status === 403) {
      return `${vendorName} accepted the ${credential} but does not allow it to create connections`;
    }
    if (status === 429 || status === 503) {
      return retryAfterMs === undefined
        ? `${vendorName} is busy right now: try again later`
        : `${vendorName} is busy right now: try again in ${Math.ceil(retryAfterMs / 1000)} seconds`;
    }
    if (status >= 500) return `${vendorName} failed (HTTP ${status}): try again later`;
    return `${vendorName} did not accept the request (HTTP ${status})`;
  }
  if (error instanceof ConfigurationError) return `${vendorName} is not set up on this server`;
  if (error instanceof TimeoutError || error instanceof NetworkError) {
    return `${vendorName} could not be reached: try again later`;
  }
  if (error instanceof InsecureTransportError) {
    return `${vendorName} is configured with a plain-http address; the server will not send the ${credential} over it`;
  }
  return `${vendorName}: the connection could not be started`;
}
