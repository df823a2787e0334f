import { createHmac } from "node:crypto";
import { createPatchbay } from "@patchbay/connect";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { type ConnectApp, startConnectApp } from "../src/app.js";
import { pageOrder } from "../src/connections.js";
import { mockPatchbayOptions } from "../src/mock-setup.js";

export interface MockedApps {
  mocks: MockServers;
  /** The settings page, every vendor answered by its Prism mock. */
  app: ConnectApp;
  /**
   * The same page, with Datagrid's mock refusing the credentials (a 401 to show) and Stripe's
   * answering 500 to every call (a vendor that is down).
   */
  refusing: ConnectApp;
  /**
   * Every request the apps sent to a mock, `METHOD url` and, where it has one, ` body`, in order
   * (clear it between tests).
   */
  requests: string[];
  close(): Promise<void>;
}

/** `fetch` that notes each request before sending it: what the app asked the vendor. */
export const recordingFetch =
  (requests: string[]): typeof fetch =>
  async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const body =
      typeof init?.body === "string"
        ? init.body
        : request?.body
          ? await request.clone().text()
          : "";
    const line = `${init?.method ?? request?.method ?? "GET"} ${request?.url ?? String(input)}`;
    requests.push(body ? `${line} ${body}` : line);
    return fetch(input, init);
  };

/** The webhook signing secrets the mocked apps take (`POST /webhooks/:vendor`). */
export const webhookSecrets = { stripe: "whsec_demo_app_secret", fivetran: "fivetran-demo-secret" };

/** Stripe's Stripe-Signature for `body`, as Stripe signs it: t=…,v1=HMAC-SHA256 of "t.body". */
export const stripeSignature = (
  body: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string =>
  `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

/** The refusing app's faults: Datagrid refuses the credentials, Stripe is down. */
export const faults = { refuse: ["datagrid" as const], fail: { stripe: 500 } };

/** The page's two servers over one set of Prism mocks, as the app and browser tests use them. */
export async function startMockedApps(log: (line: string) => void = () => {}): Promise<MockedApps> {
  const mocks = await startMocks({ vendors: [...pageOrder] });
  const options = { vendors: pageOrder, target: "Prism mocks", log, webhookSecrets };
  const started: ConnectApp[] = [];
  const requests: string[] = [];
  const close = async () => {
    for (const server of started) await server.close();
    await mocks.close();
  };
  try {
    for (const faulty of [{}, faults]) {
      started.push(
        await startConnectApp({
          patchbay: createPatchbay({
            ...mockPatchbayOptions(mocks.urls, faulty),
            fetch: recordingFetch(requests),
          }),
          ...options,
        }),
      );
    }
  } catch (error) {
    await close();
    throw error;
  }
  const [app, refusing] = started as [ConnectApp, ConnectApp];
  return { mocks, app, refusing, requests, close };
}
