const vendorVariable =
  /^(DATAGRID|SUPERMEMORY|POLYTOMIC|AGENTSTACK|CHARTBREW)_|^PATCHBAY_LOG$|^NODE_OPTIONS$/;

/** The environment for a measured child: no vendor variables, no logging, no loader options. */
export const childEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !vendorVariable.test(name)));
