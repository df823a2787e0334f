import { createRequire } from "node:module";
import type { Json } from "@patchbay/common/json";
import { Ajv } from "ajv";
import type { LoadedDocument } from "./load-document.js";
import { schemaErrors } from "./schema-errors.js";
import { type SpecError, SpecErrors } from "./spec-error.js";

const require = createRequire(import.meta.url);
type OverlayResult = { data: Json; resultData: { unusedActions: OverlayAction[] } };
const { openapiOverlay } = require("openapi-format") as {
  openapiOverlay(document: Json, options: { overlaySet: Json }): Promise<OverlayResult>;
};

interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: boolean;
}

const validateOverlay = new Ajv({ allErrors: true, strict: false }).compile(
  require("./schemas/overlay.schema.json"),
);

export interface AppliedOverlay {
  document: Json;
  /** Actions whose JSONPath target matched nothing: the vendor's document moved on. */
  unused: SpecError[];
}

/**
 * Applies an OpenAPI Overlay 1.0 (`loadedOverlay`) to a copy of `document` with openapi-format's
 * implementation. A malformed overlay throws SpecErrors at its file:line; actions whose target no
 * longer exists are returned, each at the action's line, for the caller to refuse or report.
 */
export async function applyOverlay(
  document: Json,
  loadedOverlay: LoadedDocument,
): Promise<AppliedOverlay> {
  const overlay = loadedOverlay.document;
  if (!validateOverlay(overlay)) {
    throw new SpecErrors(schemaErrors(loadedOverlay, validateOverlay.errors));
  }
  const overlaySet = structuredClone(overlay);
  const actions = overlaySet.actions as OverlayAction[];
  const { data, resultData } = await openapiOverlay(structuredClone(document), { overlaySet });
  const unused = resultData.unusedActions.map((action) => {
    const index = actions.indexOf(action);
    return loadedOverlay.errorAt(
      `#/actions/${index}/target`,
      `targets ${action.target}, which is not in the document (the vendor's document changed; update or remove this action)`,
    );
  });
  return { document: data, unused };
}
