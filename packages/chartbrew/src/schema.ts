// Generated from specs/chartbrew.yaml by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/team/{team_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the team's connections
         * @description Every connection of the team, newest first, without `password` and `schema`, SSH secrets replaced by `hasSsh…` flags. Not paginated. Project-level roles see only the connections of their projects, with the fields they may not read set to null.
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create a connection
         * @description Creates a connection (a data source) in the team.
         *
         *     If your connection requires SSL certificates, you'll need to upload them using the update connection files endpoint after creating the connection.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the connection (it must belong to the team).
                 * @example 187
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Get a connection
         * @description One connection of the team. SSH secrets are replaced by `hasSsh…` flags; `password` is emptied for users who may not edit.
         */
        get: operations["getConnection"];
        /**
         * Update a connection
         * @description Updates the fields sent (the path's `team_id` is written over the body's) and answers with the updated connection.
         */
        put: operations["updateConnection"];
        post?: never;
        /**
         * Delete a connection
         * @description Removes the connection (and, with `removeDatasets`, the datasets and data requests that use it).
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/connections/{connection_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the connection (it must belong to the team).
                 * @example 187
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Test a connection
         * @description Connects to the data source with the saved settings. SQL sources also answer with the schema they read.
         */
        get: operations["testConnection"];
        put?: never;
        post?: never;
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
        /** @enum {string} */
        ConnectionType: "mongodb" | "api" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
        /**
         * @description Used for connections based on main types.
         * @enum {string}
         */
        ConnectionSubType: "timescaledb" | "supabasedb" | "rdsPostgres" | "rdsMysql" | "api" | "mongodb" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
        ConnectionCreate: {
            name: string;
            type: components["schemas"]["ConnectionType"];
            /** @description ID of the team; the `team_id` in the path wins over this one. */
            team_id: number;
            subType?: components["schemas"]["ConnectionSubType"];
            host?: string;
            port?: string;
            username?: string;
            /** Format: password */
            password?: string;
            /** @description Used for MongoDB, Postgres, and MySQL connections. */
            options?: Record<string, unknown>;
            /** @description Used for API connections. */
            authentication?: Record<string, unknown>;
            /** @description JSON object containing the Firebase service account credentials. */
            firebaseServiceAccount?: Record<string, unknown>;
            /** @default false */
            ssl?: boolean;
            /** @default require */
            sslMode?: string;
            /** @description Used for Postgres and MySQL. This gets populated automatically whenever the connection is used in a chart. */
            schema?: Record<string, unknown>;
        };
        Connection: {
            id?: number;
            team_id?: number;
            project_ids?: string[];
            oauth_id?: string;
            name?: string;
            type?: components["schemas"]["ConnectionType"];
            subType?: components["schemas"]["ConnectionSubType"];
            /** @default true */
            active?: boolean;
            host?: string;
            dbName?: string;
            port?: string;
            username?: string;
            password?: string;
            /** @default false */
            srv?: boolean;
            options?: Record<string, unknown>;
            /** @description Used for MongoDB, Postgres, and MySQL connections. */
            connectionString?: string;
            /** @description Used for API connections. */
            authentication?: Record<string, unknown>;
            /** @description JSON object containing the Firebase service account credentials. */
            firebaseServiceAccount?: Record<string, unknown>;
            /** @default false */
            ssl?: boolean;
            /** @default require */
            sslMode?: string;
            sslCa?: string;
            sslCert?: string;
            sslKey?: string;
            schema?: Record<string, unknown>;
            allowPrivateHost?: boolean | null;
            useSsh?: boolean | null;
            sshHost?: string | null;
            sshPort?: number | null;
            sshUsername?: string | null;
            sshJumpHost?: string | null;
            sshJumpPort?: number | null;
            /** @description Whether an SSH password is stored (the password itself is never returned). */
            hasSshPassword?: boolean;
            /** @description Whether an SSH private key is stored (the key itself is never returned). */
            hasSshPrivateKey?: boolean;
            /** @description Whether an SSH key passphrase is stored (it is never returned). */
            hasSshPassphrase?: boolean;
            /** @description The OAuth grant of the connection (Google Analytics), without its refresh token. */
            OAuth?: Record<string, unknown> | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        /** @description The fields to change; the path's `team_id` is written over the body's. */
        ConnectionUpdate: {
            name?: string;
            type?: components["schemas"]["ConnectionType"];
            subType?: components["schemas"]["ConnectionSubType"];
            active?: boolean;
            host?: string;
            dbName?: string;
            port?: string;
            username?: string;
            /** Format: password */
            password?: string;
            srv?: boolean;
            options?: Record<string, unknown>;
            connectionString?: string;
            authentication?: Record<string, unknown>;
            firebaseServiceAccount?: Record<string, unknown>;
            ssl?: boolean;
            sslMode?: string;
            schema?: Record<string, unknown>;
        };
        ConnectionTestResult: {
            success: boolean;
            /** @description For SQL sources, the schema read from the database. */
            schema?: Record<string, unknown>;
        };
        ErrorBody: {
            error: string;
        };
        ErrorMessage: {
            message: string;
        };
    };
    responses: {
        /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/html": string;
            };
        };
        /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`), or a project-level role asks for a connection outside its projects (`{ "error": "Not authorized" }`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"] | components["schemas"]["ErrorBody"];
            };
        };
        /** @description The team has no connection with this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server could not do it; it sends the error object it caught (often empty). */
        Failed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": Record<string, unknown>;
            };
        };
        /** @description The team's connections could not be read. */
        ListFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the team.
         * @example 42
         */
        TeamId: string;
        /**
         * @description ID of the connection (it must belong to the team).
         * @example 187
         */
        ConnectionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listConnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"][];
                };
            };
            400: components["responses"]["ListFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team. It wins over `team_id` in the body.
                 * @example 42
                 */
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionCreate"];
            };
        };
        responses: {
            /** @description The created connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            /** @description The request is missing a required field or is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            /** @description The token is missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            /** @description The token lacks permission to create connections in this team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the connection (it must belong to the team).
                 * @example 187
                 */
                connection_id: components["parameters"]["ConnectionId"];
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
            400: components["responses"]["Failed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the connection (it must belong to the team).
                 * @example 187
                 */
                connection_id: components["parameters"]["ConnectionId"];
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
            400: components["responses"]["Failed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: {
                /**
                 * @description Also remove the datasets that use this connection (any non-empty value).
                 * @example true
                 */
                removeDatasets?: string;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the connection (it must belong to the team).
                 * @example 187
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: boolean;
                    };
                };
            };
            400: components["responses"]["Failed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    testConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the team.
                 * @example 42
                 */
                team_id: components["parameters"]["TeamId"];
                /**
                 * @description ID of the connection (it must belong to the team).
                 * @example 187
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data source answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionTestResult"];
                };
            };
            /** @description The test failed, the source is disabled on this server, or the outbound target policy refused the host. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
