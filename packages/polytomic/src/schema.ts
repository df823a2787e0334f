// Generated from specs/polytomic.yaml by scripts/generate; do not edit (change the document or the generator).

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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
    responses: never;
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
}
