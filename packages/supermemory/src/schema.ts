// Generated from specs/supermemory.yaml by scripts/generate; do not edit (change the document or the generator).

export interface paths {
    "/v3/connections/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create connection
         * @description Creates a connection to `provider`. For OAuth providers the response carries an `authLink` to send the user to; the provider redirects back to `redirectUrl` afterwards. For `web-crawler` no OAuth flow is needed: `authLink` and `expiresIn` are null, the connection is established at once, and `metadata.startUrl` must be set.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A provider supermemory can sync content from.
         * @enum {string}
         */
        ConnectionProvider: "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola";
        /**
         * @description A tag for partitioning users, organizations, projects, etc. in your app. Letters, digits, `_`, `:` and `-` only.
         * @example user_123
         */
        ContainerTag: string;
        /**
         * @description Metadata to associate with the connection; it is added to every document synced from this connection. For `web-crawler` it must include `startUrl`, the URL to start crawling from.
         * @example {
         *       "startUrl": "https://docs.example.com"
         *     }
         */
        ConnectionMetadata: {
            [key: string]: string | number | boolean;
        };
        CreateConnectionRequest: {
            /**
             * Format: uri
             * @description The URL to redirect to after the connection is created (your app URL). Optional for `web-crawler`, as no OAuth flow is required.
             */
            redirectUrl?: string;
            /**
             * @description Optional. For partitioning users, organizations, etc. in your app.
             * @example [
             *       "user_123",
             *       "project_alpha"
             *     ]
             */
            containerTags?: components["schemas"]["ContainerTag"][];
            /** @description Optional. A single container tag, as an alternative to `containerTags`. */
            containerTag?: components["schemas"]["ContainerTag"];
            metadata?: components["schemas"]["ConnectionMetadata"];
            /**
             * @description The maximum number of documents to sync from this connection. Can be used to limit costs and sync a set number of documents for a specific user.
             * @default 10000
             */
            documentLimit?: number;
        };
        CreateConnectionResponse: {
            /** @description The new connection's ID. */
            id: string;
            /** @description Where to send the user to authorize the provider (the provider's login page). Null for `web-crawler`, which needs no OAuth flow. */
            authLink: string | null;
            /** @description How long `authLink` stays valid. Null for `web-crawler`. */
            expiresIn: string | null;
            /** @description Where the user is sent after completing the provider's authorization. */
            redirectsTo?: string;
        };
        ErrorResponse: {
            /** @description Short description of the error. */
            error: string;
            /** @description More detail about the error, when available. */
            details?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The provider to connect to.
                 * @example notion
                 */
                provider: components["schemas"]["ConnectionProvider"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateConnectionRequest"];
            };
        };
        responses: {
            /** @description The connection was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConnectionResponse"];
                };
            };
            /** @description The API key is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
