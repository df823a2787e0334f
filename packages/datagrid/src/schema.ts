// Generated from specs/datagrid.yaml by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List connections
         * @description Returns the list of authenticated connections to third-party services, one page at a time (cursor pagination by connection id). Pass the last connection's `id` as `after` for the next page; an empty `data` ends the list.
         */
        get: operations["Connection.listConnections"];
        put?: never;
        /**
         * Create connection
         * @description Creates a new connection to authenticate with a third-party service (like Google Drive, Hubspot, Dropbox, etc.) and returns a redirect URL for the connection authentication flow.
         */
        post: operations["Connection.createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
                "Datagrid-Teamspace"?: components["parameters"]["TeamspaceHeader"];
            };
            path: {
                /**
                 * @description The connection identifier.
                 * @example 3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f
                 */
                connection_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve connection
         * @description Retrieves details about an authenticated connection by id.
         */
        get: operations["Connection.getConnection"];
        put?: never;
        post?: never;
        /**
         * Delete connection
         * @description Delete an authenticated connection to a third-party service.
         */
        delete: operations["Connection.deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update connection
         * @description Update a connection's attributes.
         */
        patch: operations["Connection.updateConnection"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The `connection` object represents an authenticated connection to a third-party service (like Google Drive, Hubspot, Dropbox, etc.) that can be managed through the API. */
        Connection: {
            /** @description The connection identifier, which can be referenced in the API endpoints. */
            id: string;
            /** @description The connector ID of the third-party service this connection authenticates with. */
            connector_id: string;
            /** @description The ISO string for when the connection was created. */
            created_at: string;
            /** @description The name of the connection. */
            name: string;
            /**
             * @description The object type, which is always `connection`.
             * @enum {string}
             */
            object: "connection";
            /** @description The teamspace ID that owns this connection. */
            teamspace_id: string;
            /** @description The ISO string for when the connection was last updated. */
            updated_at: string;
            /** @description Whether the connection authentication is valid. */
            valid?: boolean;
            /** @description The authentication value of the connection. */
            value?: string;
        };
        ConnectionUpdate: {
            /** @description The name of the connection. */
            name: string;
        };
        /** @description One page of connections (the SDK's `CursorIDPageResponse`). The next page is requested with `after` set to the `id` of the last item of `data`; an empty `data` means there are no more. */
        ConnectionsPage: {
            data: components["schemas"]["Connection"][];
        };
        /** @description Datagrid's error body. Its fields are not published in the SDK, which raises a typed error (AuthenticationError, NotFoundError) with the parsed JSON body. */
        Error: {
            [key: string]: unknown;
        };
        /** @description The `redirect_url` object represents a redirect url for a connection. */
        RedirectURLResponse: {
            /** @enum {string} */
            object: "redirect_url";
            /** @description The redirect url for a connection. */
            redirect_url: string;
        };
        /** @description Returned when the rate limit is exceeded. Rate limits are enforced per teamspace, endpoint path, and HTTP method over a 60-second sliding window. Each endpoint may have its own limit — check the X-RateLimit-Limit response header for the effective value. */
        RateLimitError: {
            /** @description The HTTP status code (429). */
            status_code: number;
            /**
             * @deprecated
             * @description Deprecated. Use status_code instead.
             */
            statusCode?: number;
            /**
             * @description The error code identifying this as a rate limit error.
             * @enum {string}
             */
            error: "rate_limit_exceeded";
            /** @description A human-readable error message. */
            message: string;
            /** @description Suggested action to resolve the error. */
            mitigation?: string;
            /** @description Whether the request can be retried after a delay. */
            retryable: boolean;
            details?: {
                /** @description A detailed explanation of why the rate limit was exceeded. */
                reason?: string;
            };
        };
    };
    responses: {
        /** @description The API key is missing or invalid (the SDK's AuthenticationError). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No connection with this id in the teamspace (the SDK's NotFoundError). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded. The request has been throttled because the rate limit for this endpoint has been reached. Check the `Retry-After` response header and retry after the specified number of seconds. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
    };
    parameters: {
        /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
        TeamspaceHeader: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Number of seconds to wait before retrying the request.
         * @example 12
         */
        RetryAfter: number;
        /**
         * @description The effective request limit for this endpoint per teamspace, path and method over a 60-second sliding window.
         * @example 60
         */
        RateLimitLimit: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "Connection.listConnections": {
        parameters: {
            query?: {
                /** @description A connection `id`: the page starts after it. For the next page, pass the `id` of the last connection of the current page. */
                after?: string;
                /** @description A connection `id`: the page ends before it (paging backwards; pass the `id` of the first connection of the current page). */
                before?: string;
                /**
                 * @description The number of connections to return in one page.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Filter connections by connector ID.
                 * @example google_drive
                 */
                connector_id?: string;
            };
            header?: {
                /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
                "Datagrid-Teamspace"?: components["parameters"]["TeamspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionsPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    "Connection.createConnection": {
        parameters: {
            query?: never;
            header?: {
                /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
                "Datagrid-Teamspace"?: components["parameters"]["TeamspaceHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The connector ID for the third-party service to connect to. */
                    connector_id: string;
                    /** @description Optional connection provider ID to use custom OAuth credentials for this connection. */
                    connection_provider_id?: string | null;
                };
            };
        };
        responses: {
            /** @description Connection creation initiated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedirectURLResponse"];
                };
            };
            /** @description Rate limit exceeded. The request has been throttled because the rate limit for this endpoint has been reached. Check the `Retry-After` response header and retry after the specified number of seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitError"];
                };
            };
        };
    };
    "Connection.getConnection": {
        parameters: {
            query?: never;
            header?: {
                /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
                "Datagrid-Teamspace"?: components["parameters"]["TeamspaceHeader"];
            };
            path: {
                /**
                 * @description The connection identifier.
                 * @example 3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f
                 */
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    "Connection.deleteConnection": {
        parameters: {
            query?: never;
            header?: {
                /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
                "Datagrid-Teamspace"?: components["parameters"]["TeamspaceHeader"];
            };
            path: {
                /**
                 * @description The connection identifier.
                 * @example 3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f
                 */
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    "Connection.updateConnection": {
        parameters: {
            query?: never;
            header?: {
                /** @description ID of the teamspace to act in. Rate limits are counted per teamspace, endpoint path and HTTP method. */
                "Datagrid-Teamspace"?: components["parameters"]["TeamspaceHeader"];
            };
            path: {
                /**
                 * @description The connection identifier.
                 * @example 3f6c1d2e-8a4b-4c7d-9e0f-1a2b3c4d5e6f
                 */
                connection_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionUpdate"];
            };
        };
        responses: {
            /** @description The updated connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
}
