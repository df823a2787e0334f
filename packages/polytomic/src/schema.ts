// Generated from specs/polytomic.yaml by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/api/connections/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect
         * @description Creates a Polytomic Connect session and returns a redirect URL that embeds the Connect modal.
         *
         *     See also: Embedding authentication, a guide to using Polytomic Connect.
         */
        post: operations["connect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List connections
         * @description Lists every connection in the caller's organization, with sensitive fields redacted. Not paginated: the answer holds every connection.
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create connection
         * @description Creates a new connection of the specified type. The `configuration` object is type-specific. Polytomic validates the connection against the upstream service immediately on creation; for OAuth connection types the answer carries `auth_url` (and possibly `auth_code`) to complete authentication.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test connection
         * @description Tests a connection configuration without saving it. With `connection_id`, the request's `configuration` is merged over that connection's saved configuration before testing.
         */
        post: operations["testConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connections/{id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path: {
                /**
                 * @description The connection's id.
                 * @example 248df4b7-aa70-47b8-a036-33ac447e668d
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get connection
         * @description Returns a single connection by ID, with sensitive fields redacted.
         */
        get: operations["getConnection"];
        /**
         * Update connection
         * @description Updates a connection's configuration. A full replacement: any `configuration` field left out is cleared. The connection is re-validated against the upstream service.
         */
        put: operations["updateConnection"];
        post?: never;
        /**
         * Remove connection
         * @description Deletes a connection. A connection referenced by fieldsets, syncs, bulk syncs or schedules answers `422 connection in use` unless `force=true`, which deletes those dependent resources first.
         */
        delete: operations["removeConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateConnectionRequestSchema: {
            /** @description Type-specific configuration (see the connection type's schema). */
            configuration: {
                [key: string]: unknown;
            };
            /** @description Override interval for connection health checking. */
            healthcheck_interval?: string;
            name: string;
            organization_id?: string;
            policies?: string[];
            /** @description URL to redirect to after completing OAuth flow. */
            redirect_url?: string;
            /** @description The connection type, e.g. `postgresql`, `salesforce`, `hubspot`. */
            type: string;
            /** @description Validate connection configuration. */
            validate?: boolean;
        };
        UpdateConnectionRequestSchema: {
            /** @description The whole configuration; fields left out are cleared. */
            configuration: {
                [key: string]: unknown;
            };
            /** @description Override interval for connection health checking. */
            healthcheck_interval?: string;
            name: string;
            organization_id?: string;
            policies?: string[];
            reconnect?: boolean;
            type?: string;
            /** @description Validate connection configuration. */
            validate?: boolean;
        };
        TestConnectionRequest: {
            /** @description Connection configuration to test. */
            configuration: {
                [key: string]: unknown;
            };
            /** @description Optional existing connection ID to use as a base for testing. The provided configuration will be merged over the stored configuration for this connection before testing. */
            connection_id?: string;
            /** @description The type of connection to test. */
            type: string;
        };
        ConnectionTypeSchema: {
            id?: string;
            logo_url?: string;
            name?: string;
            operations?: string[];
        };
        OutputActor: {
            id?: string;
            name?: string;
            type?: string;
        };
        ConnectionResponseSchema: {
            /** @description API calls made to service in the last 24h (supported integrations only). */
            api_calls_last_24_hours?: number;
            configuration?: {
                [key: string]: unknown;
            };
            created_at?: string;
            created_by?: components["schemas"]["OutputActor"];
            id?: string;
            name?: string;
            organization_id?: string;
            /** @description For shared connections, the ID of the parent connection. */
            parent_connection_id?: string;
            policies?: string[];
            saved?: boolean;
            status?: string;
            status_error?: string;
            type?: components["schemas"]["ConnectionTypeSchema"];
            updated_at?: string;
            updated_by?: components["schemas"]["OutputActor"];
        };
        ConnectionResponseEnvelope: {
            data?: components["schemas"]["ConnectionResponseSchema"];
        };
        ConnectionListResponseEnvelope: {
            data?: components["schemas"]["ConnectionResponseSchema"][];
        };
        CreateConnectionResponseSchema: {
            /** @description Code to enter in order to complete connection authentication. */
            auth_code?: string;
            /** @description URL to visit to complete connection authentication. */
            auth_url?: string;
            configuration?: {
                [key: string]: unknown;
            };
            /** @description Interval for connection health checking. */
            healthcheck_interval?: string;
            id?: string;
            name?: string;
            organization_id?: string;
            policies?: string[];
            saved?: boolean;
            status?: string;
            status_error?: string;
            type?: components["schemas"]["ConnectionTypeSchema"];
        };
        CreateConnectionResponseEnvelope: {
            data?: components["schemas"]["CreateConnectionResponseSchema"];
        };
        ConnectCardRequest: {
            /** @description Name of the new connection. Must be unique per organization. */
            name: string;
            /** @description URL to redirect to after connection is created. */
            redirect_url: string;
            /**
             * Format: uuid
             * @description The id of an existing connection to update.
             */
            connection?: string;
            /** @description Whether to use the dark theme for the Connect modal. */
            dark?: boolean;
            /** Format: uuid */
            organization_id?: string | null;
            /** @description List of connection types which are allowed to be created. Ignored if type is set. */
            whitelist?: string[] | null;
            /**
             * @deprecated
             * @description Connection type to create. Deprecated; use `whitelist`.
             */
            type?: string;
        };
        ConnectCardResponse: {
            /** @description URL that embeds the Connect modal; send the user here. */
            redirect_url?: string;
            /** @description The Connect session token. */
            token?: string;
        };
        ConnectCardResponseEnvelope: {
            data?: components["schemas"]["ConnectCardResponse"];
        };
        RestErrResponse: {
            /** @description Application-specific error code. */
            code?: number;
            /** @description Application context. */
            context?: {
                [key: string]: unknown;
            };
            /** @description Error message. */
            error?: string;
            /** @description Status text. */
            status?: string;
        };
        ApiError: {
            key?: string;
            message?: string;
            metadata?: {
                [key: string]: unknown;
            };
            status?: number;
        };
    };
    responses: {
        /** @description Bad Request Error */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Unauthorized Error */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RestErrResponse"];
            };
        };
        /** @description Forbidden Error */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Not Found Error */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Unprocessable Entity Error */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Internal Server Error */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description The API version to use, a date.
         * @example 2025-09-18
         */
        VersionHeader: string;
        /**
         * @description A unique key that makes the request idempotent: a retried request with the same key does not create a second session. See Idempotent requests in Polytomic's documentation.
         * @example 8e0f3c0a-5b3d-4c7e-9a61-2f4d8b7c1e95
         */
        IdempotencyKeyHeader: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    connect: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
                /**
                 * @description A unique key that makes the request idempotent: a retried request with the same key does not create a second session. See Idempotent requests in Polytomic's documentation.
                 * @example 8e0f3c0a-5b3d-4c7e-9a61-2f4d8b7c1e95
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectCardRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectCardResponseEnvelope"];
                };
            };
            /** @description Unauthorized Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestErrResponse"];
                };
            };
            /** @description Forbidden Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Unprocessable Entity Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listConnections: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionListResponseEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConnectionRequestSchema"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConnectionResponseEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalServerError"];
        };
    };
    testConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestConnectionRequest"];
            };
        };
        responses: {
            /** @description The configuration works (no body; the SDK returns nothing). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path: {
                /**
                 * @description The connection's id.
                 * @example 248df4b7-aa70-47b8-a036-33ac447e668d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionResponseEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path: {
                /**
                 * @description The connection's id.
                 * @example 248df4b7-aa70-47b8-a036-33ac447e668d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectionRequestSchema"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConnectionResponseEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeConnection: {
        parameters: {
            query?: {
                /**
                 * @description Also delete the syncs, bulk syncs, fieldsets and schedules that use the connection.
                 * @example true
                 */
                force?: boolean;
            };
            header?: {
                /**
                 * @description The API version to use, a date.
                 * @example 2025-09-18
                 */
                "X-Polytomic-Version"?: components["parameters"]["VersionHeader"];
            };
            path: {
                /**
                 * @description The connection's id.
                 * @example 248df4b7-aa70-47b8-a036-33ac447e668d
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted (no body; the SDK returns nothing). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Unprocessable Entity Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
}
