import { toolTestConfig } from "./vitest-config.ts";

export default toolTestConfig();
