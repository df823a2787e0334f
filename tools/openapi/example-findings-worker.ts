// checkExamples in a worker thread (example-findings.ts, checkExamplesMeanwhile): the document
// comes as workerData, the result goes back as the one message.
import { parentPort, workerData } from "node:worker_threads";
import { checkExamples } from "./example-findings.ts";

parentPort?.postMessage(checkExamples(workerData.document));
