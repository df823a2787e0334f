import {
  ConfigurationError,
  ConnectError,
  InsecureTransportError,
  NetworkError,
  statusAdvice,
  TimeoutError,
} from "@patchbay/connect";

interface VendorWords {
  vendorName: string;
  credential: string;
}

/**
 * What a page tells the user when a call to the vendor failed (`failed`: what did not happen, for
 * an error of no known kind; by default the connection could not be started). Built from the
 * error's kind and status only, never from its message or the vendor's body, so nothing the
 * vendor or the server holds (a credential, an internal URL) can reach the page.
 */
export function friendlyMessage(
  { vendorName, credential }: VendorWords,
  error: unknown,
  failed = "the connection could not be started",
): string {
  if (error instanceof ConnectError) {
    const { status, retryAfterMs } = error;
    // connect's one table of advice by status, in the page's words
    const advice = statusAdvice(status, retryAfterMs, {
      fixCredential: `check the ${credential}`,
      credential,
      vendor: vendorName,
      baseUrl: "the server's settings",
    });
    return `${vendorName} did not accept the request (HTTP ${status})${advice ? `: ${advice}` : ""}`;
  }
  if (error instanceof ConfigurationError) return `${vendorName} is not set up on this server`;
  if (error instanceof TimeoutError || error instanceof NetworkError) {
    return `${vendorName} could not be reached: try again later`;
  }
  if (error instanceof InsecureTransportError) {
    return `${vendorName} is configured with a plain-http address; the server will not send the ${credential} over it`;
  }
  return `${vendorName}: ${failed}`;
}
