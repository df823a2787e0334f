// Generated from specs/chartbrew.yaml by scripts/generate; do not edit (change the document or the generator).

export interface paths {
    "/team/{team_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
        };
        ErrorMessage: {
            message: string;
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
}
