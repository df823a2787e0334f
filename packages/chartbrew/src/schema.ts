// Generated from specs/chartbrew.json by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get all teams for the authenticated user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Array of teams the user is a member of */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserTeams"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description Create a new team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTeam"];
                };
            };
            responses: {
                /** @description Team created successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get a team by ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Team details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error?: string;
                        };
                    };
                };
            };
        };
        /** @description Update a team */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTeam"];
                };
            };
            responses: {
                /** @description Team updated successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error?: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get all teams for a user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the user */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Array of teams the user is a member of */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserTeams"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get all connections for a team */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description ID of the team
                     * @example 42
                     */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Array of connections */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connection"][];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`); a project-level role asking for a connection outside its projects gets `{ "error": "Not authorized" }`. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** @description Create a new connection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description ID of the team
                     * @example 42
                     */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewConnection"];
                };
            };
            responses: {
                /** @description Created connection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connection"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                        "text/html": string;
                    };
                };
                /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`); a project-level role asking for a connection outside its projects gets `{ "error": "Not authorized" }`. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
            path?: never;
            cookie?: never;
        };
        /** @description Get a connection by ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description ID of the team
                     * @example 42
                     */
                    team_id: string;
                    /**
                     * @description ID of the connection
                     * @example 187
                     */
                    connection_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Connection details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connection"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                        "text/html": string;
                    };
                };
                /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`); a project-level role asking for a connection outside its projects gets `{ "error": "Not authorized" }`. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The team has no connection with this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** @description Update a connection */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description ID of the team
                     * @example 42
                     */
                    team_id: string;
                    /**
                     * @description ID of the connection
                     * @example 187
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
                /** @description Updated connection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connection"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                        "text/html": string;
                    };
                };
                /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`); a project-level role asking for a connection outside its projects gets `{ "error": "Not authorized" }`. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The team has no connection with this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a connection */
        delete: {
            parameters: {
                query?: {
                    /**
                     * @description Also remove the datasets and data requests that use this connection: any non-empty value does, "false" too; leave it out to keep them.
                     * @example true
                     */
                    removeDatasets?: string;
                };
                header?: never;
                path: {
                    /**
                     * @description ID of the team
                     * @example 42
                     */
                    team_id: string;
                    /**
                     * @description ID of the connection
                     * @example 187
                     */
                    connection_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Connection deleted successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            removed: boolean;
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                        "text/html": string;
                    };
                };
                /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`); a project-level role asking for a connection outside its projects gets `{ "error": "Not authorized" }`. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The team has no connection with this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/connections/{connection_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Add files to a connection (like SSL certificates) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                    /** @description ID of the connection */
                    connection_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description SSL CA certificate file
                         */
                        sslCa?: Blob | ReadableStream<Uint8Array> | Uint8Array;
                        /**
                         * Format: binary
                         * @description SSL certificate file
                         */
                        sslCert?: Blob | ReadableStream<Uint8Array> | Uint8Array;
                        /**
                         * Format: binary
                         * @description SSL key file
                         */
                        sslKey?: Blob | ReadableStream<Uint8Array> | Uint8Array;
                    } | FormData;
                };
            };
            responses: {
                /** @description Updated connection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Connection"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example No files were uploaded */
                            error?: string;
                        };
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/connections/{connection_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Test a connection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description ID of the team
                     * @example 42
                     */
                    team_id: string;
                    /**
                     * @description ID of the connection
                     * @example 187
                     */
                    connection_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Test successful */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            success: boolean;
                            /** @description For SQL sources, the schema read from the database. */
                            schema?: {
                                tables?: string[];
                                /** @description The column names of each table. */
                                description?: {
                                    [key: string]: string[];
                                };
                            };
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token: the token check answers with text ("Token is missing.", "Unauthorized access."); a route that finds the user may not act answers `{ "error": "Not authorized" }`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                        "text/html": string;
                    };
                };
                /** @description The user has no role in the team, or its role may not do this (`{ "message": "Access denied" }`); a project-level role asking for a connection outside its projects gets `{ "error": "Not authorized" }`. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The team has no connection with this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get all datasets for a team */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Array of datasets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dataset"][];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** @description Create a new dataset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewDataset"];
                };
            };
            responses: {
                /** @description Created dataset */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dataset"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/quick-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Quickly create a dataset with all its data requests in one go */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuickCreateDataset"];
                };
            };
            responses: {
                /** @description Created dataset with all data requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dataset"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get a dataset by ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                    /** @description ID of the dataset */
                    dataset_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dataset object */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dataset"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** @description Update a dataset */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                    /** @description ID of the dataset */
                    dataset_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DatasetUpdate"];
                };
            };
            responses: {
                /** @description Updated dataset */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dataset"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a dataset */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                    /** @description ID of the dataset */
                    dataset_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dataset deleted successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": boolean;
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Run the request attached to the dataset */
        get: {
            parameters: {
                query?: {
                    /** @description Skip running the data source */
                    noSource?: boolean;
                    /** @description Get cached data if available */
                    getCache?: boolean;
                    /** @description Filter parameters for the request */
                    filters?: components["schemas"]["DatasetFilters"];
                };
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                    /** @description ID of the dataset */
                    dataset_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dataset with request results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            options?: components["schemas"]["Dataset"];
                            data?: Record<string, unknown>[];
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Dataset not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}/dataRequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get data requests by dataset ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List of data requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequest"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a new data request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DataRequest"];
                };
            };
            responses: {
                /** @description Data request created successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}/dataRequests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a data request */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DataRequest"];
                };
            };
            responses: {
                /** @description Updated data request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequest"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a data request */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Data request deleted successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            deleted?: boolean;
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}/dataRequests/{id}/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a single data request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        noSource?: boolean;
                        getCache?: boolean;
                        filters?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Data request results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequestResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}/dataRequests/{id}/variableBindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a new variable binding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VariableBinding"];
                };
            };
            responses: {
                /** @description Variable binding created successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/team/{team_id}/datasets/{dataset_id}/dataRequests/{id}/variableBindings/{variable_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a variable binding */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    team_id: number;
                    dataset_id: number;
                    id: number;
                    variable_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VariableBinding"];
                };
            };
            responses: {
                /** @description Variable binding updated successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequest"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a new dashboard */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewDashboard"];
                };
            };
            responses: {
                /** @description Created dashboard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get a specific dashboard by ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the dashboard */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dashboard response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** @description Update a dashboard */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the dashboard */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DashboardUpdate"];
                };
            };
            responses: {
                /** @description Updated dashboard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a dashboard */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the dashboard */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dashboard deleted successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            removed?: boolean;
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/team/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get all dashboards for a team */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the team */
                    team_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Array of dashboards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DashboardItem"][];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/dashboard/{brewName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get a public dashboard by its brew name */
        get: {
            parameters: {
                query?: {
                    /** @description Password for protected dashboards */
                    pass?: string;
                    /** @description Access token for SharePolicy-protected dashboards */
                    token?: string;
                };
                header?: never;
                path: {
                    /** @description Brew name of the dashboard */
                    brewName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Public dashboard response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dashboard"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized or access token required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Password required or incorrect, or share policy disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chart/share/{share_string}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Get a chart for sharing */
        get: {
            parameters: {
                query?: {
                    /** @description Access token generated from the SharePolicy */
                    token?: string;
                    /** @description Theme for the embedded chart (light, dark, os) */
                    theme?: "light" | "dark" | "os";
                };
                header?: never;
                path: {
                    /** @description Share policy's share_string */
                    share_string: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chart data */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized - chart must be public or valid token required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Payload too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{id}/share/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a share policy for a project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created share policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharePolicy"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{id}/share/policy/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Update a share policy for a project */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    id: string;
                    /** @description ID of the share policy */
                    policy_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SharePolicyUpdate"];
                };
            };
            responses: {
                /** @description Updated share policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharePolicy"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a share policy for a project */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the share policy */
                    policy_id: string;
                    /** @description ID of the project */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted share policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            deleted?: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{id}/share/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Generate a share token for a project with SharePolicy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ShareTokenRequest"];
                };
            };
            responses: {
                /** @description Generated share token and URL */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShareTokenResponse"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns all charts for a specific project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Array of charts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"][];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** @description Creates a new chart in the project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                };
                cookie?: never;
            };
            /** @description Chart data */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewChart"];
                };
            };
            responses: {
                /** @description Created chart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/quick-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Quickly create a chart with all its chart dataset configs in one go */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuickNewChart"];
                };
            };
            responses: {
                /** @description Created chart with all chart dataset configs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns a specific chart by ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chart response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** @description Updates an existing chart */
        put: {
            parameters: {
                query?: {
                    /** @description Only return updated fields */
                    justUpdates?: boolean;
                };
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            /** @description Chart update data */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChartUpdate"];
                };
            };
            responses: {
                /** @description Updated chart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Invalid data */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a specific chart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chart deleted successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted?: boolean;
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{id}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Run the query for a chart */
        post: {
            parameters: {
                query?: {
                    /** @description Skip source data in response */
                    no_source?: boolean;
                    /** @description Skip data parsing */
                    skip_parsing?: boolean;
                    /** @description Get cached data if available */
                    getCache?: boolean;
                };
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            /** @description Query filters */
            requestBody?: {
                content: {
                    "application/json": {
                        filters?: Record<string, unknown>[];
                    };
                };
            };
            responses: {
                /** @description Chart data response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Chart"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Payload too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{id}/share/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a share policy for a chart */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created chart share policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharePolicy"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{chart_id}/share/policy/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Update a share policy for a chart */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    chart_id: string;
                    /** @description ID of the share policy */
                    policy_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SharePolicyUpdate"];
                };
            };
            responses: {
                /** @description Updated share policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharePolicy"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a share policy for a chart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    chart_id: string;
                    /** @description ID of the share policy */
                    policy_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted share policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            deleted?: boolean;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{id}/share/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Generate a share token for a chart embed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ChartShareTokenRequest"];
                };
            };
            responses: {
                /** @description Generated chart share token and URL */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShareTokenResponse"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Access denied */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{id}/chart-dataset-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a new chart dataset configuration */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChartDatasetConfig"];
                };
            };
            responses: {
                /** @description Created chart dataset configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChartDatasetConfig"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/project/{project_id}/chart/{id}/chart-dataset-config/{cdc_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Update a chart dataset configuration */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                    /** @description ID of the chart dataset configuration */
                    cdc_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChartDatasetConfig"];
                };
            };
            responses: {
                /** @description Updated chart dataset configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChartDatasetConfig"];
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** @description Delete a chart dataset configuration */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the project */
                    project_id: string;
                    /** @description ID of the chart */
                    id: string;
                    /** @description ID of the chart dataset configuration */
                    cdc_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted chart dataset configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example true */
                            removed?: boolean;
                        };
                    };
                };
                /** @description Error response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Team: {
            id?: number;
            name?: string;
            TeamRoles?: components["schemas"]["TeamRole"][];
            showBranding?: boolean;
            allowReportRefresh?: boolean;
            allowReportExport?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        CreateTeam: {
            name?: string;
            showBranding?: boolean;
            allowReportRefresh?: boolean;
            allowReportExport?: boolean;
        };
        UserTeams: {
            id?: number;
            name?: string;
            TeamRoles?: components["schemas"]["TeamRole"][];
            Projects?: {
                id?: number;
                name?: string;
                Charts?: {
                    id?: number;
                }[];
            }[];
            Connections?: {
                id?: number;
            }[];
            showBranding?: boolean;
            allowReportRefresh?: boolean;
            allowReportExport?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        }[];
        TeamRole: {
            id?: number;
            team_id?: number;
            user_id?: number;
            role?: string;
            projects?: string[];
            canExport?: boolean;
        };
        ConnectionResponse: {
            id?: number;
            team_id?: number;
            project_ids?: string[];
            /** Format: uuid */
            oauth_id?: string;
            name?: string;
            /** @enum {string} */
            type?: "mongodb" | "api" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
            /** @enum {string} */
            subType?: "timescaledb" | "supabasedb" | "rdsPostgres" | "rdsMysql";
            /** @default true */
            active?: boolean;
            /** @default false */
            ssl?: boolean;
            /** @default require */
            sslMode?: string;
        };
        Connection: {
            id?: number;
            team_id?: number;
            project_ids?: string[];
            /** Format: uuid */
            oauth_id?: string;
            name?: string;
            /** @enum {string} */
            type?: "mongodb" | "api" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
            /**
             * @description Used for connections based on main types
             * @enum {string}
             */
            subType?: "timescaledb" | "supabasedb" | "rdsPostgres" | "rdsMysql" | "api" | "mongodb" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
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
            /** @description Used for MongoDB, Postgres, and MySQL connections */
            connectionString?: string;
            /** @description Used for API connections */
            authentication?: {
                /** @enum {string} */
                type?: "bearer_token" | "basic_auth";
                token?: string;
                user?: string;
                pass?: string;
            };
            /** @description JSON object containing the Firebase service account credentials */
            firebaseServiceAccount?: Record<string, unknown>;
            /** @default false */
            ssl?: boolean;
            /** @default require */
            sslMode?: string;
            sslCa?: string;
            sslCert?: string;
            sslKey?: string;
            schema?: Record<string, unknown>;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
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
        };
        NewConnection: {
            name: string;
            /** @enum {string} */
            type: "mongodb" | "api" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
            /**
             * @description Used for connections based on main types
             * @enum {string}
             */
            subType?: "timescaledb" | "supabasedb" | "rdsPostgres" | "rdsMysql" | "api" | "mongodb" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
            team_id: number;
            host?: string;
            port?: string;
            username?: string;
            password?: string;
            /** @description Used for MongoDB, Postgres, and MySQL connections */
            options?: Record<string, unknown>;
            /** @description Used for API connections */
            authentication?: {
                /** @enum {string} */
                type?: "bearer_token" | "basic_auth";
                token?: string;
                user?: string;
                pass?: string;
            };
            /** @description JSON object containing the Firebase service account credentials */
            firebaseServiceAccount?: Record<string, unknown>;
            /** @default false */
            ssl?: boolean;
            /** @default require */
            sslMode?: string;
            /** @description Used for Postgres and MySQL. This gets populated automatically whenever the connection is used in a chart. */
            schema?: Record<string, unknown>;
        };
        ConnectionUpdate: {
            name?: string;
            host?: string;
            port?: string;
            username?: string;
            password?: string;
            /** @description Used for MongoDB, Postgres, and MySQL connections */
            options?: Record<string, unknown>;
            /** @enum {string} */
            type?: "mongodb" | "api" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
            /**
             * @description Used for connections based on main types
             * @enum {string}
             */
            subType?: "timescaledb" | "supabasedb" | "rdsPostgres" | "rdsMysql" | "api" | "mongodb" | "mysql" | "postgres" | "realtimedb" | "firestore" | "googleAnalytics" | "customerio";
            /** @description Used for API connections */
            authentication?: {
                /** @enum {string} */
                type?: "bearer_token" | "basic_auth";
                token?: string;
                user?: string;
                pass?: string;
            };
            /** @description JSON object containing the Firebase service account credentials */
            firebaseServiceAccount?: Record<string, unknown>;
            /** @default false */
            ssl?: boolean;
            /** @default require */
            sslMode?: string;
            /** @description Used for Postgres and MySQL. This gets populated automatically whenever the connection is used in a chart. */
            schema?: Record<string, unknown>;
            project_ids?: string[];
            active?: boolean;
            dbName?: string;
            srv?: boolean;
            /** @description Used for MongoDB, Postgres, and MySQL connections */
            connectionString?: string;
        };
        Dataset: {
            id?: number;
            team_id?: number;
            project_ids?: number[];
            chart_id?: number;
            connection_id?: number;
            /** @default true */
            draft?: boolean;
            query?: string;
            xAxis?: string;
            xAxisOperation?: string;
            yAxis?: string;
            /** @default none */
            yAxisOperation?: string;
            dateField?: string;
            dateFormat?: string;
            legend?: string;
            fieldsSchema?: Record<string, unknown>;
            excludedFields?: string[];
            configuration?: Record<string, unknown>;
            joinSettings?: {
                joins?: {
                    /** @description DataRequest ID */
                    dr_id?: number;
                    join_id?: number;
                    dr_field?: string;
                    join_field?: string;
                }[];
            };
        };
        NewDataset: {
            team_id: number;
            project_ids?: number[];
            name?: string;
            connection_id?: number;
            type?: string;
            query?: string;
            datasetColor?: string;
            dateField?: string;
            dateFormat?: string;
            legend?: string;
            configuration?: Record<string, unknown>;
        };
        /** @description Create a dataset with all its data requests in one API call */
        QuickCreateDataset: {
            /** @description ID of the team */
            team_id: number;
            /** @description Array of project IDs where members can access the dataset */
            project_ids?: number[];
            /**
             * @description Whether the dataset is a draft and should be hidden from dashboard viewers
             * @default true
             */
            draft?: boolean;
            /** @description X axis or metric field using traversal syntax - root[].field */
            dimension?: string;
            /** @description Y axis field using traversal syntax */
            metric?: string;
            /**
             * @description Operation to perform on the y-axis - none, sum, avg, min, max, count
             * @default none
             * @enum {string}
             */
            metricOperation?: "none" | "count" | "count_unique" | "sum" | "avg" | "min" | "max";
            /** @description Date field using traversal syntax. Specifies which field should be used for date filtering. */
            dateField?: string;
            /** @description Date format to use for date filtering. e.g YYYY-MM-DD */
            dateFormat?: string;
            /** @description Legend label (name) of the dataset */
            legend?: string;
            /** @description Conditions to apply to the dataset - used for filtering */
            conditions?: {
                id?: string;
                /** @description Field using traversal syntax - root[].field */
                field?: string;
                /**
                 * @description Comparison operator
                 * @enum {string}
                 */
                operator?: "is" | "isNot" | "greaterThan" | "lessThan" | "greaterThanOrEqual" | "lessThanOrEqual" | "contains" | "notContains" | "isNull" | "isNotNull";
                value?: string;
                /** @description Whether to display the values in the dropdown UI */
                displayValues?: boolean;
            }[];
            /** @description Schema of the fields in the dataset key(field name) => value(type). This gets populated automatically whenever the dataset is used in a chart. */
            fieldsSchema?: Record<string, unknown>;
            /** @description Join settings for the dataset. Use indices (0-based) in joins array to reference data requests before they are created. */
            joinSettings?: {
                joins?: {
                    /** @description Index (0-based) of the data request in dataRequests array, or DataRequest ID after creation */
                    dr_id?: number;
                    /** @description Index (0-based) of the join data request in dataRequests array, or DataRequest ID after creation */
                    join_id?: number;
                    /** @description Field in the dataset to join on */
                    dr_field?: string;
                    /** @description Field in the main source data request to join on */
                    join_field?: string;
                    /** @description Alias for the joined data */
                    alias?: string;
                }[];
            };
            /** @description Array of data requests to create with the dataset */
            dataRequests?: components["schemas"]["QuickCreateDataRequest"][];
            /**
             * @description Index (0-based) of the main data request in the dataRequests array. Defaults to 0.
             * @default 0
             */
            main_dr_index?: number;
            /** @description Variable bindings for the dataset. The entity_type and entity_id will be automatically set. */
            variableBindings?: components["schemas"]["NewVariableBinding"][];
        };
        /** @description Variable binding to create. entity_type and entity_id are automatically set based on the parent entity. */
        NewVariableBinding: {
            /** @description Variable name. Can be provided with or without {{ }} wrapper (e.g., 'myVar' or '{{myVar}}'). The wrapper will be automatically removed. */
            name: string;
            /**
             * @description Type of the variable
             * @enum {string}
             */
            type: "string" | "number" | "boolean" | "date";
            /** @description Default value for the variable */
            default_value?: string;
            /**
             * @description Whether the variable is required
             * @default false
             */
            required?: boolean;
        };
        DatasetUpdate: {
            project_ids?: number[];
            name?: string;
            connection_id?: number;
            type?: string;
            query?: string;
            datasetColor?: string;
            dateField?: string;
            dateFormat?: string;
            legend?: string;
            configuration?: Record<string, unknown>;
            joinSettings?: {
                joins?: {
                    /** @description DataRequest ID */
                    dr_id?: number;
                    join_id?: number;
                    dr_field?: string;
                    join_field?: string;
                }[];
            };
        };
        DatasetFilters: {
            conditions?: {
                /** @description Field name to filter on */
                field?: string;
                /**
                 * @description Comparison operator
                 * @enum {string}
                 */
                operator?: "=" | "!=" | ">" | "<" | ">=" | "<=" | "LIKE" | "IS NULL" | "IS NOT NULL";
                /** @description Value to compare against */
                value?: string;
            }[];
            dateRange?: {
                /**
                 * Format: date-time
                 * @description Start date for filtering
                 */
                start?: string;
                /**
                 * Format: date-time
                 * @description End date for filtering
                 */
                end?: string;
            };
        };
        DataRequest: {
            id?: number;
            /** @description Reference to Dataset model */
            dataset_id?: number;
            /** @description Reference to Connection model */
            connection_id?: number;
            /** @enum {string} */
            method?: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
            /** @description API endpoint path */
            route?: string;
            headers?: {
                key?: string;
                value?: string;
            }[];
            /** @description Request body in JSON string format */
            body?: string;
            /** @default true */
            useGlobalHeaders?: boolean;
            query?: string;
            /** @default false */
            pagination?: boolean;
            /**
             * @description Path to items array in response
             * @default items
             */
            items?: string;
            /**
             * @description Maximum number of items to return
             * @default 0
             */
            itemsLimit?: number;
            /**
             * @description Pagination offset field name
             * @default offset
             */
            offset?: string;
            /** @description Field used for pagination */
            paginationField?: string;
            /** @description Template type for request formatting */
            template?: string;
            conditions?: {
                field?: string;
                value?: string;
                /** @enum {string} */
                operator?: "=" | "!=" | ">" | "<" | ">=" | "<=" | "LIKE" | "IS NULL" | "IS NOT NULL";
            }[];
            configuration?: components["schemas"]["DataRequestConfiguration"];
            /** @description Request variables */
            variables?: {
                [key: string]: unknown;
            };
            Connection?: {
                id?: number;
                name?: string;
                type?: string;
                subType?: string;
                host?: string;
            };
            VariableBindings?: components["schemas"]["VariableBinding"][];
        };
        /** @description Configuration options for data requests. Fields vary by connection type. Only include fields relevant to your connection type. */
        DataRequestConfiguration: {
            /** @description Populate attributes for Customer.io */
            populateAttributes?: boolean;
            /** @description Main collection sample for Firestore */
            mainCollectionSample?: string;
            /** @description Sub collection sample for Firestore */
            subCollectionSample?: string;
            /** @description Selected sub collection for Firestore */
            selectedSubCollection?: string;
            /** @description Limit for Firestore */
            limit?: number;
            /** @description Order by field for Firestore */
            orderBy?: string;
            /**
             * @description Order by direction for Firestore
             * @enum {string}
             */
            orderByDirection?: "asc" | "desc";
            /** @description Account ID for Google Analytics */
            accountId?: string;
            /** @description Property ID for Google Analytics */
            propertyId?: string;
            /** @description Metrics for Google Analytics */
            metrics?: string;
            /** @description Dimensions for Google Analytics */
            dimensions?: string;
            /** @description Start date for Google Analytics */
            startDate?: string;
            /** @description End date for Google Analytics */
            endDate?: string;
            /** @description Limit to last for RealtimeDB */
            limitToLast?: number;
            /** @description Limit to first for RealtimeDB */
            limitToFirst?: number;
        } & {
            [key: string]: unknown;
        };
        NewDataRequest: {
            dataset_id?: number;
            connection_id?: number;
            query?: string;
            configuration?: components["schemas"]["DataRequestConfiguration"];
        };
        QuickCreateDataRequest: {
            /** @description The connection ID that the data request is using */
            connection_id?: number;
            /**
             * @description The HTTP method to use for the data request
             * @enum {string}
             */
            method?: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
            /** @description The route to use for the data request - API, RealtimeDB, Customer.io */
            route?: string;
            /** @description The headers to use for the API data request */
            headers?: {
                key?: string;
                value?: string;
            }[];
            /** @description The body to use for the API data request */
            body?: string;
            /**
             * @description Whether to use global headers for the API data request
             * @default true
             */
            useGlobalHeaders?: boolean;
            /** @description The query to use for the data request */
            query?: string;
            /**
             * @description Whether to use pagination for the API data request
             * @default false
             */
            pagination?: boolean;
            /**
             * @description The items limit to use for the API data request. Used for pagination
             * @default 0
             */
            itemsLimit?: number;
            /**
             * @description The offset to use for the API data request. Used for pagination
             * @default offset
             */
            offset?: string;
            /** @description The pagination field to use for the API data request. Used for pagination */
            paginationField?: string;
            /** @description The pagination template to use for API requests */
            template?: string;
            /** @description Conditions to apply to the data request - used for filtering Customer.io and Firestore */
            conditions?: {
                field?: string;
                operator?: string;
                value?: string;
            }[];
            configuration?: components["schemas"]["DataRequestConfiguration"];
            /** @description Transformation to apply to the data request */
            transform?: {
                /** @description Whether to enable the transformation */
                enabled?: boolean;
                /** @description The type of transformation to apply (e.g., flattenNested) */
                type?: string;
                /** @description The configuration for the transformation */
                configuration?: {
                    [key: string]: unknown;
                };
            };
            /** @description Variable bindings for the data request. The entity_type and entity_id will be automatically set. */
            variableBindings?: components["schemas"]["NewVariableBinding"][];
        };
        DataRequestResponse: {
            options?: components["schemas"]["Dataset"];
            dataRequest?: {
                responseData?: {
                    /** @description Limited to first 20 items in response */
                    data?: {
                        [key: string]: unknown;
                    }[];
                    configuration?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        VariableBinding: {
            id?: number;
            /** @enum {string} */
            entity_type?: "Project" | "Connection" | "Dataset" | "DataRequest" | "Template";
            entity_id?: string;
            name?: string;
            type?: string;
            default_value?: string;
            required?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        Dashboard: {
            id?: number;
            team_id?: number;
            name?: string;
            brewName?: string;
            dashboardTitle?: string;
            description?: string;
            /** @default #103751 */
            backgroundColor?: string;
            /** @default white */
            titleColor?: string;
            headerCode?: string;
            footerCode?: string;
            logo?: string;
            logoLink?: string;
            /** @default false */
            public?: boolean;
            /** @default false */
            passwordProtected?: boolean;
            timezone?: string;
            updateSchedule?: {
                /** @example Asia/Bangkok */
                timezone?: string;
                /**
                 * @example every_x_minutes
                 * @enum {string}
                 */
                frequency?: "every_x_minutes" | "every_x_hours" | "every_x_days" | "daily" | "weekly";
                /** @example 1 */
                frequencyNumber?: string;
                time?: {
                    /** @example 9 */
                    hour?: number;
                    /** @example 0 */
                    minute?: number;
                    /** @example 0 */
                    second?: number;
                    /** @example 0 */
                    millisecond?: number;
                };
            };
            /** Format: date-time */
            lastUpdatedAt?: string;
            Charts?: components["schemas"]["Chart"][];
        };
        DashboardItem: {
            id?: number;
            name?: string;
            dashboardTitle?: string;
            description?: string;
            team_id?: number;
            brewName?: string;
            backgroundColor?: string;
            titleColor?: string;
            headerCode?: string;
            footerCode?: string;
            /** @default false */
            public?: boolean;
            password?: string;
            autoUpdate?: {
                /** @default false */
                enabled?: boolean;
                /** @enum {string} */
                type?: "every_x_minutes" | "every_x_hours" | "every_x_days" | "daily" | "weekly";
                /** @example 1 */
                frequencyNumber?: string;
                time?: {
                    /** @example 9 */
                    hour?: number;
                    /** @example 0 */
                    minute?: number;
                    /** @example 0 */
                    second?: number;
                    /** @example 0 */
                    millisecond?: number;
                };
            };
            /** Format: date-time */
            lastUpdatedAt?: string;
            Charts?: {
                id?: number;
                layout?: Record<string, unknown>;
            }[];
        };
        NewDashboard: {
            name: string;
            team_id: number;
            dashboardTitle?: string;
            description?: string;
        };
        DashboardUpdate: {
            name?: string;
            dashboardTitle?: string;
            description?: string;
            backgroundColor?: string;
            titleColor?: string;
            headerCode?: string;
            footerCode?: string;
            public?: boolean;
            passwordProtected?: boolean;
            timezone?: string;
            updateSchedule?: {
                /** @example Asia/Bangkok */
                timezone?: string;
                /**
                 * @example every_x_minutes
                 * @enum {string}
                 */
                frequency?: "every_x_minutes" | "every_x_hours" | "every_x_days" | "daily" | "weekly";
                /** @example 1 */
                frequencyNumber?: string;
                time?: {
                    /** @example 9 */
                    hour?: number;
                    /** @example 0 */
                    minute?: number;
                    /** @example 0 */
                    second?: number;
                    /** @example 0 */
                    millisecond?: number;
                };
            };
        };
        Chart: {
            id?: string;
            name?: string;
            /** @enum {string} */
            type?: "line" | "bar" | "pie" | "doughnut" | "radar" | "polar" | "table" | "kpi" | "avg" | "gauge" | "matrix" | "markdown";
            subType?: string;
            chartData?: Record<string, unknown>;
            /** Format: date-time */
            chartDataUpdated?: string;
            project_id?: string;
            public?: boolean;
            shareable?: boolean;
            ChartDatasetConfigs?: components["schemas"]["ChartDatasetConfig"][];
        };
        NewChart: {
            id?: string;
            name: string;
            type: string;
            subType?: string;
            chartData?: Record<string, unknown>;
            /** Format: date-time */
            chartDataUpdated?: string;
            project_id?: string;
            public?: boolean;
            shareable?: boolean;
            ChartDatasetConfigs?: string[];
        };
        ChartUpdate: {
            name?: string;
            type?: string;
            subType?: string;
            chartData?: Record<string, unknown>;
            ChartDatasetConfigs?: Record<string, unknown>[];
        };
        ChartDatasetConfig: {
            /** Format: uuid */
            id?: string;
            chart_id?: number;
            dataset_id?: number;
            formula?: string;
            datasetColor?: string;
            fillColor?: string;
            /** @default false */
            fill?: boolean;
            /** @default false */
            multiFill?: boolean;
            legend?: string;
            pointRadius?: number;
            excludedFields?: string[];
            sort?: string;
            columnsOrder?: string[];
            /** @default 0 */
            order?: number;
            maxRecords?: number;
            goal?: number;
            /** @description Additional configuration options for the dataset. Currently used to give values to variables. */
            configuration?: {
                variables?: {
                    /** @description Variable name from DataRequest VariableBinding */
                    name?: string;
                    /** @description Override value (string, number, etc.) */
                    value?: string | number | boolean;
                }[];
            };
        };
        /** @description Chart dataset config to create. chart_id is automatically set. */
        QuickNewChartDatasetConfig: {
            /** @description ID of the dataset to bind to the chart */
            dataset_id: number;
            /** @description The formula (e.g {val / 100}) used to transform the data points values. Can be used to pre-(a)pend strings to numbers too £{val} */
            formula?: string;
            /** @description The color of the dataset */
            datasetColor?: string;
            /** @description The color of the dataset fill */
            fillColor?: string;
            /**
             * @description Whether to fill the dataset
             * @default false
             */
            fill?: boolean;
            /**
             * @description Useful for the UI to prompt the user to select multiple colors for the dataset
             * @default false
             */
            multiFill?: boolean;
            /** @description The legend label (name) of the dataset. If not provided, will use the dataset's legend. */
            legend?: string;
            /** @description Point radius for the dataset */
            pointRadius?: number;
            /** @description The fields to exclude from the dataset - used for tables */
            excludedFields?: string[];
            /**
             * @description The sort order of the dataset
             * @enum {string}
             */
            sort?: "asc" | "desc";
            /** @description The order of the columns in the dataset - used for tables */
            columnsOrder?: string[];
            /**
             * @description The order of the dataset in the chart
             * @default 1
             */
            order?: number;
            /** @description The maximum number of records to display in the dataset */
            maxRecords?: number;
            /** @description The goal of the dataset - used to display a progress bar for KPIs */
            goal?: number;
            /** @description Additional configuration options for the dataset. Currently used to give values to variables. */
            configuration?: {
                variables?: {
                    /** @description Variable name from DataRequest VariableBinding */
                    name?: string;
                    /** @description Override value (string, number, etc.) */
                    value?: string | number | boolean;
                }[];
            };
        };
        /** @description Create a chart with all its chart dataset configs in one API call */
        QuickNewChart: {
            /** @description ID of the project */
            project_id: number;
            /** @description Name of the chart */
            name: string;
            /**
             * @description The type of chart
             * @enum {string}
             */
            type: "line" | "bar" | "pie" | "doughnut" | "radar" | "polar" | "table" | "kpi" | "avg" | "gauge" | "matrix" | "markdown";
            /** @description The sub-type of chart, currently only AddTimeseries is supported for accumulating timeseries data */
            subType?: string;
            /**
             * @description Whether the chart is public
             * @default false
             */
            public?: boolean;
            /**
             * @description Whether the chart is shareable
             * @default false
             */
            shareable?: boolean;
            /**
             * @description Whether to display the chart.js legend
             * @default false
             */
            displayLegend?: boolean;
            /** @description 0 to hide, integer value to set the point radius */
            pointRadius?: number;
            /**
             * @description Whether to display the data labels on each data point on the chart
             * @default false
             */
            dataLabels?: boolean;
            /**
             * Format: date-time
             * @description Used to inject a fixed start date into the chart
             */
            startDate?: string;
            /**
             * Format: date-time
             * @description Used to inject a fixed end date into the chart
             */
            endDate?: string;
            /** @description The format of the date variables in the chart */
            dateVarsFormat?: string;
            /**
             * @description Whether to include zero-valued data points in the chart
             * @default true
             */
            includeZeros?: boolean;
            /**
             * @description Whether to use the current end date as the end date for the chart - this moves the start date to match the original period length
             * @default false
             */
            currentEndDate?: boolean;
            /**
             * @description Whether to force the start date to remain fixed
             * @default false
             */
            fixedStartDate?: boolean;
            /**
             * @description The time interval of the chart
             * @default day
             * @enum {string}
             */
            timeInterval?: "second" | "minute" | "hour" | "day" | "week" | "month" | "year";
            /** @description The interval in seconds at which the chart should be automatically updated */
            autoUpdate?: number;
            /**
             * @description Whether the chart is a draft and should be hidden from dashboard viewers
             * @default true
             */
            draft?: boolean;
            /**
             * @description Chart mode shows just the chart, kpichart shows a KPI on top of the chart.
             * @default chart
             * @enum {string}
             */
            mode?: "chart" | "kpichart";
            /** @description Cap the maximum shown value on the chart */
            maxValue?: number;
            /** @description Cap the minimum shown value on the chart */
            minValue?: number;
            /** @description Whether to disable the export button for the chart */
            disabledExport?: boolean;
            /**
             * @description Whether to display the chart on the report
             * @default true
             */
            onReport?: boolean;
            /**
             * @description How many ticks to display on the x-axis
             * @default default
             * @enum {string}
             */
            xLabelTicks?: "default" | "half" | "third" | "fourth" | "showAll";
            /**
             * @description Whether to stack the chart - only works for bar charts
             * @default false
             */
            stacked?: boolean;
            /**
             * @description Whether to display the chart horizontally - only works for bar charts
             * @default false
             */
            horizontal?: boolean;
            /**
             * @description Whether to show the growth percentage at the top of the chart
             * @default false
             */
            showGrowth?: boolean;
            /**
             * @description When negative growth is meant to be positive and vice versa
             * @default false
             */
            invertGrowth?: boolean;
            /** @description The layout of the chart - in the format of react-grid-layout. If not provided, will be automatically calculated based on existing charts in the project. */
            layout?: {
                [key: string]: number[];
            };
            /**
             * @description Whether to use a logarithmic scale for the y-axis
             * @default false
             */
            isLogarithmic?: boolean;
            /** @description The content used for type=markdown */
            content?: string;
            /** @description The ranges to display on the chart - only works for gauge charts */
            ranges?: {
                ranges?: {
                    min?: number;
                    max?: number;
                    label?: string;
                }[];
            };
            /**
             * @description Whether to dash the last point on the chart - only works for line charts
             * @default false
             */
            dashedLastPoint?: boolean;
            /**
             * @description Default number of rows per page for table charts
             * @default 10
             */
            defaultRowsPerPage?: number;
            /** @description Array of chart dataset configs to create with the chart. The chart_id will be automatically set. */
            chartDatasetConfigs?: components["schemas"]["QuickNewChartDatasetConfig"][];
        };
        SharePolicy: {
            id?: number;
            /** @enum {string} */
            entity_type?: "Project" | "Chart";
            entity_id?: number;
            /** @description Parameters to pass to variables in the dashboard's charts */
            params?: {
                key?: string;
                value?: string;
            }[];
            /**
             * @description Whether to allow parameters to be passed via URL
             * @default false
             */
            allow_params?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        SharePolicyUpdate: {
            /** @description Parameters to include in the share policy. Use this to pass parameters to the dashboard's variables. */
            params?: {
                key?: string;
                value?: string;
            }[];
            /**
             * @description Whether to allow parameters to be passed via URL
             * @default false
             */
            allow_params?: boolean;
            /**
             * Format: date-time
             * @description Token expiration date and time
             */
            expires_at?: string;
        };
        ShareTokenRequest: {
            share_policy?: {
                /** @description Parameters to include in the share policy */
                params?: {
                    key?: string;
                    value?: string;
                }[];
                /** @description Whether to allow URL parameters */
                allow_params?: boolean;
            };
            /**
             * Format: date-time
             * @description Token expiration date and time
             */
            exp?: string;
        };
        ShareTokenResponse: {
            /** @description The generated JWT access token */
            token?: string;
            /** @description The complete URL with access token for sharing */
            url?: string;
        };
        ChartShareTokenRequest: {
            share_policy?: {
                /** @description Parameters to include in the chart share policy */
                params?: {
                    key?: string;
                    value?: string;
                }[];
                /** @description Whether to allow URL parameters for the chart */
                allow_params?: boolean;
            };
            /**
             * Format: date-time
             * @description Token expiration date and time for the chart
             */
            exp?: string;
        };
        Error: {
            message?: string;
            error?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
