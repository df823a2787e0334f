import type { Json } from "@patchbay/common/json";
import { multipartPartEncodings, uploadMediaOf } from "@patchbay/openapi/form-bodies";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import type { BinaryBodies, MultipartBodies } from "@patchbay/runtime";

/**
 * The descriptor's `multipartBodies` (the operations whose request body is `multipart/form-data`
 * only, each with its parts' encodings) and `binaryBodies` (those whose body is bytes, with the
 * media type sent), by `"METHOD /path"`; each absent where there are none.
 */
export function uploadBodiesOf(doc: Json): {
  multipartBodies?: MultipartBodies;
  binaryBodies?: BinaryBodies;
} {
  const multipart: Record<string, Record<string, string>> = {};
  const binary: Record<string, string> = {};
  forEachOperation(doc, (operation, _at, method, path) => {
    const upload = uploadMediaOf(doc, operation);
    const key = `${method.toUpperCase()} ${path}`;
    if (upload?.kind === "multipart") multipart[key] = multipartPartEncodings(doc, upload.media);
    else if (upload?.kind === "binary") binary[key] = upload.type;
  });
  return {
    ...(Object.keys(multipart).length > 0 && { multipartBodies: multipart }),
    ...(Object.keys(binary).length > 0 && { binaryBodies: binary }),
  };
}
