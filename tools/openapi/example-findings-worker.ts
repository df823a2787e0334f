// checkExamples in a worker thread (example-findings.ts, startExampleChecker): started before
// the document is read, it loads its modules, then checks the one document it is sent and
// answers with the result.
import { parentPort } from "node:worker_threads";
import { checkExamples } from "./example-findings.ts";

parentPort?.once("message", (document) => {
  parentPort?.postMessage(checkExamples(document));
  parentPort?.close();
});
