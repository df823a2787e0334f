// Generated from specs/agentstack.yaml by scripts/generate; do not edit (change the document or the generator).

export interface paths {
    "/api/v1/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Connector
         * @description Registers a connector to a remote MCP server at `url`. The connector's `state` moves from `created` to `auth_required` (the end user must visit `auth_request.authorization_endpoint`) to `connected`, or to `disconnected` with a `disconnect_reason`.
         */
        post: operations["createConnector"];
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
         * Metadata
         * @description Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard.
         *
         *     Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
         */
        Metadata: {
            [key: string]: string;
        };
        ConnectorCreateRequest: {
            /**
             * Format: uri
             * @description URL of the remote MCP server. The scheme must be `http` or `https` (or `mcp+stdio` for a preset).
             */
            url: string;
            /** @description OAuth client ID to use with the MCP server. */
            client_id?: string | null;
            /** @description OAuth client secret; only accepted together with `client_id`. */
            client_secret?: string | null;
            metadata?: components["schemas"]["Metadata"] | null;
            /**
             * @description Whether to match `url` against the server's connector presets.
             * @default true
             */
            match_preset?: boolean;
        };
        /**
         * @description Where the connector is: `created` -> `auth_required` -> `connected`, or `disconnected` (see `disconnect_reason`).
         * @enum {string}
         */
        ConnectorState: "created" | "auth_required" | "connected" | "disconnected";
        /** AuthorizationCodeRequest */
        AuthorizationCodeRequest: {
            /**
             * Format: uri
             * @description Where the end user must go to authorize the connector.
             */
            authorization_endpoint: string;
            /**
             * @default code
             * @enum {string}
             */
            type: "code";
        };
        ConnectorResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            state: components["schemas"]["ConnectorState"];
            /** @description Set when `state` is `auth_required`; null otherwise. */
            auth_request: components["schemas"]["AuthorizationCodeRequest"] | null;
            /** @description Why the connector was disconnected, when `state` is `disconnected`. */
            disconnect_reason: string | null;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: uuid */
            created_by: string;
        };
        HTTPError: {
            /** @description What was wrong with the request. */
            detail: string;
        };
        /** ValidationError */
        ValidationError: {
            loc: (string | number)[];
            msg: string;
            type: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            detail: components["schemas"]["ValidationError"][];
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
    createConnector: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectorCreateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResponse"];
                };
            };
            /** @description Bad Request (for example `client_secret` sent without `client_id`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
