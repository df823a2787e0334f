// @patchbay/datagrid/msw's overrides, typed by the document's operations (type-checked only).
import { expectTypeOf } from "vitest";
import type { components } from "../src/index.js";
import { mock } from "../src/msw.js";

type Connection = components["schemas"]["Connection"];

mock.GET("/connections/{connection_id}", {
  body: mock.answerOf("GET", "/connections/{connection_id}"),
});
mock.GET("/connections/{connection_id}", { error: 404 });
mock.GET("/connections", ({ params }) => ({
  body: { data: [] },
  headers: { "x-seen": String(params) },
}));
mock.POST(
  "/connections",
  { rateLimited: { retryAfter: 1 } },
  { once: true, baseUrl: "http://localhost:4010" },
);
expectTypeOf(mock.answerOf("GET", "/connections/{connection_id}")).toEqualTypeOf<Connection>();
expectTypeOf(mock.answerOf("POST", "/connections", 429)).toEqualTypeOf<
  components["schemas"]["RateLimitError"]
>();

// @ts-expect-error a body that does not match the response schema does not compile
mock.POST("/connections", { body: { object: "redirect_url", redirect_url: 42 } });
// @ts-expect-error nor does a status the operation does not declare
mock.GET("/connections", { error: 404 });
// @ts-expect-error nor a path the document does not have
mock.GET("/connection");
// @ts-expect-error nor a method it has no operation for
mock.PATCH("/connections");
