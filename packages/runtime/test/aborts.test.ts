// The caller's AbortSignal: during a backoff wait, during a request, and before anything is sent.

import { describe, expect, it, vi } from "vitest";
import { create, failThenCreate, serverAndClient } from "./retry-setup.js";
import { reply } from "./server.js";

const { server, setup } = serverAndClient();

describe("aborts", () => {
  it("an abort during a backoff wait returns within 50 ms and is not retried", async () => {
    const client = await setup(failThenCreate(5, 503, { "retry-after-ms": "5000" }));
    const controller = new AbortController();
    const pending = client.POST("/connections", { ...create, signal: controller.signal });
    // In the 5 s backoff wait: the first attempt has reached the server (however loaded the
    // machine is), and its 503 has had ample time to come back.
    await vi.waitFor(() => expect(server().attempts).toBe(1), { timeout: 4_000, interval: 10 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const aborted = Date.now();
    controller.abort();
    // The wait ends on the abort event itself: the rejection arrives before even a 0 ms timer
    // fires, which holds however loaded the machine is (a wall-clock bound alone would not).
    const first = await Promise.race([
      pending.then(
        () => "resolved",
        (error: unknown) => error,
      ),
      new Promise((resolve) => setTimeout(() => resolve("timer fired first"), 0)),
    ]);
    expect(Date.now() - aborted).toBeLessThan(1000);
    const error = first;
    expect(error).toMatchObject({ name: "AbortError" });
    expect(server().attempts).toBe(1);
  });

  it("an abort during a request is not retried, even for a GET", async () => {
    let arrived: () => void = () => {};
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const client = await setup(() => arrived());
    const controller = new AbortController();
    const pending = client.GET("/connections", { signal: controller.signal });
    pending.catch(() => {});
    await requestArrived;
    controller.abort(new Error("user cancelled"));
    await expect(pending).rejects.toThrow("user cancelled");
    expect(server().attempts).toBe(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    const client = await setup((res) => reply(res, 200, { items: [] }));
    await expect(client.GET("/connections", { signal: AbortSignal.abort() })).rejects.toMatchObject(
      {
        name: "AbortError",
      },
    );
    expect(server().attempts).toBe(0);
  });
});
