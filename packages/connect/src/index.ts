export {
  createPatchbay,
  credentialOptions,
  isVendorName,
  loadVendor,
  vendorNames,
} from "./create-patchbay.js";
export * from "./exports.js";
