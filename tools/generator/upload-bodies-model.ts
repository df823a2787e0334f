import { isObject, type Json } from "@patchbay/common/json";
import { multipartPartEncodings, uploadMediaOf } from "@patchbay/openapi/form-bodies";
import { forEachOperation } from "@patchbay/openapi/validate-document";
import type { BinaryBodies, MultipartBodies } from "@patchbay/runtime";

/**
 * The descriptor's `multipartBodies` (the operations whose request body is `multipart/form-data`
 * only, each with its parts' encodings) and `binaryBodies` (those whose body is bytes, with the
 * media type sent), by `"METHOD /path"`, and the upload operations with a server of their own
 * (`uploadServers`, for the README); each absent where there are none.
 */
export function uploadBodiesOf(doc: Json): {
  multipartBodies?: MultipartBodies;
  binaryBodies?: BinaryBodies;
  uploadServers?: Record<string, string>;
} {
  const multipart: Record<string, Record<string, string>> = {};
  const binary: Record<string, string> = {};
  const servers: Record<string, string> = {};
  forEachOperation(doc, (operation, _at, method, path) => {
    const upload = uploadMediaOf(doc, operation);
    const key = `${method.toUpperCase()} ${path}`;
    if (upload?.kind === "multipart") multipart[key] = multipartPartEncodings(doc, upload.media);
    else if (upload?.kind === "binary") binary[key] = upload.type;
    // an upload served elsewhere (Stripe's files.stripe.com): the README says so
    const own = Array.isArray(operation.servers) ? operation.servers[0] : undefined;
    if (upload && isObject(own) && typeof own.url === "string") servers[key] = own.url;
  });
  return {
    ...(Object.keys(multipart).length > 0 && { multipartBodies: multipart }),
    ...(Object.keys(binary).length > 0 && { binaryBodies: binary }),
    ...(Object.keys(servers).length > 0 && { uploadServers: servers }),
  };
}
