import { createPatchbay } from "@patchbay/connect";
import { type MockServers, startMocks } from "@patchbay/mocks/start-mocks";
import { type ConnectApp, startConnectApp } from "../src/app.js";
import { pageOrder } from "../src/connections.js";
import { mockPatchbayOptions } from "../src/mock-setup.js";

export interface MockedApps {
  mocks: MockServers;
  /** The settings page, every vendor answered by its Prism mock. */
  app: ConnectApp;
  /** The same page, with Datagrid's mock refusing the credentials (a 401 to show). */
  refusing: ConnectApp;
  /** Every request the apps sent to a mock, `METHOD url`, in order (clear it between tests). */
  requests: string[];
  close(): Promise<void>;
}

/** `fetch` that notes each request before sending it: what the app asked the vendor. */
const recordingFetch =
  (requests: string[]): typeof fetch =>
  (input, init) => {
    const request = input instanceof Request ? input : undefined;
    requests.push(`${init?.method ?? request?.method ?? "GET"} ${request?.url ?? String(input)}`);
    return fetch(input, init);
  };

/** The page's two servers over one set of Prism mocks, as the app and browser tests use them. */
export async function startMockedApps(log: (line: string) => void = () => {}): Promise<MockedApps> {
  const mocks = await startMocks({ vendors: [...pageOrder] });
  const options = { vendors: pageOrder, target: "Prism mocks", log };
  const started: ConnectApp[] = [];
  const requests: string[] = [];
  const close = async () => {
    for (const server of started) await server.close();
    await mocks.close();
  };
  try {
    for (const refuse of [[], ["datagrid" as const]]) {
      started.push(
        await startConnectApp({
          patchbay: createPatchbay({
            ...mockPatchbayOptions(mocks.urls, { refuse }),
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
