/** The issue's ceiling for what `connect("datagrid")` loads, against `@patchbay/datagrid`'s own call. */
export const CONNECT_BUNDLE_CEILING = 1.15;
