// Generated from specs/agentstack.yaml by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/api/v1/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Connectors
         * @description Lists the caller's connectors. Not paginated: every connector is in `items`, `total_count` is their number and `has_more` is false.
         */
        get: operations["listConnectors"];
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
    "/api/v1/connectors/{connector_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        /**
         * Read Connector
         * @description Reads one of the caller's connectors, with its current `state`.
         */
        get: operations["readConnector"];
        put?: never;
        post?: never;
        /**
         * Delete Connector
         * @description Deletes one of the caller's connectors, revoking its OAuth token first where the authorization server supports revocation.
         */
        delete: operations["deleteConnector"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/{connector_id}/connect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect Connector
         * @description Probes the connector's MCP server. If it answers, `state` becomes `connected`. If it answers 401, the server starts an OAuth authorization code flow: `state` becomes `auth_required` and `auth_request.authorization_endpoint` is where the end user must go; after the authorization server redirects back to the connectors OAuth callback, the user is sent on to `redirect_url`.
         */
        post: operations["connectConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/{connector_id}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect Connector
         * @description Disconnects a `connected` or `auth_required` connector: its OAuth token is revoked, `state` becomes `disconnected` and `disconnect_reason` is `Client request`.
         */
        post: operations["disconnectConnector"];
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
        ConnectorConnectRequest: {
            /**
             * Format: uri
             * @description Where the end user is sent after completing the authorization.
             */
            redirect_url?: string | null;
        };
        PaginatedResult_ConnectorResponse_: {
            items: components["schemas"]["ConnectorResponse"][];
            total_count: number;
            /** @default false */
            has_more: boolean;
            /**
             * Format: uuid
             * @description The id of the last item (null when there are none).
             */
            next_page_token: string | null;
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
    responses: {
        /** @description No valid credentials. */
        Unauthorized: {
            headers: {
                /**
                 * @description Where the protected-resource metadata is (OAuth).
                 * @example Bearer resource_metadata="http://localhost:8333/.well-known/oauth-protected-resource"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPError"];
            };
        };
        /** @description The user lacks the connectors permission the operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPError"];
            };
        };
        /** @description The caller has no connector with this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPError"];
            };
        };
        /** @description Validation Error (`connector_id` is not a UUID). */
        InvalidConnectorId: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
    };
    parameters: {
        /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
        ConnectorId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResult_ConnectorResponse_"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
    readConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidConnectorId"];
        };
    };
    deleteConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidConnectorId"];
        };
    };
    connectConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectorConnectRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Validation Error (`connector_id` is not a UUID, or `redirect_url` is not a URL). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description The probe failed for another reason. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The MCP server answered with an error other than 401 (its body is the detail). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The MCP server could not be reached. */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    disconnectConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 6f1d3b8e-2a47-4c95-8e0b-9d4c7a1f2e63 */
                connector_id: components["parameters"]["ConnectorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResponse"];
                };
            };
            /** @description The connector is neither connected nor auth_required. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidConnectorId"];
        };
    };
}
