// The settings page server over MSW instead of Prism: each vendor's calls answered by a
// `connectionScenario` from @patchbay/connect/testing (the document's example answers, with one
// connection's life written in), for the tests of the app itself. The contract tests
// (lifecycle.test.ts, browser-runtime.test.ts) keep Prism, which checks each request against the
// document.
import { createPatchbay, type VendorName } from "@patchbay/connect";
import { registry } from "@patchbay/connect/registry";
import { type ConnectionScenario, connectionScenario } from "@patchbay/connect/testing";
import { dummyCredentialOptions } from "@patchbay/test-support/dummy-credentials";
import { setupServer } from "msw/node";
import { type ConnectApp, type ConnectAppOptions, startConnectApp } from "../src/app.js";
import { getInput, idSlot, offers } from "../src/lifecycle-inputs.js";
import { recordingFetch } from "./mocked-apps.js";

/** One MSW server per test file: the app runs in the test's process, so its calls to the vendors go through it. */
export function scenarioServer() {
  return setupServer();
}

/** Requests to the app itself (loopback) pass; any other request no handler answers fails the test. */
export const onUnhandledRequest = (request: Request, print: { error(): void }) => {
  if (new URL(request.url).hostname !== "127.0.0.1") print.error();
};

/**
 * The id the app names the connection by where `connect()` gives none: the get operation's
 * example (the app's stand-in for an id learnt from the vendor's callback).
 */
export function exampleConnectionId(vendor: VendorName): string | undefined {
  const slot = offers(vendor, "get") ? idSlot(vendor, "get") : undefined;
  if (slot?.in !== "path") return undefined;
  const input = getInput(vendor as never, null) as { params?: { path?: Record<string, unknown> } };
  const id = input.params?.path?.[slot.name];
  return id === undefined ? undefined : String(id);
}

/**
 * A scenario the app's calls fit: the id the app will name, the first state its create answer
 * reads (Chartbrew's is always connected), and no later state where it has no get operation.
 */
export function appScenario(
  vendor: VendorName,
  options: Omit<Parameters<typeof connectionScenario>[1], "connectionId"> = {
    states: ["authorization_required", "connected"],
  },
): ConnectionScenario {
  const start = registry[vendor].start.status;
  const given = options.states ?? [];
  const first = typeof start === "string" ? start : given[0];
  const states =
    first === undefined ? undefined : offers(vendor, "get") ? [first, ...given.slice(1)] : [first];
  const connectionId = exampleConnectionId(vendor);
  return connectionScenario(vendor, {
    ...options,
    ...(states && { states }),
    ...(connectionId && { connectionId }),
  } as never);
}

export interface ScenarioApp {
  app: ConnectApp;
  /** Every request the app sent to a vendor, `METHOD url` and its body where it has one (clear it between tests). */
  requests: string[];
  close(): Promise<void>;
}

/** The settings page, every vendor with the dummy credentials at its document's server (answered by MSW). */
export async function startScenarioApp(
  options: Omit<ConnectAppOptions, "patchbay" | "target">,
): Promise<ScenarioApp> {
  const requests: string[] = [];
  const app = await startConnectApp({
    ...options,
    target: "MSW scenarios",
    patchbay: createPatchbay({
      ...Object.fromEntries(
        options.vendors.map((vendor) => [
          vendor,
          dummyCredentialOptions(registry[vendor].descriptor),
        ]),
      ),
      fetch: recordingFetch(requests),
    } as never),
  });
  return { app, requests, close: () => app.close() };
}
