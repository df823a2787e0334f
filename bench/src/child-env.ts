import { vendorVariablePattern } from "@patchbay/test-support/vendor-variables";

const vendorVariable = vendorVariablePattern();

/** The environment for a measured child: no vendor variables, no logging, no loader options. */
export const childEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !vendorVariable.test(name) && name !== "NODE_OPTIONS",
    ),
  );
