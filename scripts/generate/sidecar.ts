import { existsSync } from "node:fs";
import { loadDocument } from "../openapi/load-document.ts";
import { SpecError } from "../openapi/spec-error.ts";

/** What patchbay knows about a vendor beyond its document: `specs/<vendor>.patchbay.yaml`. */
export interface Sidecar {
  displayName?: string;
  description?: string;
  envPrefix?: string;
  headers?: {
    header: string;
    option: string;
    env?: string;
    default?: string;
    description?: string;
  }[];
  source?: string | null;
}

const TOP_LEVEL_KEYS = new Set(["displayName", "description", "envPrefix", "headers", "source"]);
const HEADER_KEYS = new Set(["header", "option", "env", "default", "description"]);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function sidecarPath(specsDir: string, vendor: string) {
  return `${specsDir}/${vendor}.patchbay.yaml`;
}

export function loadSidecar(path: string, file: string): Sidecar {
  if (!existsSync(path)) return {};
  const loaded = loadDocument(path, file);
  const value = loaded.document;
  const fail = (pointer: string, problem: string): never => {
    throw loaded.errorAt(pointer, problem);
  };
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL_KEYS.has(key))
      fail(`#/${key}`, `has unknown key "${key}" (known: ${[...TOP_LEVEL_KEYS].join(", ")})`);
  }
  for (const key of ["displayName", "description", "envPrefix"] as const) {
    if (value[key] !== undefined && typeof value[key] !== "string")
      fail(`#/${key}`, "must be a string");
  }
  if (value.envPrefix !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(String(value.envPrefix))) {
    fail("#/envPrefix", "must be UPPER_SNAKE_CASE");
  }
  if (
    value.source !== undefined &&
    value.source !== null &&
    (typeof value.source !== "string" || !value.source.startsWith("https://"))
  ) {
    fail("#/source", "must be an https:// URL or null");
  }
  if (value.headers !== undefined) {
    if (!Array.isArray(value.headers)) fail("#/headers", "must be a list");
    (value.headers as unknown[]).forEach((entry, index) => {
      const at = `#/headers/${index}`;
      if (entry === null || typeof entry !== "object") fail(at, "must be a mapping");
      const header = entry as Record<string, unknown>;
      for (const key of Object.keys(header)) {
        if (!HEADER_KEYS.has(key)) fail(`${at}/${key}`, `has unknown key "${key}"`);
      }
      if (typeof header.header !== "string" || !/^[A-Za-z0-9-]+$/.test(header.header))
        fail(`${at}/header`, "must be an HTTP header name");
      if (typeof header.option !== "string" || !IDENTIFIER.test(header.option))
        fail(`${at}/option`, "must be a JavaScript identifier");
      for (const key of ["env", "default", "description"]) {
        if (header[key] !== undefined && typeof header[key] !== "string")
          fail(`${at}/${key}`, "must be a string");
      }
    });
  }
  return value as Sidecar;
}

export function assertVendorName(name: string, file: string) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new SpecError(
      file,
      `has a name that cannot be a package name: use lower-case letters, digits and dashes (e.g. specs/acme.yaml)`,
    );
  }
  if (["runtime", "connect", "scripts", "bench"].includes(name)) {
    throw new SpecError(
      file,
      `would overwrite the hand-written package @patchbay/${name}; rename the document`,
    );
  }
}
