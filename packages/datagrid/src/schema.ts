// Generated from specs/datagrid.yaml by scripts/generate; do not edit (change the document or the generator).

export interface paths {
    "/connections": {
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
         * @description Creates a new connection to authenticate with a third-party service (like Google Drive, Hubspot, Dropbox, etc.) and returns a redirect URL for the connection authentication flow.
         */
        post: operations["Connection.createConnection"];
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
    responses: never;
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
}
