import { afterEach, beforeEach } from "vitest";
import { vendorVariablePattern } from "./vendor-variables.ts";

const vendorVariable = vendorVariablePattern();

/** The environment without any vendor's variables, so a developer's own keys never leak into a test. */
export const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !vendorVariable.test(name)));

/** Removes the vendor variables from `process.env` for each test and puts them back after. */
export function isolateVendorEnv(): void {
  let saved: NodeJS.ProcessEnv = {};
  beforeEach(() => {
    saved = { ...process.env };
    for (const name of Object.keys(process.env))
      if (vendorVariable.test(name)) delete process.env[name];
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });
}
