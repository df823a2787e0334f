import type { VendorModel } from "./vendor-model.ts";

/**
 * The README's uploads section: the operations whose body is multipart or bytes, and how a file is
 * passed; empty where the document has none.
 */
export function renderUploadsSection(model: VendorModel): string {
  const multipart = Object.keys(model.multipartBodies ?? {});
  const binary = Object.entries(model.binaryBodies ?? {});
  if (multipart.length === 0 && binary.length === 0) return "";
  const served = (operation: string) => {
    const url = model.uploadServers?.[operation];
    return url
      ? ` (served at \`${url}\`, its own server in the document: pass it as the call's \`baseUrl\`)`
      : "";
  };
  const lines = [
    ...multipart.map(
      (operation) => `- \`${operation}\`: \`multipart/form-data\`${served(operation)}`,
    ),
    ...binary.map(
      ([operation, type]) => `- \`${operation}\`: bytes, sent as \`${type}\`${served(operation)}`,
    ),
  ];
  return `
## Uploads

${lines.join("\n")}

A multipart body is an object, sent as \`FormData\`: a file field (\`format: binary\` in the
document) takes a \`Blob\` or \`File\` (its name kept), a \`Uint8Array\` or a \`ReadableStream\`; other
fields as text, objects as JSON. A binary body takes a \`Blob\`, \`Uint8Array\`, \`ArrayBuffer\`,
\`ReadableStream\` or string. A stream is sent once (never retried); \`maxRequestBytes\` bounds what
is sent. See [Uploading files](../runtime#uploading-files).
`;
}
