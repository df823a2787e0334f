// The runtime matrix's entry on workerd, bundled by esbuild with the packed packages: a Worker
// whose fetch handler runs the checks with the configuration it is sent (a Worker has no
// environment variables and no `require`) and answers with the results as JSON.
import * as connect from "@patchbay/connect";
import * as datagrid from "@patchbay/datagrid";
import { runChecks } from "./checks.mjs";

export default {
  async fetch(request) {
    const config = await request.json();
    const results = await runChecks({
      esm: { datagrid, connect },
      cjs: "workerd has no require",
      config,
      nodeTransport: "workerd has no node:http",
    });
    return Response.json(results);
  },
};
