// Generated from specs/composio.json by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/api/v3/auth/session/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current user session information
         * @description Retrieves detailed information about the current authenticated user session, including project details, organization membership, and API key information if applicable. This endpoint is useful for verifying authentication status and retrieving contextual information about the authenticated user and their access privileges.
         */
        get: operations["getAuthSessionInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/auth_configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List authentication configurations with optional filters */
        get: operations["getAuthConfigs"];
        put?: never;
        /** Create new authentication configuration */
        post: operations["postAuthConfigs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/auth_configs/{nanoid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get single authentication configuration by ID
         * @description Retrieves detailed information about a specific authentication configuration using its unique identifier.
         */
        get: operations["getAuthConfigsByNanoid"];
        put?: never;
        post?: never;
        /**
         * Delete an authentication configuration
         * @description Soft-deletes an authentication configuration by marking it as deleted in the database. This operation cannot be undone.
         */
        delete: operations["deleteAuthConfigsByNanoid"];
        options?: never;
        head?: never;
        /**
         * Update an authentication configuration
         * @description Modifies an existing authentication configuration with new credentials or other settings. Only specified fields will be updated.
         */
        patch: operations["patchAuthConfigsByNanoid"];
        trace?: never;
    };
    "/api/v3/auth_configs/{nanoid}/{status}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Enable or disable an authentication configuration
         * @description Updates the status of an authentication configuration to either enabled or disabled. Disabled configurations cannot be used for new connections.
         */
        patch: operations["patchAuthConfigsByNanoidByStatus"];
        trace?: never;
    };
    "/api/v3/connected_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connected accounts with optional filters */
        get: operations["getConnectedAccounts"];
        put?: never;
        /** Create a new connected account */
        post: operations["postConnectedAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/connected_accounts/{nanoid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get connected account details by ID
         * @description Retrieves comprehensive details of a connected account, including authentication configuration, connection status, and all parameters needed for API requests.
         */
        get: operations["getConnectedAccountsByNanoid"];
        put?: never;
        post?: never;
        /**
         * Delete a connected account
         * @description Soft-deletes a connected account by marking it as deleted in the database. This prevents the account from being used for API calls but preserves the record for audit purposes.
         */
        delete: operations["deleteConnectedAccountsByNanoid"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/connected_accounts/{nanoId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Enable or disable a connected account
         * @description Updates the status of a connected account to either enabled (active) or disabled (inactive). Disabled accounts cannot be used for API calls but remain in the database.
         */
        patch: operations["patchConnectedAccountsByNanoIdStatus"];
        trace?: never;
    };
    "/api/v3/connected_accounts/{nanoid}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh authentication for a connected account
         * @description Initiates a new authentication flow for a connected account when credentials have expired or become invalid. This may generate a new authentication URL for OAuth flows or refresh tokens for other auth schemes.
         */
        post: operations["postConnectedAccountsByNanoidRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/connected_accounts/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new auth link session
         * @description Creates a new authentication link session that users can use to connect their accounts
         */
        post: operations["postConnectedAccountsLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/org/project/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project configuration
         * @description Retrieves the current project configuration including 2FA settings.
         */
        get: operations["getOrgProjectConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update project configuration
         * @description Updates the project configuration settings.
         */
        patch: operations["patchOrgProjectConfig"];
        trace?: never;
    };
    "/api/v3/org/owner/project/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new project
         * @description Creates a new project within the authenticated user's organization using the specified name. Projects are isolated environments within your organization, each with their own API keys, webhook configurations, and resources. Use this endpoint to create additional projects for different environments (e.g., development, staging, production) or for separate applications.
         */
        post: operations["postOrgOwnerProjectNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/org/owner/project/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all projects
         * @description Retrieves all projects belonging to the authenticated organization. Projects are returned in descending order of creation date (newest first). This endpoint is useful for displaying project selection in dashboards or for integrations that need to list all available projects.
         */
        get: operations["getOrgOwnerProjectList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/org/owner/project/{nano_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project details by ID With Org Api key
         * @description Retrieves detailed information about a specific project using its unique identifier. This endpoint provides complete project configuration including webhook URLs, creation and update timestamps, and webhook secrets. Use this endpoint to inspect project settings or verify project configuration.
         */
        get: operations["getOrgOwnerProjectByNanoId"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Soft-deletes a project within the organization by its unique identifier. When a project is deleted, it is marked as deleted but not immediately removed from the database. This operation affects all resources associated with the project including API keys, webhook configurations, and connected services. This action cannot be undone through the API.
         */
        delete: operations["deleteOrgOwnerProjectByNanoId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/org/owner/project/{nano_id}/regenerate_api_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete and generate new API key for project
         * @description Generates a new API key for the specified project, invalidating any existing API keys for that project. This operation creates a fresh API key with a new random name and key value. All existing API keys for this project will be marked as deleted.
         */
        post: operations["postOrgOwnerProjectByNanoIdRegenerateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/toolkits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available toolkits
         * @description Retrieves a comprehensive list of toolkits of their latest versions that are available to the authenticated project. Toolkits represent integration points with external services and applications, each containing a collection of tools and triggers. This endpoint supports filtering by category and management type, as well as different sorting options.
         */
        get: operations["getToolkits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/toolkits/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List toolkit categories
         * @description Retrieves a comprehensive list of all available toolkit categories from their latest versions. These categories can be used to filter toolkits by type or purpose when using the toolkit listing endpoint. Categories help organize toolkits into logical groups based on their functionality or industry focus.
         */
        get: operations["getToolkitsCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/toolkits/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get toolkit by slug
         * @description Retrieves comprehensive information about a specific toolkit using its unique slug identifier. This endpoint provides detailed metadata, authentication configuration options, and feature counts for the requested toolkit.
         */
        get: operations["getToolkitsBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available tools
         * @description Retrieve a paginated list of available tools with comprehensive filtering, sorting and search capabilities. Use query parameters to narrow down results by toolkit, tags, or search terms.
         */
        get: operations["getTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools/enum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tool enum list
         * @description Retrieve a list of all available tool enumeration values (tool slugs) from latest version of each toolkit. This endpoint returns a comma-separated string of tool slugs that can be used in other API calls.
         */
        get: operations["getToolsEnum"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools/{tool_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tool by slug
         * @description Retrieve detailed information about a specific tool using its slug identifier. This endpoint returns full metadata about a tool including input/output parameters, versions, and toolkit information.
         */
        get: operations["getToolsByToolSlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/toolkits/multi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch multiple toolkits
         * @description Retrieves a comprehensive list of toolkits of their latest versions that are available to the authenticated project. Toolkits represent integration points with external services and applications, each containing a collection of tools and triggers. This endpoint supports filtering by category and management type, as well as different sorting options. You can optionally specify a list of toolkit slugs to fetch specific toolkits.
         */
        post: operations["postToolkitsMulti"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools/execute/{tool_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute tool
         * @description Execute a specific tool operation with provided arguments and authentication. This is the primary endpoint for integrating with third-party services and executing tools. You can provide structured arguments or use natural language processing by providing a text description of what you want to accomplish.
         */
        post: operations["postToolsExecuteByToolSlug"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools/execute/{tool_slug}/input": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate tool inputs from natural language
         * @description Uses AI to translate a natural language description into structured arguments for a specific tool. This endpoint is useful when you want to let users describe what they want to do in plain language instead of providing structured parameters.
         */
        post: operations["postToolsExecuteByToolSlugInput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools/execute/proxy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute proxy request
         * @description Proxy an HTTP request to a third-party API using connected account credentials. This endpoint allows making authenticated API calls to external services while abstracting away authentication details.
         */
        post: operations["postToolsExecuteProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/trigger_instances/{slug}/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["postTriggerInstancesBySlugUpsert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/trigger_instances/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTriggerInstancesActive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/trigger_instances/manage/{triggerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteTriggerInstancesManageByTriggerId"];
        options?: never;
        head?: never;
        patch: operations["patchTriggerInstancesManageByTriggerId"];
        trace?: never;
    };
    "/api/v3/triggers_types/list/enum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trigger type enums
         * @description Retrieves a list of all available trigger type enum values that can be used across the API from latest versions of the toolkit only
         */
        get: operations["getTriggersTypesListEnum"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/triggers_types/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get trigger type by slug
         * @description Retrieve detailed information about a specific trigger type using its slug identifier
         */
        get: operations["getTriggersTypesBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/triggers_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trigger types
         * @description Retrieve a list of available trigger types with optional filtering by toolkit. Results are paginated and can be filtered by toolkit.
         */
        get: operations["getTriggersTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/mcp/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MCP servers with optional filters and pagination
         * @description Retrieves a paginated list of MCP servers associated with the authenticated project. Results can be filtered by name, toolkit, or authentication configuration ID. MCP servers are used to provide Model Control Protocol integration points for connecting AI assistants to your applications and services.
         */
        get: operations["getMcpServers"];
        put?: never;
        /**
         * Create a new MCP server
         * @description Creates a new Model Control Protocol (MCP) server instance for the authenticated project. An MCP server provides a connection point for AI assistants to access your applications and services. The server is configured with specific authentication and tool permissions that determine what actions the connected assistants can perform.
         */
        post: operations["postMcpServers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/mcp/servers/custom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new custom MCP server with multiple apps
         * @description Creates a new Model Control Protocol (MCP) server instance that can integrate with multiple applications or toolkits simultaneously. This endpoint allows you to create a server that can access tools from different applications, making it suitable for complex workflows that span multiple services.
         */
        post: operations["postMcpServersCustom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/mcp/servers/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate MCP URL with custom parameters
         * @description Generates a Model Control Protocol (MCP) URL for an existing server with custom query parameters. The URL includes user-specific parameters and configuration flags that control the behavior of the MCP connection.
         */
        post: operations["postMcpServersGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/mcp/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get MCP server details by ID
         * @description Retrieves detailed configuration information for a specific Model Control Protocol (MCP) server. The returned data includes connection details, associated applications, enabled tools, and authentication configuration.
         */
        get: operations["getMcpById"];
        put?: never;
        post?: never;
        /**
         * Delete an MCP server
         * @description Performs a soft delete on a Model Control Protocol (MCP) server, making it unavailable for future use. This operation is reversible in the database but cannot be undone through the API. Any applications or services connected to this server will lose access after deletion.
         */
        delete: operations["deleteMcpById"];
        options?: never;
        head?: never;
        /**
         * Update MCP server configuration
         * @description Updates the configuration of an existing Model Control Protocol (MCP) server. You can modify the server name, associated applications, and enabled tools. Only the fields included in the request will be updated.
         */
        patch: operations["patchMcpById"];
        trace?: never;
    };
    "/api/v3/mcp/app/{appKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MCP servers for a specific app
         * @description Retrieves a paginated list of Model Control Protocol (MCP) servers that are configured for a specific application or toolkit. This endpoint allows you to find all MCP server instances that have access to a particular application, such as GitHub, Slack, or Jira.
         */
        get: operations["getMcpAppByAppKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/mcp/servers/{serverId}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all instances for an MCP server
         * @description Retrieves a paginated list of user instances (user IDs) associated with a specific Model Control Protocol (MCP) server. This endpoint supports pagination to handle servers with many instances.
         */
        get: operations["getMcpServersByServerIdInstances"];
        put?: never;
        /**
         * Create a new MCP server instance
         * @description Creates a new instance for a Model Control Protocol (MCP) server. This endpoint validates that the user has connected accounts for all auth configurations associated with the MCP server before creating the instance.
         */
        post: operations["postMcpServersByServerIdInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/mcp/servers/{serverId}/instances/{instanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an MCP server instance and associated connected accounts
         * @description Removes a user instance from the MCP server and deletes all connected accounts for that user that are associated with the auth configurations of this specific MCP server. Connected accounts for other auth configurations are not affected.
         */
        delete: operations["deleteMcpServersByServerIdInstancesByInstanceId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/files/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files with optional app and action filters
         * @description Retrieves a list of files associated with the authenticated project. Results can be filtered by toolkit and tool slugs.
         */
        get: operations["getFilesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/files/upload/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create presigned URL for request file upload to S3
         * @description Generates a presigned URL for uploading a file to S3. This endpoint handles deduplication by checking if a file with the same MD5 hash already exists.
         */
        post: operations["postFilesUploadRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/migration/get-nanoid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get NanoId from UUID
         * @description Convert a legacy UUID to its corresponding NanoId for migration purposes. This endpoint facilitates the transition from UUID-based identifiers to the more compact NanoId format used in the v3 API.
         */
        get: operations["getMigrationGetNanoid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/labs/tool_router/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new tool router session (Legacy)
         * @description Creates a new session for the tool router lab feature (Legacy). This endpoint initializes a new session with specified toolkits and their authentication configurations. The session provides an isolated environment for testing and managing tool routing logic with scoped MCP server access.
         */
        post: operations["postLabsToolRouterSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new tool router session
         * @description Creates a new session for the tool router feature. This endpoint initializes a new session with specified toolkits and their authentication configurations. The session provides an isolated environment for testing and managing tool routing logic with scoped MCP server access.
         */
        post: operations["postToolRouterSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a tool within a tool router session
         * @description Executes a specific tool within a tool router session. The toolkit is automatically inferred from the tool slug. The tool must belong to an allowed toolkit and must not be disabled in the session configuration. This endpoint validates permissions, resolves connected accounts, and executes the tool with the session context.
         */
        post: operations["postToolRouterSessionBySessionIdExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/execute_meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a meta tool within a tool router session
         * @description Executes a Composio meta tool (COMPOSIO_*) within a tool router session.
         */
        post: operations["postToolRouterSessionBySessionIdExecuteMeta"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tool router session by ID
         * @description Retrieves an existing tool router session by its ID. Returns the session configuration, MCP server URL, and available tools.
         */
        get: operations["getToolRouterSessionBySessionId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a link session for a toolkit in a tool router session
         * @description Initiates an authentication link session for a specific toolkit within a tool router session. Returns a link token and redirect URL that users can use to complete the OAuth flow.
         */
        post: operations["postToolRouterSessionBySessionIdLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/toolkits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get toolkits for a tool router session
         * @description Retrieves a cursor-paginated list of toolkits available in the tool router session. Includes toolkit metadata, composio-managed auth schemes, and connected accounts if available. Optionally filter by specific toolkit slugs.
         */
        get: operations["getToolRouterSessionBySessionIdToolkits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/toolkits/changelog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get toolkits changelog
         * @description Retrieves the last 10 versions changelog for all toolkits. This endpoint provides version history and changelog information for each toolkit.
         */
        get: operations["getToolkitsChangelog"];
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
        Error: {
            error: {
                message: string;
                code: number;
                status: number;
                request_id?: string;
                suggested_fix?: string;
                errors?: string[];
            };
        };
        /**
         * @deprecated
         * @description Deprecated toolkit ID
         * @example {
         *       "toolkitId": "550e8400-e29b-41d4-a716-446655440000"
         *     }
         */
        DeprecatedToolkitInfo: {
            toolkitId: string;
        };
        Tool: {
            /**
             * @description Unique identifier for the tool
             * @example github-actions
             */
            slug: string;
            /**
             * @description Human-readable display name of the tool
             * @example GitHub Actions
             */
            name: string;
            /**
             * @description Detailed explanation of the tool's functionality and purpose
             * @example Automate GitHub workflows including CI/CD, issue management, and release processes
             */
            description: string;
            toolkit: {
                /**
                 * @description Unique identifier of the parent toolkit
                 * @example github
                 */
                slug: string;
                /**
                 * @description Human-readable name of the parent toolkit
                 * @example GitHub
                 */
                name: string;
                /**
                 * @description URL to the toolkit logo image
                 * @example https://github.githubassets.com/assets/GitHub-Mark-ea2971cee799.png
                 */
                logo: string;
            };
            /**
             * @description Schema definition of required input parameters for the tool
             * @example {
             *       "repo_name": {
             *         "type": "string",
             *         "description": "GitHub repository name in owner/repo format",
             *         "required": true,
             *         "example": "octocat/Hello-World"
             *       },
             *       "workflow_id": {
             *         "type": "string",
             *         "description": "ID or filename of the workflow to trigger",
             *         "required": true,
             *         "example": "main.yml"
             *       }
             *     }
             */
            input_parameters: {
                [key: string]: unknown;
            };
            /**
             * @description Indicates if the tool can be used without authentication
             * @example false
             */
            no_auth: boolean;
            /**
             * @description List of all available versions for this tool
             * @example [
             *       "20250905_00",
             *       "20250906_00"
             *     ]
             */
            available_versions: string[];
            /**
             * @description Current version of the tool
             * @example 20250905_00
             */
            version: string;
            /**
             * @description Schema definition of return values from the tool
             * @example {
             *       "run_id": {
             *         "type": "number",
             *         "description": "ID of the workflow run that was triggered",
             *         "example": 12345678
             *       },
             *       "status": {
             *         "type": "string",
             *         "description": "Status of the workflow run",
             *         "example": "completed",
             *         "enum": [
             *           "queued",
             *           "in_progress",
             *           "completed",
             *           "failed"
             *         ]
             *       }
             *     }
             */
            output_parameters: {
                [key: string]: unknown;
            };
            /**
             * @description List of scopes associated with the tool
             * @example [
             *       "https://www.googleapis.com/auth/gmail.modify"
             *     ]
             */
            scopes: string[];
            /**
             * @description List of tags associated with the tool for categorization and filtering
             * @example [
             *       "ci-cd",
             *       "github",
             *       "automation",
             *       "devops"
             *     ]
             */
            tags: string[];
            /**
             * @description Indicates if this tool is deprecated and may be removed in the future
             * @example false
             */
            is_deprecated: boolean;
            deprecated: {
                /**
                 * @description The display name of the tool
                 * @example GitHub Actions
                 */
                displayName: string;
                /**
                 * @description Current version identifier of the tool
                 * @example 20250905_00
                 */
                version: string;
                /**
                 * @description List of all available versions for this tool
                 * @example [
                 *       "20250905_00",
                 *       "20250906_00"
                 *     ]
                 */
                available_versions: string[];
                /**
                 * @description Indicates if this tool is deprecated and may be removed in the future
                 * @example false
                 */
                is_deprecated: boolean;
                toolkit: {
                    /**
                     * @description URL to the toolkit logo image
                     * @example https://github.githubassets.com/assets/GitHub-Mark-ea2971cee799.png
                     */
                    logo: string;
                };
            };
        };
        ToolsPaginated: {
            items: components["schemas"]["Tool"][];
            next_cursor?: string | null;
            total_pages: number;
            current_page: number;
            total_items: number;
        };
        ToolRouterToolkitsListResponse: {
            items: {
                /** @description Display name of the toolkit */
                name: string;
                /** @description Unique slug identifier */
                slug: string;
                /** @description Whether the toolkit is enabled */
                enabled: boolean;
                /** @description Whether the toolkit is no-auth */
                is_no_auth: boolean;
                /** @description Available Composio-managed auth schemes */
                composio_managed_auth_schemes: string[];
                /** @description Toolkit metadata */
                meta: {
                    /**
                     * Format: uri
                     * @description URL to the toolkit logo
                     */
                    logo: string;
                    /** @description Description of the toolkit */
                    description: string;
                };
                /** @description Connected account if available */
                connected_account: {
                    /**
                     * Format: connectedAccountId
                     * @description Connected account identifier
                     */
                    id: string;
                    /** @description User identifier */
                    user_id: string;
                    /** @description Connection status */
                    status: string;
                    /**
                     * Format: date-time
                     * @description Creation timestamp
                     */
                    created_at: string;
                    /** @description Auth config details */
                    auth_config: {
                        /** @description Auth config identifier */
                        id: string;
                        /** @description Authentication scheme type */
                        auth_scheme: string;
                        /** @description Whether this is a Composio-managed auth config */
                        is_composio_managed: boolean;
                    };
                } | null;
            }[];
            next_cursor?: string | null;
            total_pages: number;
            current_page: number;
            total_items: number;
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
    getAuthSessionInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session is valid and active. Returns detailed information about the authenticated user, their project, and organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Details of the current active project (null if accessing with org-level credentials) */
                        project: {
                            /**
                             * @description Internal auto-incrementing ID for the project
                             * @example 12345
                             */
                            auto_id: number;
                            /**
                             * @description UUID identifier for the project
                             * @example 550e8400-e29b-41d4-a716-446655440000
                             */
                            id: string;
                            /**
                             * @description Organization UUID that this project belongs to
                             * @example 550e8400-e29b-41d4-a716-446655440001
                             */
                            org_id: string;
                            /**
                             * @description User-defined name for the project
                             * @example Production API
                             */
                            name: string;
                            /**
                             * @description Email address used for project notifications
                             * @example project-123@composio.dev
                             */
                            email: string;
                            /**
                             * Format: projectId
                             * @description Short, URL-friendly unique identifier for the project
                             * @example proj_abc123xyz456
                             */
                            nano_id: string;
                            /**
                             * @description Date and time when the project was created
                             * @example 2023-05-16T14:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description Date and time when the project was last modified
                             * @example 2023-05-18T09:15:30.000Z
                             */
                            updated_at: string;
                            /**
                             * @description Endpoint URL for trigger webhook notifications
                             * @example https://example.com/webhook
                             */
                            webhook_url: string | null;
                            /**
                             * @description Endpoint URL for event webhook notifications
                             * @example https://example.com/events
                             */
                            event_webhook_url: string | null;
                            /**
                             * @description Secret used to verify webhook signatures
                             * @example whsec_a1b2c3d4e5f6g7h8i9j0
                             */
                            webhook_secret: string | null;
                            /**
                             * @description Flag indicating if triggers are enabled for this project
                             * @example true
                             */
                            triggers_enabled: boolean;
                            /**
                             * @description Date and time when the project last subscribed to updates
                             * @example 2023-05-17T10:00:00.000Z
                             */
                            last_subscribed_at: string | null;
                            /**
                             * @description Flag indicating if the project has been deleted
                             * @example false
                             */
                            deleted: boolean;
                            /**
                             * @deprecated
                             * @description Deprecated: Please refer to webhook_version instead. True indicates if the webhook configuration is using the previous new format (V2). False indicates the oldest format (V1)
                             * @example true
                             */
                            is_new_webhook: boolean;
                            /**
                             * @description Version of the webhook configuration
                             * @example V2
                             * @enum {string}
                             */
                            webhook_version: "V1" | "V2" | "V3";
                            /** @description Organization details */
                            org: {
                                /**
                                 * Format: orgId
                                 * @description Short, URL-friendly unique identifier for the organization
                                 * @example org_abc123xyz456
                                 */
                                id: string;
                                /**
                                 * @description User-defined name for the organization
                                 * @example Acme Corp
                                 */
                                name: string;
                                /**
                                 * @description Current subscription plan level
                                 * @example BUSINESS
                                 */
                                plan: string;
                            };
                        } | null;
                        /** @description Details of the API key used for authentication (null if using session auth) */
                        api_key: {
                            /**
                             * @description Internal auto-incrementing ID for the API key
                             * @example 7890
                             */
                            auto_id: number;
                            /**
                             * @description UUID identifier for the API key
                             * @example 550e8400-e29b-41d4-a716-446655440003
                             */
                            id: string;
                            /**
                             * @description User-defined name for the API key
                             * @example Development Key
                             */
                            name: string;
                            /**
                             * Format: projectId
                             * @description Short, URL-friendly unique identifier for the associated project
                             * @example proj_abc123xyz456
                             */
                            project_id: string;
                            /**
                             * @description UUID identifier for the organization member who owns this API key
                             * @example 550e8400-e29b-41d4-a716-446655440002
                             */
                            org_member_id: string;
                            /**
                             * @description Date and time when the API key was created
                             * @example 2023-05-01T10:00:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description Date and time when the API key was last modified
                             * @example 2023-05-01T10:00:00.000Z
                             */
                            updated_at: string;
                            /** @description Date and time when the API key was deleted (if applicable) */
                            deleted_at: string | null;
                            /**
                             * @description The actual API key value (usually only shown once during creation)
                             * @example sk_live_abc123xyz456
                             */
                            key: string;
                            /**
                             * @description Flag indicating if the API key has been deleted
                             * @example false
                             */
                            deleted: boolean;
                        } | null;
                        /**
                         * @description Information about the authenticated user
                         * @example {
                         *       "id": "550e8400-e29b-41d4-a716-446655440002",
                         *       "email": "user@example.com",
                         *       "name": "John Doe",
                         *       "role": "admin"
                         *     }
                         */
                        org_member: {
                            /**
                             * @description UUID identifier for the organization member
                             * @example 550e8400-e29b-41d4-a716-446655440002
                             */
                            id: string;
                            /**
                             * @description Email address of the authenticated user
                             * @example user@example.com
                             */
                            email: string;
                            /**
                             * @description Display name of the authenticated user
                             * @example John Doe
                             */
                            name: string;
                            /**
                             * @description Access role of the authenticated user within the organization
                             * @example admin
                             */
                            role: string;
                        };
                    };
                };
            };
            /** @description Bad request. The request format may be invalid or missing required parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to access this resource. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The requested project, organization, or member resource could not be found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthConfigs: {
        parameters: {
            query?: {
                /** @description Whether to filter by composio managed auth configs */
                is_composio_managed?: string | boolean;
                /** @description Comma-separated list of toolkit slugs to filter auth configs by */
                toolkit_slug?: string;
                /** @description The app id to filter by */
                deprecated_app_id?: string;
                deprecated_status?: string;
                /** @description Show disabled auth configs */
                show_disabled?: boolean | null;
                /** @description Search auth configs by name */
                search?: string;
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully fetched auth configs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: authConfigId
                             * @description The unique ID of the authentication configuration
                             */
                            id: string;
                            /** @description The UUID of the authentication configuration (for backward compatibility) */
                            uuid: string;
                            /**
                             * @description The type of the authentication configuration (custom or default)
                             * @enum {string}
                             */
                            type: "default" | "custom";
                            /** @description Information about the associated integration */
                            toolkit: {
                                /** @description The unique identifier of the integration app */
                                slug: string;
                                /** @description The URL to the integration app's logo image */
                                logo: string;
                            };
                            /** @description The display name of the authentication configuration */
                            name: string;
                            /**
                             * @description The authentication scheme used (e.g., OAuth2, API Key, etc.)
                             * @enum {string}
                             */
                            auth_scheme?: "OAUTH2" | "OAUTH1" | "API_KEY" | "BASIC" | "BILLCOM_AUTH" | "BEARER_TOKEN" | "GOOGLE_SERVICE_ACCOUNT" | "NO_AUTH" | "BASIC_WITH_JWT" | "CALCOM_AUTH" | "SERVICE_ACCOUNT" | "SAML" | "DCR_OAUTH";
                            /** @description Whether this authentication configuration is managed by Composio or the user */
                            is_composio_managed?: boolean;
                            /** @description The authentication credentials (tokens, keys, etc.) - may be partially hidden for security */
                            credentials?: {
                                [key: string]: unknown;
                            };
                            proxy_config?: {
                                /**
                                 * Format: uri
                                 * @description The url of the auth proxy
                                 */
                                proxy_url: string;
                                /** @description The auth key for the auth proxy */
                                proxy_auth_key?: string;
                            };
                            /**
                             * @description Current status of the authentication configuration
                             * @enum {string}
                             */
                            status: "ENABLED" | "DISABLED";
                            /** @description The identifier of the user who created the auth config */
                            created_by?: string;
                            /** @description ISO 8601 date-time when the auth config was created */
                            created_at?: string;
                            /** @description ISO 8601 date-time when the auth config was last updated */
                            last_updated_at?: string;
                            /** @description The number of active connections using this auth config */
                            no_of_connections: number;
                            /** @description Fields expected during connection initialization */
                            expected_input_fields?: unknown[];
                            /**
                             * @deprecated
                             * @description Use tool_access_config instead. This field will be deprecated in the future.
                             */
                            restrict_to_following_tools?: string[];
                            tool_access_config: {
                                /**
                                 * @description Tools used to generate the minimum required scopes for the auth config (only valid for OAuth). If passed, this will update the scopes.
                                 * @default []
                                 */
                                tools_for_connected_account_creation?: string[];
                                /**
                                 * @description The actions that the user can perform on the auth config. If passed, this will update the actions that the user can perform on the auth config.
                                 * @default []
                                 */
                                tools_available_for_execution?: string[];
                            };
                            /** @description [EXPERIMENTAL] Shared credentials that will be inherited by all connected accounts using this auth config */
                            shared_credentials?: {
                                [key: string]: unknown;
                            };
                            /**
                             * @deprecated
                             * @description DEPRECATED: This parameter will be removed in a future version.
                             */
                            deprecated_params?: {
                                /** @description Deprecated: Default connector ID */
                                default_connector_id: string | null;
                                /** @description Deprecated: Member UUID */
                                member_uuid?: string;
                                /** @description Deprecated: Toolkit ID */
                                toolkit_id?: string;
                                /** @description Deprecated: Fields expected during connection initialization */
                                expected_input_fields?: {
                                    [key: string]: unknown;
                                }[];
                            };
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "toolkit": {
                 *         "slug": "github"
                 *       },
                 *       "auth_config": {
                 *         "type": "use_composio_managed_auth",
                 *         "name": "GitHub"
                 *       }
                 *     }
                 */
                "application/json": {
                    toolkit: {
                        /** @description Toolkit slug to create auth config for */
                        slug: string;
                    };
                    /**
                     * @default {
                     *       "type": "use_composio_managed_auth",
                     *       "credentials": {},
                     *       "restrict_to_following_tools": []
                     *     }
                     */
                    auth_config?: {
                        /** @enum {string} */
                        type: "use_composio_managed_auth";
                        /** @description The name of the integration */
                        name?: string;
                        /** @default {} */
                        credentials?: {
                            scopes?: string | string[];
                            user_scopes?: string | string[];
                        };
                        tool_access_config?: {
                            /**
                             * @description Tools used to generate the minimum required scopes for the auth config (only valid for OAuth). If passed, this will update the scopes.
                             * @default []
                             */
                            tools_for_connected_account_creation?: string[];
                        };
                        /**
                         * @deprecated
                         * @description Use tool_access_config instead. This field will be deprecated in the future.
                         * @default []
                         */
                        restrict_to_following_tools?: string[];
                        /** @description [EXPERIMENTAL] Shared credentials that will be inherited by all connected accounts using this auth config */
                        shared_credentials?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        type: "use_custom_auth";
                        /** @description The name of the integration */
                        name?: string;
                        /** @enum {string} */
                        authScheme: "OAUTH2" | "OAUTH1" | "API_KEY" | "BASIC" | "BILLCOM_AUTH" | "BEARER_TOKEN" | "GOOGLE_SERVICE_ACCOUNT" | "NO_AUTH" | "BASIC_WITH_JWT" | "CALCOM_AUTH" | "SERVICE_ACCOUNT" | "SAML" | "DCR_OAUTH";
                        /** @default {} */
                        credentials?: {
                            scopes?: string | string[];
                            user_scopes?: string | string[];
                        };
                        proxy_config?: {
                            /**
                             * Format: uri
                             * @description The url of the auth proxy
                             */
                            proxy_url: string;
                            /** @description The auth key for the auth proxy */
                            proxy_auth_key?: string;
                        };
                        /**
                         * @deprecated
                         * @description Use tool_access_config instead. This field will be deprecated in the future.
                         * @default []
                         */
                        restrict_to_following_tools?: string[];
                        tool_access_config?: {
                            /**
                             * @description Tools used to generate the minimum required scopes for the auth config (only valid for OAuth). If passed, this will update the scopes.
                             * @default []
                             */
                            tools_for_connected_account_creation?: string[];
                        };
                        /** @description [EXPERIMENTAL] Shared credentials that will be inherited by all connected accounts using this auth config */
                        shared_credentials?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Successfully created auth config */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "toolkit": {
                     *         "slug": "github"
                     *       },
                     *       "auth_config": {
                     *         "id": "ac_7f3kQ2xZt9LmVb",
                     *         "auth_scheme": "OAUTH2",
                     *         "is_composio_managed": true
                     *       }
                     *     }
                     */
                    "application/json": {
                        toolkit: {
                            /** @description The unique key of the toolkit */
                            slug: string;
                        };
                        auth_config: {
                            /**
                             * Format: authConfigId
                             * @description The auth config id of the toolkit (must be a valid auth config id)
                             */
                            id: string;
                            /** @description The authentication mode of the toolkit */
                            auth_scheme: string;
                            /** @description Whether the auth config is managed by Composio */
                            is_composio_managed: boolean;
                            /**
                             * @description The tools that the user can use with the auth config
                             * @default []
                             */
                            restrict_to_following_tools?: string[];
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthConfigsByNanoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the authentication configuration to retrieve */
                nanoid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully fetched auth config */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: authConfigId
                         * @description The unique ID of the authentication configuration
                         */
                        id: string;
                        /** @description The UUID of the authentication configuration (for backward compatibility) */
                        uuid: string;
                        /**
                         * @description The type of the authentication configuration (custom or default)
                         * @enum {string}
                         */
                        type: "default" | "custom";
                        /** @description Information about the associated integration */
                        toolkit: {
                            /** @description The unique identifier of the integration app */
                            slug: string;
                            /** @description The URL to the integration app's logo image */
                            logo: string;
                        };
                        /** @description The display name of the authentication configuration */
                        name: string;
                        /**
                         * @description The authentication scheme used (e.g., OAuth2, API Key, etc.)
                         * @enum {string}
                         */
                        auth_scheme?: "OAUTH2" | "OAUTH1" | "API_KEY" | "BASIC" | "BILLCOM_AUTH" | "BEARER_TOKEN" | "GOOGLE_SERVICE_ACCOUNT" | "NO_AUTH" | "BASIC_WITH_JWT" | "CALCOM_AUTH" | "SERVICE_ACCOUNT" | "SAML" | "DCR_OAUTH";
                        /** @description Whether this authentication configuration is managed by Composio or the user */
                        is_composio_managed?: boolean;
                        /** @description The authentication credentials (tokens, keys, etc.) - may be partially hidden for security */
                        credentials?: {
                            [key: string]: unknown;
                        };
                        proxy_config?: {
                            /**
                             * Format: uri
                             * @description The url of the auth proxy
                             */
                            proxy_url: string;
                            /** @description The auth key for the auth proxy */
                            proxy_auth_key?: string;
                        };
                        /**
                         * @description Current status of the authentication configuration
                         * @enum {string}
                         */
                        status: "ENABLED" | "DISABLED";
                        /** @description The identifier of the user who created the auth config */
                        created_by?: string;
                        /** @description ISO 8601 date-time when the auth config was created */
                        created_at?: string;
                        /** @description ISO 8601 date-time when the auth config was last updated */
                        last_updated_at?: string;
                        /** @description The number of active connections using this auth config */
                        no_of_connections: number;
                        /** @description Fields expected during connection initialization */
                        expected_input_fields?: unknown[];
                        /**
                         * @deprecated
                         * @description Use tool_access_config instead. This field will be deprecated in the future.
                         */
                        restrict_to_following_tools?: string[];
                        tool_access_config: {
                            /**
                             * @description Tools used to generate the minimum required scopes for the auth config (only valid for OAuth). If passed, this will update the scopes.
                             * @default []
                             */
                            tools_for_connected_account_creation?: string[];
                            /**
                             * @description The actions that the user can perform on the auth config. If passed, this will update the actions that the user can perform on the auth config.
                             * @default []
                             */
                            tools_available_for_execution?: string[];
                        };
                        /** @description [EXPERIMENTAL] Shared credentials that will be inherited by all connected accounts using this auth config */
                        shared_credentials?: {
                            [key: string]: unknown;
                        };
                        /**
                         * @deprecated
                         * @description DEPRECATED: This parameter will be removed in a future version.
                         */
                        deprecated_params?: {
                            /** @description Deprecated: Default connector ID */
                            default_connector_id: string | null;
                            /** @description Deprecated: Member UUID */
                            member_uuid?: string;
                            /** @description Deprecated: Toolkit ID */
                            toolkit_id?: string;
                            /** @description Deprecated: Fields expected during connection initialization */
                            expected_input_fields?: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad request - Invalid auth config ID format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Auth configuration does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthConfigsByNanoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the authentication configuration to delete */
                nanoid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully deleted auth config */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Bad request - Invalid auth config ID format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Auth config not found - The specified configuration does not exist or was already deleted */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAuthConfigsByNanoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the authentication configuration to update */
                nanoid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "custom";
                    credentials: {
                        scopes?: string | string[];
                        user_scopes?: string | string[];
                    };
                    proxy_config?: {
                        /**
                         * Format: uri
                         * @description The url of the auth proxy
                         */
                        proxy_url: string;
                        /** @description The auth key for the auth proxy */
                        proxy_auth_key?: string;
                    };
                    /**
                     * @deprecated
                     * @description Use tool_access_config instead. This field will be deprecated in the future.
                     * @default []
                     */
                    restrict_to_following_tools?: string[];
                    tool_access_config?: {
                        /**
                         * @description Tools used to generate the minimum required scopes for the auth config (only valid for OAuth). If passed, this will update the scopes.
                         * @default []
                         */
                        tools_for_connected_account_creation?: string[];
                        /**
                         * @description The actions that the user can perform on the auth config. If passed, this will update the actions that the user can perform on the auth config.
                         * @default []
                         */
                        tools_available_for_execution?: string[];
                    };
                    /** @description Shared credentials that will be inherited by connected accounts. For eg: this can be used to share the API key for a tool with all connected accounts using this auth config. */
                    shared_credentials?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @enum {string} */
                    type: "default";
                    scopes?: string | string[];
                    /**
                     * @deprecated
                     * @description Use tool_access_config instead. This field will be deprecated in the future.
                     * @default []
                     */
                    restrict_to_following_tools?: string[];
                    tool_access_config?: {
                        /**
                         * @description Tools used to generate the minimum required scopes for the auth config (only valid for OAuth). If passed, this will update the scopes.
                         * @default []
                         */
                        tools_for_connected_account_creation?: string[];
                        /**
                         * @description The actions that the user can perform on the auth config. If passed, this will update the actions that the user can perform on the auth config.
                         * @default []
                         */
                        tools_available_for_execution?: string[];
                    };
                    /** @description Shared credentials that will be inherited by connected accounts. For eg: this can be used to share the API key for a tool with all connected accounts using this auth config. */
                    shared_credentials?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Successfully updated auth config */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Bad request - Invalid input or credentials format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Auth configuration does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAuthConfigsByNanoidByStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the authentication configuration to update */
                nanoid: string;
                /** @description The new status to set for the auth configuration */
                status: "ENABLED" | "DISABLED";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully updated auth config status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Bad request - Invalid auth config ID or status value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Auth configuration does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectedAccounts: {
        parameters: {
            query?: {
                /** @description The toolkit slugs of the connected accounts */
                toolkit_slugs?: string[] | null;
                /** @description The status of the connected account */
                statuses?: ("INITIALIZING" | "INITIATED" | "ACTIVE" | "FAILED" | "EXPIRED" | "INACTIVE")[] | null;
                /** @description The cursor to paginate through the connected accounts */
                cursor?: string | null;
                /** @description The limit of the connected accounts to return */
                limit?: number | null;
                /** @description The user ids of the connected accounts */
                user_ids?: string[] | null;
                /** @description The auth config ids of the connected accounts */
                auth_config_ids?: string[] | null;
                /** @description The connected account ids to filter by */
                connected_account_ids?: string[] | null;
                /** @description The order by of the connected accounts */
                order_by?: "created_at" | "updated_at";
                /** @description The order direction of the connected accounts */
                order_direction?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved connected accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "toolkit": {
                     *             "slug": "github"
                     *           },
                     *           "auth_config": {
                     *             "id": "ac_7f3kQ2xZt9LmVb",
                     *             "auth_scheme": "OAUTH2",
                     *             "is_composio_managed": true,
                     *             "is_disabled": false
                     *           },
                     *           "id": "ca_8f2kQ1xZt7LmVb",
                     *           "user_id": "user_123",
                     *           "status": "ACTIVE",
                     *           "created_at": "2026-12-01T09:12:44.000Z",
                     *           "updated_at": "2026-12-01T09:13:05.000Z",
                     *           "state": {
                     *             "authScheme": "OAUTH2",
                     *             "val": {
                     *               "status": "ACTIVE",
                     *               "access_token": "gho_exampleAccessToken000000000000000",
                     *               "token_type": "bearer",
                     *               "scope": "repo,read:user"
                     *             }
                     *           },
                     *           "data": {},
                     *           "status_reason": null,
                     *           "is_disabled": false,
                     *           "params": {}
                     *         }
                     *       ],
                     *       "next_cursor": null,
                     *       "total_pages": 1,
                     *       "current_page": 1,
                     *       "total_items": 1
                     *     }
                     */
                    "application/json": {
                        items: {
                            toolkit: {
                                /** @description The slug of the toolkit */
                                slug: string;
                            };
                            auth_config: {
                                /**
                                 * Format: authConfigId
                                 * @description The id of the auth config
                                 */
                                id: string;
                                /**
                                 * @deprecated
                                 * @description the authScheme is part of the connection state use it there
                                 * @enum {string}
                                 */
                                auth_scheme: "OAUTH2" | "OAUTH1" | "API_KEY" | "BASIC" | "BILLCOM_AUTH" | "BEARER_TOKEN" | "GOOGLE_SERVICE_ACCOUNT" | "NO_AUTH" | "BASIC_WITH_JWT" | "CALCOM_AUTH" | "SERVICE_ACCOUNT" | "SAML" | "DCR_OAUTH";
                                /** @description Whether the auth config is managed by Composio */
                                is_composio_managed: boolean;
                                /** @description Whether the auth config is disabled */
                                is_disabled: boolean;
                                /** @deprecated */
                                deprecated?: {
                                    /**
                                     * Format: uuid
                                     * @description The uuid of the auth config
                                     */
                                    uuid: string;
                                };
                            };
                            /**
                             * Format: connectedAccountId
                             * @description The id of the connection
                             */
                            id: string;
                            /**
                             * @deprecated
                             * @description This is deprecated, we will not be providing userId from this api anymore, you will only be able to read via userId not get it back
                             */
                            user_id: string;
                            /**
                             * @description The status of the connection
                             * @enum {string}
                             */
                            status: "INITIALIZING" | "INITIATED" | "ACTIVE" | "FAILED" | "EXPIRED" | "INACTIVE";
                            /** @description The created at of the connection */
                            created_at: string;
                            /** @description The updated at of the connection */
                            updated_at: string;
                            /** @description The state of the connection */
                            state: {
                                /** @enum {string} */
                                authScheme: "OAUTH1";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                    oauth_token: string;
                                    authUri: string;
                                    oauth_token_secret: string;
                                    redirectUrl: string;
                                    callbackUrl?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    oauth_token: string;
                                    oauth_token_secret: string;
                                    oauth_verifier?: string;
                                    consumer_key?: string;
                                    redirectUrl?: string;
                                    callback_url?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    oauth_token: string;
                                    oauth_token_secret: string;
                                    oauth_verifier?: string;
                                    consumer_key?: string;
                                    redirectUrl?: string;
                                    callback_url?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "OAUTH2";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    code_verifier?: string;
                                    redirectUrl: string;
                                    callback_url?: string;
                                    finalRedirectUri?: string;
                                    webhook_signature?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    access_token: string;
                                    id_token?: string;
                                    token_type?: string;
                                    refresh_token?: string | null;
                                    expires_in?: number | string | unknown;
                                    scope?: string | string[] | unknown;
                                    webhook_signature?: string;
                                    /** @description for slack user scopes */
                                    authed_user?: {
                                        access_token?: string;
                                        scope?: string;
                                    };
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    access_token: string;
                                    id_token?: string;
                                    token_type?: string;
                                    refresh_token?: string | null;
                                    expires_in?: number | string | unknown;
                                    scope?: string | string[] | unknown;
                                    webhook_signature?: string;
                                    /** @description for slack user scopes */
                                    authed_user?: {
                                        access_token?: string;
                                        scope?: string;
                                    };
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "API_KEY";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    generic_api_key?: string;
                                    api_key?: string;
                                    bearer_token?: string;
                                    basic_encoded?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    generic_api_key?: string;
                                    api_key?: string;
                                    bearer_token?: string;
                                    basic_encoded?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "BASIC";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    username: string;
                                    password?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    username: string;
                                    password?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "BEARER_TOKEN";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    token: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    token: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "GOOGLE_SERVICE_ACCOUNT";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                    redirectUrl: string;
                                    composio_link_redirect_url?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    credentials_json: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    credentials_json: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "NO_AUTH";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "CALCOM_AUTH";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "BILLCOM_AUTH";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                    redirectUrl: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    sessionId: string;
                                    devKey: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    sessionId: string;
                                    devKey: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "BASIC_WITH_JWT";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    username: string;
                                    password: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    username: string;
                                    password: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    username: string;
                                    password: string;
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    username: string;
                                    password: string;
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "SERVICE_ACCOUNT";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    application_id: string;
                                    installation_id: string;
                                    private_key: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    application_id: string;
                                    installation_id: string;
                                    private_key: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "SAML";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            } | {
                                /** @enum {string} */
                                authScheme: "DCR_OAUTH";
                                val: ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIALIZING";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INITIATED";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    /** @description Dynamically registered client ID */
                                    client_id: string;
                                    /** @description Dynamically registered client secret */
                                    client_secret?: string;
                                    redirectUrl: string;
                                    callback_url?: string;
                                    finalRedirectUri?: string;
                                    client_id_issued_at?: number;
                                    client_secret_expires_at?: number;
                                    code_verifier?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "ACTIVE";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    /** @description Dynamically registered client ID */
                                    client_id: string;
                                    /** @description Dynamically registered client secret */
                                    client_secret?: string;
                                    access_token: string;
                                    id_token?: string;
                                    token_type?: string;
                                    refresh_token?: string | null;
                                    expires_in?: number | string | unknown;
                                    scope?: string | string[] | unknown;
                                    client_id_issued_at?: number;
                                    client_secret_expires_at?: number;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "INACTIVE";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    /** @description Dynamically registered client ID */
                                    client_id: string;
                                    /** @description Dynamically registered client secret */
                                    client_secret?: string;
                                    access_token: string;
                                    id_token?: string;
                                    token_type?: string;
                                    refresh_token?: string | null;
                                    expires_in?: number | string | unknown;
                                    scope?: string | string[] | unknown;
                                    client_id_issued_at?: number;
                                    client_secret_expires_at?: number;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "FAILED";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    error?: string;
                                    error_description?: string;
                                } & {
                                    [key: string]: unknown;
                                }) | ({
                                    subdomain?: string;
                                    "your-domain"?: string;
                                    region?: string;
                                    shop?: string;
                                    account_url?: string;
                                    COMPANYDOMAIN?: string;
                                    extension?: string;
                                    form_api_base_url?: string;
                                    instanceEndpoint?: string;
                                    api_url?: string;
                                    borneo_dashboard_url?: string;
                                    proxy_username?: string;
                                    proxy_password?: string;
                                    domain?: string;
                                    version?: string;
                                    dc?: string;
                                    site_name?: string;
                                    instanceName?: string;
                                    account_id?: string;
                                    your_server?: string;
                                    server_location?: string;
                                    base_url?: string;
                                    /** @enum {string} */
                                    status: "EXPIRED";
                                    /** @description The oauth2 state prefix for the connection */
                                    state_prefix?: string;
                                    /** @description Whether to return the redirect url without shortening */
                                    long_redirect_url?: boolean;
                                    expired_at?: string;
                                } & {
                                    [key: string]: unknown;
                                });
                            };
                            /**
                             * @deprecated
                             * @description This is deprecated, use `state` instead
                             */
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description The reason the connection is disabled */
                            status_reason: string | null;
                            /** @description Whether the connection is disabled */
                            is_disabled: boolean;
                            /** @description The endpoint to make test request for verification */
                            test_request_endpoint?: string;
                            /** @deprecated */
                            deprecated?: {
                                /** @description The labels of the connection */
                                labels: string[];
                                /**
                                 * Format: uuid
                                 * @description The uuid of the connection
                                 */
                                uuid: string;
                            };
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Unprocessable entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConnectedAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    auth_config: {
                        /**
                         * Format: authConfigId
                         * @description The auth config id of the app (must be a valid auth config id)
                         */
                        id: string;
                    };
                    connection: {
                        /** @description The state of the connected account */
                        state?: {
                            /** @enum {string} */
                            authScheme: "OAUTH1";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                oauth_token: string;
                                authUri: string;
                                oauth_token_secret: string;
                                redirectUrl: string;
                                callbackUrl?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                oauth_token: string;
                                oauth_token_secret: string;
                                oauth_verifier?: string;
                                consumer_key?: string;
                                redirectUrl?: string;
                                callback_url?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                oauth_token: string;
                                oauth_token_secret: string;
                                oauth_verifier?: string;
                                consumer_key?: string;
                                redirectUrl?: string;
                                callback_url?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "OAUTH2";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                code_verifier?: string;
                                redirectUrl: string;
                                callback_url?: string;
                                finalRedirectUri?: string;
                                webhook_signature?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                webhook_signature?: string;
                                /** @description for slack user scopes */
                                authed_user?: {
                                    access_token?: string;
                                    scope?: string;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                webhook_signature?: string;
                                /** @description for slack user scopes */
                                authed_user?: {
                                    access_token?: string;
                                    scope?: string;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "API_KEY";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                generic_api_key?: string;
                                api_key?: string;
                                bearer_token?: string;
                                basic_encoded?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                generic_api_key?: string;
                                api_key?: string;
                                bearer_token?: string;
                                basic_encoded?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BASIC";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                username: string;
                                password?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                username: string;
                                password?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BEARER_TOKEN";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                token: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                token: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "GOOGLE_SERVICE_ACCOUNT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                redirectUrl: string;
                                composio_link_redirect_url?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                credentials_json: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                credentials_json: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "NO_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "CALCOM_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BILLCOM_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                redirectUrl: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                sessionId: string;
                                devKey: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                sessionId: string;
                                devKey: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BASIC_WITH_JWT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                username: string;
                                password: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                username: string;
                                password: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                username: string;
                                password: string;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                username: string;
                                password: string;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "SERVICE_ACCOUNT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                application_id: string;
                                installation_id: string;
                                private_key: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                application_id: string;
                                installation_id: string;
                                private_key: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "SAML";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "DCR_OAUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                redirectUrl: string;
                                callback_url?: string;
                                finalRedirectUri?: string;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                                code_verifier?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        };
                        /**
                         * @deprecated
                         * @description DEPRECATED: This parameter will be removed in a future version. Please use state instead.
                         */
                        data?: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description The user id of the connected account
                         * @default default
                         */
                        user_id?: string;
                        /**
                         * Format: uri
                         * @description The URL to redirect to after connection completion
                         */
                        callback_url?: string;
                        /**
                         * Format: uri
                         * @deprecated
                         * @description DEPRECATED: This parameter will be removed in a future version. Please use callback_url instead.
                         */
                        redirect_uri?: string;
                        /**
                         * @deprecated
                         * @description DEPRECATED: This parameter will be removed in a future version.
                         * @default false
                         */
                        deprecated_is_v1_rerouted?: boolean;
                    };
                    /**
                     * @description [EXPERIMENTAL] Whether to validate the provided credentials, validates only for API Key Auth scheme
                     * @default false
                     */
                    validate_credentials?: boolean;
                };
            };
        };
        responses: {
            /** @description Successfully created connected account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: connectedAccountId
                         * @description The id of the connected account
                         */
                        id: string;
                        /** @description The connection data of the connected account */
                        connectionData: {
                            /** @enum {string} */
                            authScheme: "OAUTH1";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                oauth_token: string;
                                authUri: string;
                                oauth_token_secret: string;
                                redirectUrl: string;
                                callbackUrl?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                oauth_token: string;
                                oauth_token_secret: string;
                                oauth_verifier?: string;
                                consumer_key?: string;
                                redirectUrl?: string;
                                callback_url?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                oauth_token: string;
                                oauth_token_secret: string;
                                oauth_verifier?: string;
                                consumer_key?: string;
                                redirectUrl?: string;
                                callback_url?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "OAUTH2";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                code_verifier?: string;
                                redirectUrl: string;
                                callback_url?: string;
                                finalRedirectUri?: string;
                                webhook_signature?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                webhook_signature?: string;
                                /** @description for slack user scopes */
                                authed_user?: {
                                    access_token?: string;
                                    scope?: string;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                webhook_signature?: string;
                                /** @description for slack user scopes */
                                authed_user?: {
                                    access_token?: string;
                                    scope?: string;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "API_KEY";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                generic_api_key?: string;
                                api_key?: string;
                                bearer_token?: string;
                                basic_encoded?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                generic_api_key?: string;
                                api_key?: string;
                                bearer_token?: string;
                                basic_encoded?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BASIC";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                username: string;
                                password?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                username: string;
                                password?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BEARER_TOKEN";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                token: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                token: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "GOOGLE_SERVICE_ACCOUNT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                redirectUrl: string;
                                composio_link_redirect_url?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                credentials_json: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                credentials_json: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "NO_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "CALCOM_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BILLCOM_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                redirectUrl: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                sessionId: string;
                                devKey: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                sessionId: string;
                                devKey: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BASIC_WITH_JWT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                username: string;
                                password: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                username: string;
                                password: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                username: string;
                                password: string;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                username: string;
                                password: string;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "SERVICE_ACCOUNT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                application_id: string;
                                installation_id: string;
                                private_key: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                application_id: string;
                                installation_id: string;
                                private_key: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "SAML";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "DCR_OAUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                redirectUrl: string;
                                callback_url?: string;
                                finalRedirectUri?: string;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                                code_verifier?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        };
                        /**
                         * @deprecated
                         * @description DEPRECATED: This field will be removed in a future version
                         * @enum {string}
                         */
                        status: "INITIALIZING" | "INITIATED" | "ACTIVE" | "FAILED" | "EXPIRED" | "INACTIVE";
                        /**
                         * @deprecated
                         * @description DEPRECATED: This field will be removed in a future version
                         */
                        redirect_url: string | null;
                        /**
                         * @deprecated
                         * @description DEPRECATED: This field will be removed in a future version
                         */
                        redirect_uri: string | null;
                        /**
                         * @deprecated
                         * @description DEPRECATED: This field will be removed in a future version. Please use id and auth_config.id instead.
                         */
                        deprecated: {
                            /**
                             * Format: uuid
                             * @description The uuid of the connected account
                             */
                            uuid: string;
                            /**
                             * Format: uuid
                             * @description The uuid of the auth config
                             */
                            authConfigUuid: string;
                        };
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectedAccountsByNanoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier (nanoid) of the connected account
                 * @example con_1a2b3c4d5e6f
                 */
                nanoid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved connected account details with all authentication parameters and connection status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "toolkit": {
                     *         "slug": "github"
                     *       },
                     *       "auth_config": {
                     *         "id": "ac_7f3kQ2xZt9LmVb",
                     *         "auth_scheme": "OAUTH2",
                     *         "is_composio_managed": true,
                     *         "is_disabled": false
                     *       },
                     *       "id": "ca_8f2kQ1xZt7LmVb",
                     *       "user_id": "user_123",
                     *       "status": "ACTIVE",
                     *       "created_at": "2026-12-01T09:12:44.000Z",
                     *       "updated_at": "2026-12-01T09:13:05.000Z",
                     *       "state": {
                     *         "authScheme": "OAUTH2",
                     *         "val": {
                     *           "status": "ACTIVE",
                     *           "access_token": "gho_exampleAccessToken000000000000000",
                     *           "token_type": "bearer",
                     *           "scope": "repo,read:user"
                     *         }
                     *       },
                     *       "data": {},
                     *       "status_reason": null,
                     *       "is_disabled": false,
                     *       "params": {}
                     *     }
                     */
                    "application/json": {
                        toolkit: {
                            /** @description The slug of the toolkit */
                            slug: string;
                        };
                        auth_config: {
                            /**
                             * Format: authConfigId
                             * @description The id of the auth config
                             */
                            id: string;
                            /**
                             * @deprecated
                             * @description the authScheme is part of the connection state use it there
                             * @enum {string}
                             */
                            auth_scheme: "OAUTH2" | "OAUTH1" | "API_KEY" | "BASIC" | "BILLCOM_AUTH" | "BEARER_TOKEN" | "GOOGLE_SERVICE_ACCOUNT" | "NO_AUTH" | "BASIC_WITH_JWT" | "CALCOM_AUTH" | "SERVICE_ACCOUNT" | "SAML" | "DCR_OAUTH";
                            /** @description Whether the auth config is managed by Composio */
                            is_composio_managed: boolean;
                            /** @description Whether the auth config is disabled */
                            is_disabled: boolean;
                            /** @deprecated */
                            deprecated?: {
                                /**
                                 * Format: uuid
                                 * @description The uuid of the auth config
                                 */
                                uuid: string;
                            };
                        };
                        /**
                         * Format: connectedAccountId
                         * @description The id of the connection
                         */
                        id: string;
                        /**
                         * @deprecated
                         * @description This is deprecated, we will not be providing userId from this api anymore, you will only be able to read via userId not get it back
                         */
                        user_id: string;
                        /**
                         * @description The status of the connection
                         * @enum {string}
                         */
                        status: "INITIALIZING" | "INITIATED" | "ACTIVE" | "FAILED" | "EXPIRED" | "INACTIVE";
                        /** @description The created at of the connection */
                        created_at: string;
                        /** @description The updated at of the connection */
                        updated_at: string;
                        /** @description The state of the connection */
                        state: {
                            /** @enum {string} */
                            authScheme: "OAUTH1";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                oauth_token: string;
                                authUri: string;
                                oauth_token_secret: string;
                                redirectUrl: string;
                                callbackUrl?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                oauth_token: string;
                                oauth_token_secret: string;
                                oauth_verifier?: string;
                                consumer_key?: string;
                                redirectUrl?: string;
                                callback_url?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                oauth_token: string;
                                oauth_token_secret: string;
                                oauth_verifier?: string;
                                consumer_key?: string;
                                redirectUrl?: string;
                                callback_url?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "OAUTH2";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                code_verifier?: string;
                                redirectUrl: string;
                                callback_url?: string;
                                finalRedirectUri?: string;
                                webhook_signature?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                webhook_signature?: string;
                                /** @description for slack user scopes */
                                authed_user?: {
                                    access_token?: string;
                                    scope?: string;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                webhook_signature?: string;
                                /** @description for slack user scopes */
                                authed_user?: {
                                    access_token?: string;
                                    scope?: string;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "API_KEY";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                generic_api_key?: string;
                                api_key?: string;
                                bearer_token?: string;
                                basic_encoded?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                generic_api_key?: string;
                                api_key?: string;
                                bearer_token?: string;
                                basic_encoded?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BASIC";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                username: string;
                                password?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                username: string;
                                password?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BEARER_TOKEN";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                token: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                token: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "GOOGLE_SERVICE_ACCOUNT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                redirectUrl: string;
                                composio_link_redirect_url?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                credentials_json: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                credentials_json: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "NO_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "CALCOM_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BILLCOM_AUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                redirectUrl: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                sessionId: string;
                                devKey: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                sessionId: string;
                                devKey: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "BASIC_WITH_JWT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                username: string;
                                password: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                username: string;
                                password: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                username: string;
                                password: string;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                username: string;
                                password: string;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "SERVICE_ACCOUNT";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                application_id: string;
                                installation_id: string;
                                private_key: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                application_id: string;
                                installation_id: string;
                                private_key: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "SAML";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        } | {
                            /** @enum {string} */
                            authScheme: "DCR_OAUTH";
                            val: ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIALIZING";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INITIATED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                redirectUrl: string;
                                callback_url?: string;
                                finalRedirectUri?: string;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                                code_verifier?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "ACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "INACTIVE";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                /** @description Dynamically registered client ID */
                                client_id: string;
                                /** @description Dynamically registered client secret */
                                client_secret?: string;
                                access_token: string;
                                id_token?: string;
                                token_type?: string;
                                refresh_token?: string | null;
                                expires_in?: number | string | unknown;
                                scope?: string | string[] | unknown;
                                client_id_issued_at?: number;
                                client_secret_expires_at?: number;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "FAILED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                error?: string;
                                error_description?: string;
                            } & {
                                [key: string]: unknown;
                            }) | ({
                                subdomain?: string;
                                "your-domain"?: string;
                                region?: string;
                                shop?: string;
                                account_url?: string;
                                COMPANYDOMAIN?: string;
                                extension?: string;
                                form_api_base_url?: string;
                                instanceEndpoint?: string;
                                api_url?: string;
                                borneo_dashboard_url?: string;
                                proxy_username?: string;
                                proxy_password?: string;
                                domain?: string;
                                version?: string;
                                dc?: string;
                                site_name?: string;
                                instanceName?: string;
                                account_id?: string;
                                your_server?: string;
                                server_location?: string;
                                base_url?: string;
                                /** @enum {string} */
                                status: "EXPIRED";
                                /** @description The oauth2 state prefix for the connection */
                                state_prefix?: string;
                                /** @description Whether to return the redirect url without shortening */
                                long_redirect_url?: boolean;
                                expired_at?: string;
                            } & {
                                [key: string]: unknown;
                            });
                        };
                        /**
                         * @deprecated
                         * @description This is deprecated, use `state` instead
                         */
                        data: {
                            [key: string]: unknown;
                        };
                        /** @description The reason the connection is disabled */
                        status_reason: string | null;
                        /** @description Whether the connection is disabled */
                        is_disabled: boolean;
                        /** @description The endpoint to make test request for verification */
                        test_request_endpoint?: string;
                        /** @deprecated */
                        deprecated?: {
                            /** @description The labels of the connection */
                            labels: string[];
                            /**
                             * Format: uuid
                             * @description The uuid of the connection
                             */
                            uuid: string;
                        };
                        /**
                         * @deprecated
                         * @description The initialization data of the connection, including configuration parameters
                         */
                        params: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Bad request - Invalid nanoid format or other validation error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication failed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - Insufficient permissions to access this connected account */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Connected account does not exist or was deleted */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Failed to retrieve connected account details */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented - This operation is not supported for the requested connected account or authentication scheme */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConnectedAccountsByNanoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier (nanoid) of the connected account
                 * @example con_1a2b3c4d5e6f
                 */
                nanoid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully deleted the connected account. The account is marked as deleted but retained in the database for historical purposes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Indicates whether the connected account was successfully deleted */
                        success: boolean;
                    };
                };
            };
            /** @description Bad request - Invalid nanoid format or other validation error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication failed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - Insufficient permissions to delete this connected account */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Connected account not found - The specified account does not exist or has already been deleted */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Internal server error - Failed to delete the connected account due to a server-side issue */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConnectedAccountsByNanoIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the connected account
                 * @example con_1a2b3c4d5e6f
                 */
                nanoId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Set to true to enable the account or false to disable it */
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description Successfully updated the connected account status. If enabled=true, the account status is set to ACTIVE; if enabled=false, the status is set to INACTIVE. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Indicates whether the connected account status was successfully updated */
                        success: boolean;
                    };
                };
            };
            /** @description Bad request - Invalid nanoid format or invalid request body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication failed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - Insufficient permissions to update this connected account */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Connected account not found - The specified account does not exist or has been deleted */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Internal server error - Failed to update the connected account status due to a server-side issue */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConnectedAccountsByNanoidRefresh: {
        parameters: {
            query?: {
                redirect_url?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the connected account
                 * @example con_1a2b3c4d5e6f
                 */
                nanoid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    redirect_url?: string;
                    /**
                     * @description [EXPERIMENTAL] Whether to validate the provided credentials, validates only for API Key Auth scheme
                     * @default false
                     */
                    validate_credentials?: boolean;
                };
            };
        };
        responses: {
            /** @description Successfully refreshed the connected account authentication. For OAuth flows, a new redirect URL is provided. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The unique identifier of the connected account */
                        id: string;
                        /**
                         * @description The current status of the connected account (e.g., active, pending, failed)
                         * @enum {string}
                         */
                        status: "INITIALIZING" | "INITIATED" | "ACTIVE" | "FAILED" | "EXPIRED" | "INACTIVE";
                        /** @description The URL to which the user should be redirected to complete the authentication process (null for auth schemes that do not require redirection) */
                        redirect_url: string | null;
                    };
                };
            };
            /** @description Bad request - Invalid nanoid format or the account cannot be refreshed in its current state */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication failed */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - Insufficient permissions to refresh this connected account */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Connected account does not exist or was deleted */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Failed to refresh the connected account authentication */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented - This operation is not supported for the requested connected account or authentication scheme */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConnectedAccountsLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "auth_config_id": "ac_7f3kQ2xZt9LmVb",
                 *       "user_id": "user_123",
                 *       "callback_url": "https://app.example.com/integrations/github/callback"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: authConfigId
                     * @description The auth config id to create a link for
                     */
                    auth_config_id: string;
                    /** @description The user id to create a link for */
                    user_id: string;
                    /** @description The callback url to create a link for */
                    callback_url?: string;
                    /** @description Optional data to pre-fill connection fields with default values */
                    connection_data?: ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        oauth_token: string;
                        authUri: string;
                        oauth_token_secret: string;
                        redirectUrl: string;
                        callbackUrl?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        oauth_token: string;
                        oauth_token_secret: string;
                        oauth_verifier?: string;
                        consumer_key?: string;
                        redirectUrl?: string;
                        callback_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        oauth_token: string;
                        oauth_token_secret: string;
                        oauth_verifier?: string;
                        consumer_key?: string;
                        redirectUrl?: string;
                        callback_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        code_verifier?: string;
                        redirectUrl: string;
                        callback_url?: string;
                        finalRedirectUri?: string;
                        webhook_signature?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        access_token: string;
                        id_token?: string;
                        token_type?: string;
                        refresh_token?: string | null;
                        expires_in?: number | string | unknown;
                        scope?: string | string[] | unknown;
                        webhook_signature?: string;
                        /** @description for slack user scopes */
                        authed_user?: {
                            access_token?: string;
                            scope?: string;
                        };
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        access_token: string;
                        id_token?: string;
                        token_type?: string;
                        refresh_token?: string | null;
                        expires_in?: number | string | unknown;
                        scope?: string | string[] | unknown;
                        webhook_signature?: string;
                        /** @description for slack user scopes */
                        authed_user?: {
                            access_token?: string;
                            scope?: string;
                        };
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        generic_api_key?: string;
                        api_key?: string;
                        bearer_token?: string;
                        basic_encoded?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        generic_api_key?: string;
                        api_key?: string;
                        bearer_token?: string;
                        basic_encoded?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        username: string;
                        password?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        username: string;
                        password?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        token: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        token: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        redirectUrl: string;
                        composio_link_redirect_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        credentials_json: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        credentials_json: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        redirectUrl: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        sessionId: string;
                        devKey: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        sessionId: string;
                        devKey: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        username: string;
                        password: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        username: string;
                        password: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        username: string;
                        password: string;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        username: string;
                        password: string;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        application_id: string;
                        installation_id: string;
                        private_key: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        application_id: string;
                        installation_id: string;
                        private_key: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        /** @description Dynamically registered client ID */
                        client_id: string;
                        /** @description Dynamically registered client secret */
                        client_secret?: string;
                        redirectUrl: string;
                        callback_url?: string;
                        finalRedirectUri?: string;
                        client_id_issued_at?: number;
                        client_secret_expires_at?: number;
                        code_verifier?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        /** @description Dynamically registered client ID */
                        client_id: string;
                        /** @description Dynamically registered client secret */
                        client_secret?: string;
                        access_token: string;
                        id_token?: string;
                        token_type?: string;
                        refresh_token?: string | null;
                        expires_in?: number | string | unknown;
                        scope?: string | string[] | unknown;
                        client_id_issued_at?: number;
                        client_secret_expires_at?: number;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        /** @description Dynamically registered client ID */
                        client_id: string;
                        /** @description Dynamically registered client secret */
                        client_secret?: string;
                        access_token: string;
                        id_token?: string;
                        token_type?: string;
                        refresh_token?: string | null;
                        expires_in?: number | string | unknown;
                        scope?: string | string[] | unknown;
                        client_id_issued_at?: number;
                        client_secret_expires_at?: number;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        error?: string;
                        error_description?: string;
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        subdomain?: string;
                        "your-domain"?: string;
                        region?: string;
                        shop?: string;
                        account_url?: string;
                        COMPANYDOMAIN?: string;
                        extension?: string;
                        form_api_base_url?: string;
                        instanceEndpoint?: string;
                        api_url?: string;
                        borneo_dashboard_url?: string;
                        proxy_username?: string;
                        proxy_password?: string;
                        domain?: string;
                        version?: string;
                        dc?: string;
                        site_name?: string;
                        instanceName?: string;
                        account_id?: string;
                        your_server?: string;
                        server_location?: string;
                        base_url?: string;
                        /** @description The oauth2 state prefix for the connection */
                        state_prefix?: string;
                        /** @description Whether to return the redirect url without shortening */
                        long_redirect_url?: boolean;
                        expired_at?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
        };
        responses: {
            /** @description Successfully created auth link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "link_token": "ln_9c2d4e61a7b3",
                     *       "redirect_url": "https://connect.composio.dev/link/ln_9c2d4e61a7b3",
                     *       "expires_at": "2026-12-01T09:22:44.000Z",
                     *       "connected_account_id": "ca_8f2kQ1xZt7LmVb"
                     *     }
                     */
                    "application/json": {
                        /** @description The generated link token for the auth session */
                        link_token: string;
                        /** @description The redirect URI to send users to for authentication */
                        redirect_url: string;
                        /** @description ISO timestamp when the link expires */
                        expires_at: string;
                        /**
                         * Format: connectedAccountId
                         * @description The connected account ID that was created
                         */
                        connected_account_id: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Auth config not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgProjectConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Project configuration retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        is_2FA_enabled: boolean;
                        logo_url?: string;
                        display_name?: string;
                        mask_secret_keys_in_connected_account: boolean;
                        /** @enum {string} */
                        log_visibility_setting: "show_all" | "dont_store_data";
                        require_mcp_api_key?: boolean;
                    };
                };
            };
            /** @description Bad request. The project configuration data may be invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Project not found. The specified project does not exist or has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrgProjectConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    is_2FA_enabled?: boolean;
                    logo_url?: string;
                    display_name?: string;
                    mask_secret_keys_in_connected_account?: boolean;
                    /** @enum {string} */
                    log_visibility_setting?: "show_all" | "dont_store_data";
                    require_mcp_api_key?: boolean;
                };
            };
        };
        responses: {
            /** @description Project configuration updated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        is_2FA_enabled: boolean;
                        logo_url?: string;
                        display_name?: string;
                        mask_secret_keys_in_connected_account: boolean;
                        /** @enum {string} */
                        log_visibility_setting: "show_all" | "dont_store_data";
                        require_mcp_api_key?: boolean;
                    };
                };
            };
            /** @description Bad request. The configuration data may be invalid or missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Project not found. The specified project does not exist or has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgOwnerProjectNew: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description A unique name for your project that follows the required format rules
                     * @example my-awesome-project
                     */
                    name: string;
                    /**
                     * @description Whether to create an API key for the project. If true, the API key will be created and returned in the response.
                     * @default false
                     * @example false
                     */
                    should_create_api_key?: boolean;
                    /** @description Configuration for the project */
                    config?: {
                        is_2FA_enabled: boolean;
                        logo_url?: string;
                        display_name?: string;
                        mask_secret_keys_in_connected_account: boolean;
                        /** @enum {string} */
                        log_visibility_setting: "show_all" | "dont_store_data";
                        require_mcp_api_key?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Project successfully created. Returns the complete project object with generated IDs, webhook secrets, and configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: projectId
                         * @description Unique identifier for the project
                         * @example proj_abc123xyz456
                         */
                        id: string;
                        /**
                         * @description Name of the project
                         * @example My Awesome Project
                         */
                        name?: string;
                        /**
                         * @description API key for the project
                         * @example ak_abc123xyz456
                         */
                        api_key: string | null;
                    };
                };
            };
            /** @description Bad request. This may occur if the project name format is invalid, too short, or contains invalid characters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgOwnerProjectList: {
        parameters: {
            query?: {
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects retrieved successfully with pagination. Returns an array of projects with pagination info. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: projectId
                             * @description Unique identifier for the project
                             * @example proj_abc123xyz456
                             */
                            id: string;
                            /**
                             * Format: orgId
                             * @description Identifier of the organization that owns this project
                             * @example org_abc123xyz456
                             */
                            org_id: string;
                            /**
                             * @description Name of the project
                             * @example My Awesome Project
                             */
                            name: string;
                            /**
                             * @description Email address associated with the project
                             * @example project-123@composio.dev
                             */
                            email: string;
                            /**
                             * @description ISO timestamp when the project was created
                             * @example 2023-05-16T14:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description ISO timestamp when the project was last updated
                             * @example 2023-05-18T09:15:30.000Z
                             */
                            updated_at: string;
                            /**
                             * Format: uri
                             * @description URL where webhook events will be sent (can be null)
                             * @example https://example.com/webhook
                             */
                            webhook_url: string | null;
                            /**
                             * Format: uri
                             * @description URL where event webhook notifications will be sent (can be null)
                             * @example https://example.com/events
                             */
                            event_webhook_url: string | null;
                            /**
                             * @description Secret key used to sign webhook payloads for verification
                             * @example whsec_abcdef123456789
                             */
                            webhook_secret: string | null;
                            /**
                             * @description Whether triggers are enabled for this project
                             * @example true
                             */
                            triggers_enabled?: boolean;
                            /**
                             * Format: date-time
                             * @description ISO timestamp when the project last subscribed to updates
                             * @example 2023-05-17T10:00:00.000Z
                             */
                            last_subscribed_at?: string | null;
                            /**
                             * @deprecated
                             * @description Deprecated: Please refer to webhook_version instead. True indicates if the webhook configuration is using the previous new format (V2). False indicates the oldest format (V1)
                             * @example true
                             */
                            is_new_webhook?: boolean;
                            /**
                             * @description Version of the webhook configuration
                             * @example V2
                             * @enum {string}
                             */
                            webhook_version: "V1" | "V2" | "V3";
                            /**
                             * @description Whether this project has been soft-deleted
                             * @example false
                             */
                            deleted: boolean;
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request. This may occur if there are invalid query parameters or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrgOwnerProjectByNanoId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier (Nano ID) of the project to retrieve */
                nano_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Project retrieved successfully. Returns a complete project object with all configuration details and associated API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: projectId
                         * @description Unique identifier for the project
                         * @example proj_abc123xyz456
                         */
                        id: string;
                        /**
                         * Format: orgId
                         * @description Identifier of the organization that owns this project
                         * @example org_abc123xyz456
                         */
                        org_id: string;
                        /**
                         * @description Name of the project
                         * @example My Awesome Project
                         */
                        name: string;
                        /**
                         * @description Email address associated with the project
                         * @example project-123@composio.dev
                         */
                        email: string;
                        /**
                         * @description ISO timestamp when the project was created
                         * @example 2023-05-16T14:30:00.000Z
                         */
                        created_at: string;
                        /**
                         * @description ISO timestamp when the project was last updated
                         * @example 2023-05-18T09:15:30.000Z
                         */
                        updated_at: string;
                        /**
                         * Format: uri
                         * @description URL where webhook events will be sent (can be null)
                         * @example https://example.com/webhook
                         */
                        webhook_url: string | null;
                        /**
                         * Format: uri
                         * @description URL where event webhook notifications will be sent (can be null)
                         * @example https://example.com/events
                         */
                        event_webhook_url: string | null;
                        /**
                         * @description Secret key used to sign webhook payloads for verification
                         * @example whsec_abcdef123456789
                         */
                        webhook_secret: string | null;
                        /**
                         * @description Whether triggers are enabled for this project
                         * @example true
                         */
                        triggers_enabled?: boolean;
                        /**
                         * Format: date-time
                         * @description ISO timestamp when the project last subscribed to updates
                         * @example 2023-05-17T10:00:00.000Z
                         */
                        last_subscribed_at?: string | null;
                        /**
                         * @deprecated
                         * @description Deprecated: Please refer to webhook_version instead. True indicates if the webhook configuration is using the previous new format (V2). False indicates the oldest format (V1)
                         * @example true
                         */
                        is_new_webhook?: boolean;
                        /**
                         * @description Version of the webhook configuration
                         * @example V2
                         * @enum {string}
                         */
                        webhook_version: "V1" | "V2" | "V3";
                        /**
                         * @description Whether this project has been soft-deleted
                         * @example false
                         */
                        deleted: boolean;
                        /** @description Array of API keys for the project, including their properties */
                        api_keys: {
                            /**
                             * @description Unique identifier for the API key
                             * @example 01H4DKRF5SMP7NQCA3BWT0JYB6
                             */
                            id: string;
                            /**
                             * @description User-defined name for the API key
                             * @example Production Server Key
                             */
                            name: string;
                            /**
                             * @description The actual API key value used for authentication
                             * @example ak_a1b2c3d4e5f6g7h8i9j0
                             */
                            key: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp when the API key was created
                             * @example 2023-07-15T14:30:00.000Z
                             */
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description Bad request. This may occur if the project ID format is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrgOwnerProjectByNanoId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier (Nano ID) of the project to delete */
                nano_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Project successfully deleted. The project has been marked as deleted in the system. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Status indicating successful deletion
                         * @example success
                         * @enum {string}
                         */
                        status: "success";
                    };
                };
            };
            /** @description Bad request. The project ID may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. You do not have permission to delete this project. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrgOwnerProjectByNanoIdRegenerateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier (Nano ID) of the project to regenerate API key for */
                nano_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API key regenerated successfully. Returns the new API key details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The newly generated API key for this project */
                        api_key: {
                            /**
                             * @description Unique identifier for the API key
                             * @example 01H4DKRF5SMP7NQCA3BWT0JYB6
                             */
                            id: string;
                            /**
                             * @description Name of the API key
                             * @example epic_avatar
                             */
                            name: string;
                            /**
                             * @description The newly generated API key value
                             * @example ak_a1b2c3d4e5f6g7h8i9j0
                             */
                            key: string;
                            /**
                             * @description ISO timestamp when the API key was created
                             * @example 2023-05-16T14:30:00.000Z
                             */
                            created_at: string;
                        };
                        /**
                         * @description Success message
                         * @example API key regenerated successfully
                         */
                        message: string;
                    };
                };
            };
            /** @description Bad request. The project ID may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolkits: {
        parameters: {
            query?: {
                /** @description Filter toolkits by category */
                category?: string;
                /** @description Filter toolkits by who manages them */
                managed_by?: "composio" | "all" | "project";
                /** @description Sort order for returned toolkits */
                sort_by?: "usage" | "alphabetically";
                /** @description Include deprecated toolkits in the response */
                include_deprecated?: boolean | null;
                /** @description Search query to filter toolkits by name, slug, or description */
                search?: string;
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Toolkits retrieved successfully. Returns a paginated list of available toolkits with detailed metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description URL-friendly unique identifier for the toolkit
                             * @example github
                             */
                            slug: string;
                            /**
                             * @description Human-readable name of the toolkit
                             * @example GitHub
                             */
                            name: string;
                            /**
                             * @description List of authentication methods supported by this toolkit
                             * @example [
                             *       "oauth2",
                             *       "api_key"
                             *     ]
                             */
                            auth_schemes?: string[];
                            /**
                             * @description List of authentication methods that Composio manages for this toolkit
                             * @example [
                             *       "oauth2"
                             *     ]
                             */
                            composio_managed_auth_schemes?: string[];
                            /**
                             * @deprecated
                             * @description DEPRECATED: This field is no longer meaningful and will always return false. It was previously used to indicate if a toolkit is specific to the current project.
                             * @example false
                             */
                            is_local_toolkit: boolean;
                            /**
                             * @description When true, this toolkit can be used without authentication
                             * @example false
                             */
                            no_auth?: boolean;
                            deprecated: components["schemas"]["DeprecatedToolkitInfo"];
                            /** @description Additional metadata about the toolkit */
                            meta: {
                                /**
                                 * @description Creation date and time of the toolkit
                                 * @example 2023-01-15T09:30:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * @description Last modification date and time of the toolkit
                                 * @example 2023-05-20T14:45:00.000Z
                                 */
                                updated_at: string;
                                /**
                                 * @description Human-readable description explaining the toolkit's purpose and functionality
                                 * @example Integrate with GitHub repositories, issues, pull requests, and more.
                                 */
                                description: string;
                                /**
                                 * @description Image URL for the toolkit's branding
                                 * @example https://assets.composio.dev/logos/github.png
                                 */
                                logo: string;
                                /**
                                 * @description Link to the toolkit's main application or service website
                                 * @example https://github.com
                                 */
                                app_url?: string | null;
                                /**
                                 * @description List of categories associated with this toolkit
                                 * @example [
                                 *       {
                                 *         "id": "developer-tools",
                                 *         "name": "Developer Tools"
                                 *       },
                                 *       {
                                 *         "id": "productivity",
                                 *         "name": "Productivity"
                                 *       }
                                 *     ]
                                 */
                                categories: {
                                    /**
                                     * @description Category identifier
                                     * @example developer-tools
                                     */
                                    id: string;
                                    /**
                                     * @description Human-readable category name
                                     * @example Developer Tools
                                     */
                                    name: string;
                                }[];
                                /**
                                 * @description Count of available triggers in this toolkit
                                 * @example 5
                                 */
                                triggers_count: number;
                                /**
                                 * @description Count of available tools in this toolkit
                                 * @example 12
                                 */
                                tools_count: number;
                                /**
                                 * @description Version of the toolkit
                                 * @example 20250905_00
                                 */
                                version: string;
                            };
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request. The query parameters may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The toolkits you are looking for do not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolkitsCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved a paginated list of all available toolkit categories with their identifiers and display names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Display name of the toolkit category
                             * @example Developer Tools
                             */
                            name: string;
                            /**
                             * @description URL-friendly unique identifier for the category, used for filtering toolkits
                             * @example developer-tools
                             */
                            id: string;
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request. The request may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The requested resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolkitsBySlug: {
        parameters: {
            query?: {
                /** @description Version of the toolkit */
                version?: string;
            };
            header?: never;
            path: {
                /** @description Toolkit slug identifier */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved detailed information about the requested toolkit, including authentication options, metadata, and feature counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description URL-friendly unique identifier for the toolkit
                         * @example github
                         */
                        slug: string;
                        /**
                         * @description Human-readable name of the toolkit
                         * @example GitHub
                         */
                        name: string;
                        /**
                         * @description Indicates if this toolkit is currently enabled and available for use
                         * @example true
                         */
                        enabled: boolean;
                        /**
                         * @description List of authentication methods that Composio manages for this toolkit
                         * @example [
                         *       "oauth2"
                         *     ]
                         */
                        composio_managed_auth_schemes?: string[];
                        /**
                         * @deprecated
                         * @description DEPRECATED: This field is no longer meaningful and will always return false. It was previously used to indicate if a toolkit is specific to the current project.
                         * @example false
                         */
                        is_local_toolkit: boolean;
                        /** @description Complete authentication configuration details for each supported auth method */
                        auth_config_details?: {
                            /**
                             * @description The type of authentication mode (e.g., oauth2, basic_auth, api_key)
                             * @example oauth2
                             */
                            mode: string;
                            /** @description Field groups required for different authentication stages */
                            fields: {
                                /** @description Form fields needed when creating an authentication configuration */
                                auth_config_creation: {
                                    required: {
                                        name: string;
                                        displayName: string;
                                        default?: string | null;
                                        type: string;
                                        description: string;
                                        required: boolean;
                                        legacy_template_name?: string;
                                    }[];
                                    optional: {
                                        name: string;
                                        displayName: string;
                                        default?: string | null;
                                        type: string;
                                        description: string;
                                        required: boolean;
                                        legacy_template_name?: string;
                                    }[];
                                };
                                /** @description Form fields needed when connecting a user account with this authentication method */
                                connected_account_initiation: {
                                    required: {
                                        name: string;
                                        displayName: string;
                                        default?: string | null;
                                        type: string;
                                        description: string;
                                        required: boolean;
                                        legacy_template_name?: string;
                                    }[];
                                    optional: {
                                        name: string;
                                        displayName: string;
                                        default?: string | null;
                                        type: string;
                                        description: string;
                                        required: boolean;
                                        legacy_template_name?: string;
                                    }[];
                                };
                            };
                            /** @description Configuration for proxying authentication requests to external services */
                            proxy?: {
                                /**
                                 * @description URL to which authentication requests will be proxied
                                 * @example https://auth.example.com/proxy
                                 */
                                base_url: string;
                            };
                            /**
                             * @description Display name for this authentication method
                             * @example OAuth 2.0
                             */
                            name: string;
                            /**
                             * @deprecated
                             * @description Authentication URL fields for OAuth 2.0 and OAuth 1.0. We don't recommend using this field for authentication and might break post Aug 31 2025.
                             */
                            deprecated_auth_provider_details?: {
                                authorization_url?: string;
                                token_url?: string;
                            };
                        }[];
                        /**
                         * @description If evaluation of base URL needs some connection info (like shopify), please create the connection and get the base URL from there
                         * @example https://api.github.com
                         */
                        base_url?: string;
                        /** @description Comprehensive metadata for the toolkit including dates, descriptions, and statistics */
                        meta: {
                            /**
                             * @description Creation date and time of the toolkit
                             * @example 2023-01-15T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description Last modification date and time of the toolkit
                             * @example 2023-05-20T14:45:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description Human-readable description explaining the toolkit's purpose and functionality
                             * @example Integrate with GitHub repositories, issues, pull requests, and more.
                             */
                            description: string;
                            /**
                             * @description Image URL for the toolkit's branding
                             * @example https://assets.composio.dev/logos/github.png
                             */
                            logo: string;
                            /**
                             * @description Link to the toolkit's main application or service website
                             * @example https://github.com
                             */
                            app_url?: string | null;
                            /**
                             * @description List of categories associated with this toolkit
                             * @example [
                             *       {
                             *         "name": "Developer Tools",
                             *         "slug": "developer-tools"
                             *       },
                             *       {
                             *         "name": "Productivity",
                             *         "slug": "productivity"
                             *       }
                             *     ]
                             */
                            categories: {
                                /**
                                 * @description Human-readable category name
                                 * @example Developer Tools
                                 */
                                name: string;
                                /**
                                 * @description URL-friendly identifier for the category
                                 * @example developer-tools
                                 */
                                slug: string;
                            }[];
                            /**
                             * @description Count of available triggers in this toolkit
                             * @example 5
                             */
                            triggers_count: number;
                            /**
                             * @description Count of available tools in this toolkit
                             * @example 12
                             */
                            tools_count: number;
                            /**
                             * @description Version of the toolkit
                             * @example 20250905_00
                             */
                            version: string;
                            /**
                             * @description Available versions of the toolkit
                             * @example [
                             *       "20250905_00",
                             *       "20250906_00"
                             *     ]
                             */
                            available_versions: string[];
                        };
                        /** @description Endpoint to get the current user */
                        get_current_user_endpoint?: string;
                        deprecated: {
                            toolkitId: string;
                            getCurrentUserEndpoint?: string;
                            rawProxyInfoByAuthSchemes: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad request. The toolkit slug may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The requested toolkit does not exist or is not accessible to the authenticated project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpect ed error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTools: {
        parameters: {
            query?: {
                /** @description The slug of the toolkit to filter by */
                toolkit_slug?: string;
                /** @description Comma-separated list of specific tool slugs to retrieve (overrides other filters) */
                tool_slugs?: string;
                /** @description Comma-separated list of auth config IDs to filter tools by */
                auth_config_ids?: string | string[];
                /** @description Filter to only show important/featured tools (set to "true" to enable) */
                important?: "true" | "false";
                /** @description Filter tools by one or more tags (can be specified multiple times) */
                tags?: string[];
                /** @description Array of scopes to filter tools by) */
                scopes?: string[] | null;
                /** @description Free-text search query to find tools by name, description, or functionality */
                search?: string;
                /** @description Include deprecated tools in the response */
                include_deprecated?: boolean;
                /** @description Toolkit version specification. Use "latest" for latest versions or bracket notation for specific versions per toolkit. */
                toolkit_versions?: null | string | {
                    [key: string]: string;
                };
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved tools list with pagination information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolsPaginated"];
                };
            };
            /** @description Bad request - Invalid query parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication credentials are missing or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - User does not have permission to access tools */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - The requested resource was not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests - Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolsEnum: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved tool enum list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Bad request - Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication credentials are missing or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - User does not have permission to access tool enums */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Tool enum list not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolsByToolSlug: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Optional version of the tool to retrieve
                 */
                version?: string;
                /** @description Toolkit version specification. Use "latest" for latest versions or bracket notation for specific versions per toolkit. */
                toolkit_versions?: null | string | {
                    [key: string]: string;
                };
            };
            header?: never;
            path: {
                /** @description The unique slug identifier of the tool */
                tool_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved tool details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            /** @description Bad request - Invalid tool slug format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication credentials are missing or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Tool with the specified slug does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolkitsMulti: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Array of toolkit slug identifiers to retrieve
                     * @example [
                     *       "github",
                     *       "slack",
                     *       "gmail"
                     *     ]
                     */
                    toolkits?: string[];
                    /**
                     * @description Category ID or name to filter toolkits by
                     * @example productivity
                     */
                    category?: string;
                    /**
                     * @description Entity responsible for managing the toolkits
                     * @enum {string}
                     */
                    managed_by?: "composio" | "all" | "project";
                    /**
                     * @description Determines how toolkits should be sorted in the response
                     * @enum {string}
                     */
                    sort_by?: "usage" | "alphabetically";
                    limit?: number | null;
                    cursor?: string;
                };
            };
        };
        responses: {
            /** @description Toolkits retrieved successfully. Returns a paginated list of available toolkits with detailed metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description URL-friendly unique identifier for the toolkit
                             * @example github
                             */
                            slug: string;
                            /**
                             * @description Human-readable name of the toolkit
                             * @example GitHub
                             */
                            name: string;
                            /**
                             * @description List of authentication methods supported by this toolkit
                             * @example [
                             *       "oauth2",
                             *       "api_key"
                             *     ]
                             */
                            auth_schemes?: string[];
                            /**
                             * @description List of authentication methods that Composio manages for this toolkit
                             * @example [
                             *       "oauth2"
                             *     ]
                             */
                            composio_managed_auth_schemes?: string[];
                            /**
                             * @deprecated
                             * @description DEPRECATED: This field is no longer meaningful and will always return false. It was previously used to indicate if a toolkit is specific to the current project.
                             * @example false
                             */
                            is_local_toolkit: boolean;
                            /**
                             * @description When true, this toolkit can be used without authentication
                             * @example false
                             */
                            no_auth?: boolean;
                            deprecated: components["schemas"]["DeprecatedToolkitInfo"];
                            /** @description Additional metadata about the toolkit */
                            meta: {
                                /**
                                 * @description Creation date and time of the toolkit
                                 * @example 2023-01-15T09:30:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * @description Last modification date and time of the toolkit
                                 * @example 2023-05-20T14:45:00.000Z
                                 */
                                updated_at: string;
                                /**
                                 * @description Human-readable description explaining the toolkit's purpose and functionality
                                 * @example Integrate with GitHub repositories, issues, pull requests, and more.
                                 */
                                description: string;
                                /**
                                 * @description Image URL for the toolkit's branding
                                 * @example https://assets.composio.dev/logos/github.png
                                 */
                                logo: string;
                                /**
                                 * @description Link to the toolkit's main application or service website
                                 * @example https://github.com
                                 */
                                app_url?: string | null;
                                /**
                                 * @description List of categories associated with this toolkit
                                 * @example [
                                 *       {
                                 *         "id": "developer-tools",
                                 *         "name": "Developer Tools"
                                 *       },
                                 *       {
                                 *         "id": "productivity",
                                 *         "name": "Productivity"
                                 *       }
                                 *     ]
                                 */
                                categories: {
                                    /**
                                     * @description Category identifier
                                     * @example developer-tools
                                     */
                                    id: string;
                                    /**
                                     * @description Human-readable category name
                                     * @example Developer Tools
                                     */
                                    name: string;
                                }[];
                                /**
                                 * @description Count of available triggers in this toolkit
                                 * @example 5
                                 */
                                triggers_count: number;
                                /**
                                 * @description Count of available tools in this toolkit
                                 * @example 12
                                 */
                                tools_count: number;
                                /**
                                 * @description Version of the toolkit
                                 * @example 20250905_00
                                 */
                                version: string;
                            };
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request. The query parameters may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The toolkits you are looking for do not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolsExecuteByToolSlug: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool slug to execute */
                tool_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Unique identifier for the connected account to use for authentication
                     * @example ca_1a2b3c4d5e6f
                     */
                    connected_account_id?: string;
                    /**
                     * @deprecated
                     * @description Deprecated: please use user_id instead. Entity identifier for multi-entity connected accounts (e.g. multiple repositories, organizations)
                     * @example repo-123
                     */
                    entity_id?: string;
                    /**
                     * @description User id for multi-user connected accounts (e.g. multiple users, organizations)
                     * @example user-123
                     */
                    user_id?: string;
                    /**
                     * @description Tool version to execute (defaults to "00000000_00" if not specified)
                     * @example latest
                     */
                    version?: string;
                    /**
                     * @description Custom authentication parameters for tools that support parameterized authentication
                     * @example {
                     *       "base_url": "https://api.example.com",
                     *       "parameters": [
                     *         {
                     *           "name": "x-api-key",
                     *           "value": "secret-key",
                     *           "in": "header"
                     *         }
                     *       ]
                     *     }
                     */
                    custom_auth_params?: {
                        /** @description The base URL (root address) what you should use while making http requests to the connected account. For example, for gmail, it would be 'https://gmail.googleapis.com' */
                        base_url?: string;
                        parameters?: {
                            /** @description The name of the parameter. For example, 'x-api-key', 'Content-Type', etc. */
                            name: string;
                            /**
                             * @description The location of the parameter. Can be 'query' or 'header'.
                             * @enum {string}
                             */
                            in: "query" | "header";
                            /** @description The value of the parameter. For example, '1234567890', 'application/json', etc. */
                            value: string | number;
                        }[];
                        /** @description The body to be sent to the endpoint for authentication. This is a JSON object. Note: This is very rarely needed and is only required by very few apps. */
                        body?: {
                            [key: string]: unknown;
                        };
                    };
                    /**
                     * @description Custom connection data for tools that support custom connection data
                     * @example {
                     *       "authScheme": "OAUTH2",
                     *       "toolkitSlug": "github",
                     *       "val": {
                     *         "access_token": "secret-token"
                     *       }
                     *     }
                     */
                    custom_connection_data?: {
                        /** @enum {string} */
                        authScheme: "OAUTH2";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            /** @description The oauth2 state prefix for the connection */
                            state_prefix?: string;
                            /** @description Whether to return the redirect url without shortening */
                            long_redirect_url?: boolean;
                            access_token: string;
                            id_token?: string;
                            token_type?: string;
                            refresh_token?: string | null;
                            expires_in?: number | string | unknown;
                            scope?: string | string[] | unknown;
                            webhook_signature?: string;
                            /** @description for slack user scopes */
                            authed_user?: {
                                access_token?: string;
                                scope?: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "DCR_OAUTH";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            /** @description The oauth2 state prefix for the connection */
                            state_prefix?: string;
                            /** @description Whether to return the redirect url without shortening */
                            long_redirect_url?: boolean;
                            /** @description Dynamically registered client ID */
                            client_id: string;
                            /** @description Dynamically registered client secret */
                            client_secret?: string;
                            access_token: string;
                            id_token?: string;
                            token_type?: string;
                            refresh_token?: string | null;
                            expires_in?: number | string | unknown;
                            scope?: string | string[] | unknown;
                            client_id_issued_at?: number;
                            client_secret_expires_at?: number;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "API_KEY";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            generic_api_key?: string;
                            api_key?: string;
                            bearer_token?: string;
                            basic_encoded?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "BASIC_WITH_JWT";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            username: string;
                            password: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "BASIC";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            username: string;
                            password?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "BEARER_TOKEN";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "OAUTH1";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            oauth_token: string;
                            oauth_token_secret: string;
                            oauth_verifier?: string;
                            consumer_key?: string;
                            redirectUrl?: string;
                            callback_url?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "NO_AUTH";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "SERVICE_ACCOUNT";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            application_id: string;
                            installation_id: string;
                            private_key: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "GOOGLE_SERVICE_ACCOUNT";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            credentials_json: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                    /**
                     * @description Key-value pairs of arguments required by the tool (mutually exclusive with text)
                     * @example {
                     *       "repository": "octocat/Hello-World",
                     *       "workflow_id": "main.yml",
                     *       "ref": "main",
                     *       "inputs": {
                     *         "environment": "production"
                     *       }
                     *     }
                     */
                    arguments?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description Natural language description of the task to perform (mutually exclusive with arguments)
                     * @example Trigger the main workflow in the octocat/Hello-World repository on the main branch for the production environment
                     */
                    text?: string;
                    /**
                     * @description Enable debug tracing for tool execution (useful for debugging)
                     * @example false
                     */
                    allow_tracing?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Successfully executed action and received response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Tool execution output data that varies based on the specific tool
                         * @example {
                         *       "run_id": 12345678,
                         *       "status": "queued",
                         *       "created_at": "2023-01-01T12:00:00Z",
                         *       "html_url": "https://github.com/octocat/Hello-World/actions/runs/12345678"
                         *     }
                         */
                        data: {
                            [key: string]: unknown;
                        };
                        /** @description Error message if the tool execution was not successful (null if successful) */
                        error: string | null;
                        /**
                         * @description Indicates if the tool execution was successful
                         * @example true
                         */
                        successful: boolean;
                        /**
                         * @description Optional session information for tools that return session context
                         * @example {
                         *       "session_id": "session-12345",
                         *       "expires_at": "2023-01-01T13:00:00Z"
                         *     }
                         */
                        session_info?: unknown;
                        /**
                         * @description Unique identifier for the execution log (useful for debugging and support)
                         * @example log_abc123def456
                         */
                        log_id?: string;
                    };
                };
            };
            /** @description Bad request - Invalid request parameters, missing required arguments, or conflicting parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication credentials are missing or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - Connected account does not have permission to execute this tool or access the requested resource */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Tool or connected account not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gone - Tool has been deprecated and is no longer available */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable entity - Invalid state of the connected account */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded - Too many requests to the tool or underlying API */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Bad gateway - Error communicating with the tool provider API */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Upstream service unavailable - Tool provider API is currently down or unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolsExecuteByToolSlugInput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool slug to generate inputs for */
                tool_slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Natural language description of what you want to accomplish with this tool
                     * @example I need to trigger the main workflow in the octocat/Hello-World repository to deploy to production
                     */
                    text: string;
                    /**
                     * @description Custom description of the tool to help guide the LLM in generating more accurate inputs
                     * @example This tool triggers GitHub Actions workflows in a repository. It requires the repository name, workflow ID, and optional input parameters.
                     */
                    custom_description?: string;
                    /**
                     * @description System prompt to control and guide the behavior of the LLM when generating inputs
                     * @example You are an expert assistant that generates precise GitHub Actions workflow parameters. Extract exact repository names, workflow IDs, and input values from user descriptions.
                     */
                    system_prompt?: string;
                    /**
                     * @description Tool version to use when generating inputs (defaults to "latest" if not specified)
                     * @example latest
                     */
                    version?: string;
                };
            };
        };
        responses: {
            /** @description Successfully generated structured inputs for the action based on natural language description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Key-value pairs of arguments required by the tool to accomplish the described task
                         * @example {
                         *       "repository": "octocat/Hello-World",
                         *       "workflow_id": "main.yml",
                         *       "ref": "main",
                         *       "inputs": {
                         *         "environment": "production"
                         *       }
                         *     }
                         */
                        arguments?: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description Error message if the arguments could not be generated (null if successful)
                         * @example Unable to determine the repository name from the provided description
                         */
                        error?: string;
                    };
                };
            };
            /** @description Bad request - Invalid input parameters or insufficient description to generate tool arguments */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication credentials are missing or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - The specified tool does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable entity - Invalid state of the connected account */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests - Rate limit exceeded for natural language processing */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - AI processing failed or other server error occurred */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolsExecuteProxy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: connectedAccountId
                     * @description The ID of the connected account to use for authentication (if not provided, will use the default account for the project)
                     * @example ca_1a2b3c4d5e6f
                     */
                    connected_account_id?: string;
                    /**
                     * @description The API endpoint to call (absolute URL or path relative to base URL of the connected account)
                     * @example /api/v1/resources
                     */
                    endpoint: string;
                    /**
                     * @description The HTTP method to use for the request
                     * @example GET
                     * @enum {string}
                     */
                    method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD";
                    /**
                     * @description The request body (for POST, PUT, and PATCH requests)
                     * @example {
                     *       "name": "New Resource",
                     *       "description": "This is a new resource"
                     *     }
                     */
                    body?: unknown;
                    /** @description Binary body to send. For binary upload via URL: use {url: "https://...", contentType?: "..."}. For binary upload via base64: use {base64: "...", contentType?: "..."}. */
                    binary_body?: {
                        /**
                         * Format: uri
                         * @description URL to fetch binary content from
                         */
                        url: string;
                        /** @description Content-Type header to use for the request */
                        content_type?: string;
                    } | {
                        /** @description Base64-encoded binary data */
                        base64: string;
                        /** @description Content-Type header to use for the request */
                        content_type?: string;
                    };
                    /**
                     * @description Additional HTTP headers or query parameters to include in the request
                     * @example [
                     *       {
                     *         "name": "x-api-key",
                     *         "value": "abc123def456",
                     *         "type": "header"
                     *       },
                     *       {
                     *         "name": "filter",
                     *         "value": "active",
                     *         "type": "query"
                     *       }
                     *     ]
                     */
                    parameters?: {
                        /**
                         * @description Parameter name
                         * @example x-api-key
                         */
                        name: string;
                        /**
                         * @description Parameter value
                         * @example abc123def456
                         */
                        value: string;
                        /**
                         * @description Parameter type (header or query)
                         * @example header
                         * @enum {string}
                         */
                        type: "header" | "query";
                    }[];
                    /** @deprecated */
                    custom_connection_data?: {
                        /** @enum {string} */
                        authScheme: "OAUTH2";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            /** @description The oauth2 state prefix for the connection */
                            state_prefix?: string;
                            /** @description Whether to return the redirect url without shortening */
                            long_redirect_url?: boolean;
                            access_token: string;
                            id_token?: string;
                            token_type?: string;
                            refresh_token?: string | null;
                            expires_in?: number | string | unknown;
                            scope?: string | string[] | unknown;
                            webhook_signature?: string;
                            /** @description for slack user scopes */
                            authed_user?: {
                                access_token?: string;
                                scope?: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "DCR_OAUTH";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            /** @description The oauth2 state prefix for the connection */
                            state_prefix?: string;
                            /** @description Whether to return the redirect url without shortening */
                            long_redirect_url?: boolean;
                            /** @description Dynamically registered client ID */
                            client_id: string;
                            /** @description Dynamically registered client secret */
                            client_secret?: string;
                            access_token: string;
                            id_token?: string;
                            token_type?: string;
                            refresh_token?: string | null;
                            expires_in?: number | string | unknown;
                            scope?: string | string[] | unknown;
                            client_id_issued_at?: number;
                            client_secret_expires_at?: number;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "API_KEY";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            generic_api_key?: string;
                            api_key?: string;
                            bearer_token?: string;
                            basic_encoded?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "BASIC_WITH_JWT";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            username: string;
                            password: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "BASIC";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            username: string;
                            password?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "BEARER_TOKEN";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            token: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "OAUTH1";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            oauth_token: string;
                            oauth_token_secret: string;
                            oauth_verifier?: string;
                            consumer_key?: string;
                            redirectUrl?: string;
                            callback_url?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "NO_AUTH";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "SERVICE_ACCOUNT";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            application_id: string;
                            installation_id: string;
                            private_key: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @enum {string} */
                        authScheme: "GOOGLE_SERVICE_ACCOUNT";
                        toolkitSlug: string;
                        val: {
                            subdomain?: string;
                            "your-domain"?: string;
                            region?: string;
                            shop?: string;
                            account_url?: string;
                            COMPANYDOMAIN?: string;
                            extension?: string;
                            form_api_base_url?: string;
                            instanceEndpoint?: string;
                            api_url?: string;
                            borneo_dashboard_url?: string;
                            proxy_username?: string;
                            proxy_password?: string;
                            domain?: string;
                            version?: string;
                            dc?: string;
                            site_name?: string;
                            instanceName?: string;
                            account_id?: string;
                            your_server?: string;
                            server_location?: string;
                            base_url?: string;
                            credentials_json: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Successfully executed proxy request and received response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The response data returned from the proxied API
                         * @example {
                         *       "id": "123",
                         *       "name": "Resource Name",
                         *       "created_at": "2023-01-01T00:00:00Z"
                         *     }
                         */
                        data?: unknown;
                        /** @description Binary body response data. Present when the response is a binary file. */
                        binary_data?: {
                            /** @description URL to download binary content */
                            url: string;
                            /** @description Content-Type of the binary data */
                            content_type: string;
                            /** @description File size in bytes */
                            size: number;
                            /** @description ISO 8601 timestamp when the URL expires */
                            expires_at?: string;
                        };
                        /**
                         * @description The HTTP status code returned from the proxied API
                         * @example 200
                         */
                        status: number;
                        /**
                         * @description The HTTP headers returned from the proxied API
                         * @example {
                         *       "content-type": "application/json",
                         *       "cache-control": "no-cache",
                         *       "host": "api.example.com"
                         *     }
                         */
                        headers?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Bad request - Invalid request parameters or body format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Authentication credentials are missing or invalid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden - Connected account does not have permission to access the requested resource */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - Resource not found or connected account not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable entity - Invalid state of the connected account */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests - Rate limit exceeded on the connected account or proxy service */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - Something went wrong on the server */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented - This operation is not supported for the requested connected account or authentication scheme */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Bad gateway - Error communicating with the upstream API */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gateway timeout - Upstream API timed out */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTriggerInstancesBySlugUpsert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug of the trigger instance */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: connectedAccountId
                     * @deprecated
                     * @description DEPRECATED: This parameter will be removed in a future version. Please use connected_account_id instead.
                     */
                    connectedAuthId?: string;
                    /**
                     * @deprecated
                     * @description DEPRECATED: This parameter will be removed in a future version. Please use trigger_config instead.
                     */
                    triggerConfig?: {
                        [key: string]: unknown;
                    };
                    /**
                     * Format: connectedAccountId
                     * @description Connected account nanoid
                     */
                    connected_account_id?: string;
                    /** @description Trigger configuration */
                    trigger_config?: {
                        [key: string]: unknown;
                    };
                    /**
                     * @deprecated
                     * @description DEPRECATED: This parameter will be removed in a future version. Please use toolkit_versions instead.
                     * @example latest
                     */
                    version?: string;
                    /**
                     * @description Toolkit version specification. Supports "latest" string or a record mapping toolkit slugs to specific versions.
                     * @example latest
                     */
                    toolkit_versions?: string | {
                        [key: string]: string;
                    } | unknown;
                };
            };
        };
        responses: {
            /** @description Successfully updated trigger instance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ID of the updated trigger */
                        trigger_id: string;
                        deprecated: {
                            /** @description ID of the updated trigger */
                            uuid: string;
                        };
                    };
                };
            };
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTriggerInstancesActive: {
        parameters: {
            query?: {
                /** @description Array of connected account IDs to filter triggers by */
                connected_account_ids?: string[] | null;
                /** @description Array of auth config IDs to filter triggers by */
                auth_config_ids?: string[] | null;
                /** @description Array of trigger IDs to filter triggers by */
                trigger_ids?: string[] | null;
                /** @description Array of trigger names to filter triggers by */
                trigger_names?: string[] | null;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use connected_account_ids instead.
                 */
                connectedAccountIds?: string[] | null;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use auth_config_ids instead.
                 */
                authConfigIds?: string[] | null;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use trigger_ids instead.
                 */
                triggerIds?: string[] | null;
                /** @description When set to true, includes disabled triggers in the response. */
                show_disabled?: boolean | null;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use trigger_names instead.
                 */
                triggerNames?: string[] | null;
                /** @description Page number for pagination. Starts from 1. */
                page?: number;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use show_disabled instead.
                 */
                showDisabled?: boolean | null;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use connected_account_ids instead.
                 */
                deprecatedConnectedAccountUuids?: string[] | null;
                /**
                 * @deprecated
                 * @description DEPRECATED: This parameter will be removed in a future version. Please use auth_config_ids instead.
                 */
                deprecatedAuthConfigUuids?: string[] | null;
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved active trigger instances */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Unique identifier of the trigger instance */
                            uuid?: string;
                            /**
                             * Format: triggerInstanceId
                             * @description Nano ID of the trigger instance
                             */
                            id: string;
                            /** @description ID of the connected account this trigger is associated with */
                            connected_account_id: string;
                            /** @description Name of the trigger */
                            trigger_name: string;
                            /** @description UUID of the connected account this trigger is associated with */
                            connected_account_uuid: string;
                            /** @description ID of the user this trigger is associated with */
                            user_id: string;
                            /** @description Additional data associated with the trigger instance */
                            trigger_data?: string;
                            /** @description Configuration for the trigger */
                            trigger_config: {
                                [key: string]: unknown;
                            };
                            /** @description State of the trigger instance */
                            state: {
                                [key: string]: unknown;
                            };
                            /** @description ISO 8601 timestamp when the trigger instance was updated */
                            updated_at: string;
                            /** @description ISO 8601 timestamp when the trigger instance was disabled, if applicable */
                            disabled_at: string | null;
                            /** @description ID of the user who disabled the trigger instance, if applicable */
                            disabledAt: string | null;
                            /**
                             * @deprecated
                             * @description DEPRECATED: This parameter will be removed in a future version. Please use connected_account_id instead.
                             */
                            connectedAccountId: string;
                            /**
                             * @deprecated
                             * @description DEPRECATED: This parameter will be removed in a future version. Please use trigger_name instead.
                             */
                            triggerName: string;
                            /**
                             * @deprecated
                             * @description DEPRECATED: This parameter will be removed in a future version. Please use updated_at instead.
                             */
                            updatedAt: string;
                            /**
                             * @deprecated
                             * @description DEPRECATED: This parameter will be removed in a future version. Please use trigger_config instead.
                             */
                            triggerConfig: {
                                [key: string]: unknown;
                            };
                            /** @description Deprecated fields for the trigger instance */
                            deprecated?: {
                                /** @description Deprecated created_at for the trigger instance */
                                createdAt: string;
                            };
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTriggerInstancesManageByTriggerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the trigger instance to delete */
                triggerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully deleted the trigger instance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: triggerInstanceId
                         * @description The ID of the deleted trigger instance
                         */
                        trigger_id: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance already deleted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance already gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchTriggerInstancesManageByTriggerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the trigger instance to update */
                triggerId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "enable" | "disable";
                };
            };
        };
        responses: {
            /** @description Successfully updated trigger status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Status of the operation
                         * @enum {string}
                         */
                        status: "success";
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance already enabled/disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trigger instance already gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTriggersTypesListEnum: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved trigger enum list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTriggersTypesBySlug: {
        parameters: {
            query?: {
                /** @description Toolkit version specification. Use "latest" for latest versions or bracket notation for specific versions per toolkit. */
                toolkit_versions?: null | string | {
                    [key: string]: string;
                };
            };
            header?: never;
            path: {
                /** @description The unique slug identifier for the trigger type */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved trigger type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unique identifier for the trigger type
                         * @example SLACK_NEW_MESSAGE
                         */
                        slug: string;
                        /**
                         * @description Human-readable name of the trigger
                         * @example New Message in Slack Channel
                         */
                        name: string;
                        /**
                         * @description Detailed description of what the trigger does
                         * @example Triggers when a new message is posted to a Slack channel
                         */
                        description: string;
                        /** @description Step-by-step instructions on how to set up and use this trigger */
                        instructions: string;
                        /**
                         * @description The trigger mechanism - either webhook (event-based) or poll (scheduled check)
                         * @example webhook
                         * @enum {string}
                         */
                        type: "webhook" | "poll";
                        /** @description Information about the toolkit that provides this trigger */
                        toolkit: {
                            /**
                             * @description Unique identifier for the parent toolkit
                             * @example slack
                             */
                            slug: string;
                            /**
                             * @description Deprecated: Use slug instead
                             * @example Slack
                             */
                            name: string;
                            /**
                             * @description Logo of the toolkit
                             * @example https://example.com/logo.png
                             */
                            logo: string;
                        };
                        /**
                         * @description Configuration schema required to set up this trigger
                         * @example {
                         *       "channel_id": {
                         *         "type": "string",
                         *         "required": true
                         *       },
                         *       "message_type": {
                         *         "type": "enum",
                         *         "options": [
                         *           "all",
                         *           "direct",
                         *           "channel"
                         *         ]
                         *       }
                         *     }
                         */
                        config: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description Schema of the data payload this trigger will deliver when it fires
                         * @example {
                         *       "message": {
                         *         "type": "string"
                         *       },
                         *       "sender": {
                         *         "type": "object",
                         *         "properties": {
                         *           "id": "string",
                         *           "name": "string"
                         *         }
                         *       },
                         *       "timestamp": {
                         *         "type": "number"
                         *       }
                         *     }
                         */
                        payload: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description Version of the trigger type
                         * @example 20250930_00
                         */
                        version: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTriggersTypes: {
        parameters: {
            query?: {
                /** @description Array of toolkit slugs to filter triggers by */
                toolkit_slugs?: string[] | null;
                /** @description Toolkit version specification. Use "latest" for latest versions or bracket notation for specific versions per toolkit. */
                toolkit_versions?: null | string | {
                    [key: string]: string;
                };
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved triggers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Unique identifier for the trigger type
                             * @example SLACK_NEW_MESSAGE
                             */
                            slug: string;
                            /**
                             * @description Human-readable name of the trigger
                             * @example New Message in Slack Channel
                             */
                            name: string;
                            /**
                             * @description Detailed description of what the trigger does
                             * @example Triggers when a new message is posted to a Slack channel
                             */
                            description: string;
                            /** @description Step-by-step instructions on how to set up and use this trigger */
                            instructions: string;
                            /**
                             * @description The trigger mechanism - either webhook (event-based) or poll (scheduled check)
                             * @example webhook
                             * @enum {string}
                             */
                            type: "webhook" | "poll";
                            /** @description Information about the toolkit that provides this trigger */
                            toolkit: {
                                /**
                                 * @description Unique identifier for the parent toolkit
                                 * @example slack
                                 */
                                slug: string;
                                /**
                                 * @description Deprecated: Use slug instead
                                 * @example Slack
                                 */
                                name: string;
                                /**
                                 * @description Logo of the toolkit
                                 * @example https://example.com/logo.png
                                 */
                                logo: string;
                            };
                            /**
                             * @description Configuration schema required to set up this trigger
                             * @example {
                             *       "channel_id": {
                             *         "type": "string",
                             *         "required": true
                             *       },
                             *       "message_type": {
                             *         "type": "enum",
                             *         "options": [
                             *           "all",
                             *           "direct",
                             *           "channel"
                             *         ]
                             *       }
                             *     }
                             */
                            config: {
                                [key: string]: unknown;
                            };
                            /**
                             * @description Schema of the data payload this trigger will deliver when it fires
                             * @example {
                             *       "message": {
                             *         "type": "string"
                             *       },
                             *       "sender": {
                             *         "type": "object",
                             *         "properties": {
                             *           "id": "string",
                             *           "name": "string"
                             *         }
                             *       },
                             *       "timestamp": {
                             *         "type": "number"
                             *       }
                             *     }
                             */
                            payload: {
                                [key: string]: unknown;
                            };
                            /**
                             * @description Version of the trigger type
                             * @example 20250930_00
                             */
                            version: string;
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMcpServers: {
        parameters: {
            query?: {
                /** @description Filter MCP servers by name (case-insensitive partial match) */
                name?: string;
                /** @description Comma-separated list of toolkit slugs to filter servers by */
                toolkits?: string;
                /** @description Comma-separated list of auth config IDs to filter servers by */
                auth_config_ids?: string;
                /** @description Field to order results by */
                order_by?: "created_at" | "updated_at";
                /** @description Direction of ordering */
                order_direction?: "asc" | "desc";
                /** @description Page number for pagination (1-based) */
                page_no?: number | null;
                /** @description Number of items per page (default: 10) */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved MCP servers. Returns a paginated list of server configurations including connection details and command instructions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Array of MCP server configurations
                         * @example [
                         *       {
                         *         "id": "550e8400-e29b-41d4-a716-446655440000",
                         *         "name": "GitHub Integration Server",
                         *         "auth_config_ids": [
                         *           "auth_cfg_abc123def456",
                         *           "auth_cfg_xyz789"
                         *         ],
                         *         "allowed_tools": [
                         *           "github-issues",
                         *           "github-repos"
                         *         ],
                         *         "mcp_url": "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john",
                         *         "commands": {
                         *           "cursor": "npx @composio/mcp@latest setup \"https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john\" --client cursor",
                         *           "claude": "npx @composio/mcp@latest setup \"https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john\" --client claude",
                         *           "windsurf": "npx @composio/mcp@latest setup \"https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john\" --client windsurf"
                         *         },
                         *         "toolkits": [
                         *           "github",
                         *           "jira",
                         *           "slack"
                         *         ],
                         *         "toolkit_icons": {
                         *           "github": "https://assets.composio.dev/logos/github.png",
                         *           "jira": "https://assets.composio.dev/logos/jira.png",
                         *           "slack": "https://assets.composio.dev/logos/slack.png"
                         *         },
                         *         "updated_at": "2023-06-15T14:30:00.000Z",
                         *         "created_at": "2023-06-10T09:15:00.000Z",
                         *         "server_instance_count": 5,
                         *         "managed_auth_via_composio": true
                         *       }
                         *     ]
                         */
                        items: {
                            /**
                             * @description UUID of the MCP server instance
                             * @example 550e8400-e29b-41d4-a716-446655440000
                             */
                            id: string;
                            /**
                             * @description User-defined descriptive name for this MCP server
                             * @example GitHub Integration Server
                             */
                            name: string;
                            /**
                             * @description ID references to the auth configurations used by this server
                             * @example [
                             *       "auth_cfg_abc123def456",
                             *       "auth_cfg_xyz789"
                             *     ]
                             */
                            auth_config_ids: string[];
                            /**
                             * @description Array of tool slugs that this MCP server is allowed to use
                             * @example [
                             *       "github-issues",
                             *       "github-repos",
                             *       "github-pull-requests"
                             *     ]
                             */
                            allowed_tools: string[];
                            /**
                             * @deprecated
                             * @description [DEPRECATED] Please use the URL with user_id or connected_account_id query param
                             * @example https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john
                             */
                            mcp_url: string;
                            /**
                             * @description Array of toolkit slugs that this MCP server is allowed to use
                             * @example [
                             *       "github",
                             *       "jira",
                             *       "slack"
                             *     ]
                             */
                            toolkits: string[];
                            /**
                             * @description Object mapping each toolkit slug to its icon/logo URL for display purposes
                             * @example {
                             *       "github": "https://assets.composio.dev/logos/github.png",
                             *       "jira": "https://assets.composio.dev/logos/jira.png",
                             *       "slack": "https://assets.composio.dev/logos/slack.png"
                             *     }
                             */
                            toolkit_icons: {
                                [key: string]: string;
                            };
                            /**
                             * @deprecated
                             * @description Set of command line instructions for connecting various clients to this MCP server
                             */
                            commands: {
                                /**
                                 * @deprecated
                                 * @description Command line instruction for Cursor client setup
                                 * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client cursor
                                 */
                                cursor: string;
                                /**
                                 * @deprecated
                                 * @description Command line instruction for Claude client setup
                                 * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client claude
                                 */
                                claude: string;
                                /**
                                 * @deprecated
                                 * @description Command line instruction for Windsurf client setup
                                 * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client windsurf
                                 */
                                windsurf: string;
                            };
                            /**
                             * @description Date and time when this server configuration was last modified
                             * @example 2023-06-15T14:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description Date and time when this server was initially created
                             * @example 2023-06-10T09:15:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description Total count of active user instances connected to this server
                             * @example 5
                             */
                            server_instance_count: number;
                            /**
                             * @description Whether the MCP server is managed by Composio
                             * @example true
                             */
                            managed_auth_via_composio: boolean;
                        }[];
                        /**
                         * @description Total number of pages in the paginated response
                         * @example 5
                         */
                        total_pages: number;
                        /**
                         * @description Current page number being returned
                         * @example 1
                         */
                        current_page: number;
                    };
                };
            };
            /** @description Bad request. The query parameters may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to view MCP servers for this project. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMcpServers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Human-readable name to identify this MCP server instance (4-30 characters, alphanumeric, spaces, and hyphens only)
                     * @example Production GitHub Integration
                     */
                    name: string;
                    /**
                     * @description ID references to existing authentication configurations
                     * @example [
                     *       "auth_cfg_abc123def456",
                     *       "auth_cfg_xyz789"
                     *     ]
                     */
                    auth_config_ids: string[];
                    /**
                     * @description List of NO_AUTH apps to enable for this MCP server
                     * @example [
                     *       "exa",
                     *       "codeinterpreter",
                     *       "composio",
                     *       "composio_search"
                     *     ]
                     */
                    no_auth_apps?: string[];
                    /**
                     * @description List of tool slugs that should be allowed for this server. If not provided, all available tools for the authentication configuration will be enabled.
                     * @default []
                     * @example [
                     *       "github-issues",
                     *       "github-repos",
                     *       "github-pull-requests"
                     *     ]
                     */
                    allowed_tools?: string[];
                    /** @description Whether the MCP server is managed by Composio */
                    managed_auth_via_composio?: boolean;
                };
            };
        };
        responses: {
            /** @description MCP server created successfully. Returns the complete server configuration including connection details and command instructions. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUID of the MCP server instance
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        id: string;
                        /**
                         * @description User-defined descriptive name for this MCP server
                         * @example GitHub Integration Server
                         */
                        name: string;
                        /**
                         * @description ID references to the auth configurations used by this server
                         * @example [
                         *       "auth_cfg_abc123def456",
                         *       "auth_cfg_xyz789"
                         *     ]
                         */
                        auth_config_ids: string[];
                        /**
                         * @description Array of tool slugs that this MCP server is allowed to use
                         * @example [
                         *       "github-issues",
                         *       "github-repos",
                         *       "github-pull-requests"
                         *     ]
                         */
                        allowed_tools: string[];
                        /**
                         * @deprecated
                         * @description [DEPRECATED] Please use the URL with user_id or connected_account_id query param
                         * @example https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john
                         */
                        mcp_url: string;
                        /**
                         * @description Array of toolkit slugs that this MCP server is allowed to use
                         * @example [
                         *       "github",
                         *       "jira",
                         *       "slack"
                         *     ]
                         */
                        toolkits: string[];
                        /**
                         * @description Object mapping each toolkit slug to its icon/logo URL for display purposes
                         * @example {
                         *       "github": "https://assets.composio.dev/logos/github.png",
                         *       "jira": "https://assets.composio.dev/logos/jira.png",
                         *       "slack": "https://assets.composio.dev/logos/slack.png"
                         *     }
                         */
                        toolkit_icons: {
                            [key: string]: string;
                        };
                        /**
                         * @deprecated
                         * @description Set of command line instructions for connecting various clients to this MCP server
                         */
                        commands: {
                            /**
                             * @deprecated
                             * @description Command line instruction for Cursor client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client cursor
                             */
                            cursor: string;
                            /**
                             * @deprecated
                             * @description Command line instruction for Claude client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client claude
                             */
                            claude: string;
                            /**
                             * @deprecated
                             * @description Command line instruction for Windsurf client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client windsurf
                             */
                            windsurf: string;
                        };
                        /**
                         * @description Date and time when this server configuration was last modified
                         * @example 2023-06-15T14:30:00.000Z
                         */
                        updated_at: string;
                        /**
                         * @description Date and time when this server was initially created
                         * @example 2023-06-10T09:15:00.000Z
                         */
                        created_at: string;
                        /**
                         * @description Total count of active user instances connected to this server
                         * @example 5
                         */
                        server_instance_count: number;
                        /**
                         * @description Whether the MCP server is managed by Composio
                         * @example true
                         */
                        managed_auth_via_composio: boolean;
                    };
                };
            };
            /** @description Bad request. The request body may be invalid, missing required parameters, or the auth_config_id may not exist. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to create MCP servers for this project. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found. The specified auth_config_id does not exist or is not accessible to the authenticated user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMcpServersCustom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Human-readable name to identify this custom MCP server (4-30 characters, alphanumeric, spaces, and hyphens only)
                     * @example Multi App Integration Server
                     */
                    name: string;
                    /**
                     * @description ID references to existing authentication configurations
                     * @example [
                     *       "auth_cfg_abc123def456",
                     *       "auth_cfg_xyz789"
                     *     ]
                     */
                    auth_config_ids?: string[];
                    /**
                     * @description List of application/toolkit identifiers to enable for this server
                     * @example [
                     *       "github",
                     *       "jira",
                     *       "slack"
                     *     ]
                     */
                    toolkits?: string[];
                    /**
                     * @description Tool identifiers to enable that aren't part of standard toolkits
                     * @example [
                     *       "custom-api-tool",
                     *       "internal-database-tool"
                     *     ]
                     */
                    allowed_tools?: string[];
                    /**
                     * @description DEPRECATED: Use allowed_tools instead. Tool identifiers to enable that aren't part of standard toolkits
                     * @example [
                     *       "custom-api-tool",
                     *       "internal-database-tool"
                     *     ]
                     */
                    custom_tools?: string[];
                    /** @description Whether to manage authentication via Composio */
                    managed_auth_via_composio?: boolean;
                };
            };
        };
        responses: {
            /** @description Custom MCP server created successfully. Returns the complete server configuration including connection details and command instructions for all specified applications. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unique identifier for the newly created custom MCP server
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        id: string;
                        /**
                         * @description Human-readable name of the custom MCP server
                         * @example Multi-App Integration Server
                         */
                        name: string;
                        /**
                         * @description ID references to the auth configurations used by this server
                         * @example [
                         *       "auth_cfg_abc123def456",
                         *       "auth_cfg_xyz789"
                         *     ]
                         */
                        auth_config_ids: string[];
                        /**
                         * @description List of tool identifiers that are enabled for this server
                         * @example [
                         *       "github-issues",
                         *       "jira-tickets",
                         *       "slack-messages",
                         *       "custom-api-tool"
                         *     ]
                         */
                        allowed_tools: string[];
                        /**
                         * @description URL endpoint for establishing connection to this MCP server
                         * @example https://backend.composio.dev/v3/mcp/550e8410-e29b-41d4-a716-446655440000?user_id=john
                         */
                        mcp_url: string;
                        /** @description Set of command line instructions for connecting various clients to this MCP server */
                        commands: {
                            /**
                             * @description Command line instruction for Cursor client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8410-e29b-41d4-a716-446655440000?user_id=john" --client cursor
                             */
                            cursor: string;
                            /**
                             * @description Command line instruction for Claude client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8410-e29b-41d4-a716-446655440000?user_id=john" --client claude
                             */
                            claude: string;
                            /**
                             * @description Command line instruction for Windsurf client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8410-e29b-41d4-a716-446655440000?user_id=john" --client windsurf
                             */
                            windsurf: string;
                        };
                    };
                };
            };
            /** @description Bad request. The request body may be invalid, missing required parameters, or contain invalid toolkit identifiers. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to create MCP servers for this project. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMcpServersGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Unique identifier of the MCP server to generate URL for
                     * @example 550e8400-e29b-41d4-a716-446655440000
                     */
                    mcp_server_id: string;
                    /**
                     * @description Flag indicating if Composio manages authentication
                     * @default false
                     * @example true
                     */
                    managed_auth_by_composio?: boolean;
                    /**
                     * @description List of user identifiers for whom the URL is generated
                     * @example [
                     *       "user_123456",
                     *       "user_789012"
                     *     ]
                     */
                    user_ids?: string[];
                    /**
                     * @description List of connected account identifiers
                     * @example [
                     *       "account_1",
                     *       "account_2",
                     *       "account_3"
                     *     ]
                     */
                    connected_account_ids?: string[];
                };
            };
        };
        responses: {
            /** @description Successfully generated MCP URL. Returns the complete URL with all specified query parameters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Base MCP URL without any query parameters
                         * @example https://mcp.composio.dev/composio/server/550e8400-e29b-41d4-a716-446655440000
                         */
                        mcp_url: string;
                        /**
                         * @description List of URLs generated for each connected account ID
                         * @example [
                         *       "https://mcp.composio.dev/composio/server/550e8400-e29b-41d4-a716-446655440000?include_composio_helper_actions=true&connected_account_ids=account_1&user_id=user_123456,user_789012",
                         *       "https://mcp.composio.dev/composio/server/550e8400-e29b-41d4-a716-446655440000?include_composio_helper_actions=true&connected_account_ids=account_2&user_id=user_123456,user_789012"
                         *     ]
                         */
                        connected_account_urls: string[];
                        /**
                         * @description List of URLs generated for each user ID
                         * @example [
                         *       "https://mcp.composio.dev/composio/server/550e8400-e29b-41d4-a716-446655440000?include_composio_helper_actions=true&connected_account_ids=account_1,account_2&user_id=user_123456",
                         *       "https://mcp.composio.dev/composio/server/550e8400-e29b-41d4-a716-446655440000?include_composio_helper_actions=true&connected_account_ids=account_1,account_2&user_id=user_789012"
                         *     ]
                         */
                        user_ids_url: string[];
                    };
                };
            };
            /** @description Bad request. The request body may be invalid or missing required parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to access this MCP server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server not found. No server with the specified ID exists or it has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMcpById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the MCP server */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved MCP server. Returns the complete server configuration including connection details, authentication settings, and available tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUID of the MCP server instance
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        id: string;
                        /**
                         * @description User-defined descriptive name for this MCP server
                         * @example GitHub Integration Server
                         */
                        name: string;
                        /**
                         * @description ID references to the auth configurations used by this server
                         * @example [
                         *       "auth_cfg_abc123def456",
                         *       "auth_cfg_xyz789"
                         *     ]
                         */
                        auth_config_ids: string[];
                        /**
                         * @description Array of tool slugs that this MCP server is allowed to use
                         * @example [
                         *       "github-issues",
                         *       "github-repos",
                         *       "github-pull-requests"
                         *     ]
                         */
                        allowed_tools: string[];
                        /**
                         * @deprecated
                         * @description [DEPRECATED] Please use the URL with user_id or connected_account_id query param
                         * @example https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john
                         */
                        mcp_url: string;
                        /**
                         * @description Array of toolkit slugs that this MCP server is allowed to use
                         * @example [
                         *       "github",
                         *       "jira",
                         *       "slack"
                         *     ]
                         */
                        toolkits: string[];
                        /**
                         * @description Object mapping each toolkit slug to its icon/logo URL for display purposes
                         * @example {
                         *       "github": "https://assets.composio.dev/logos/github.png",
                         *       "jira": "https://assets.composio.dev/logos/jira.png",
                         *       "slack": "https://assets.composio.dev/logos/slack.png"
                         *     }
                         */
                        toolkit_icons: {
                            [key: string]: string;
                        };
                        /**
                         * @deprecated
                         * @description Set of command line instructions for connecting various clients to this MCP server
                         */
                        commands: {
                            /**
                             * @deprecated
                             * @description Command line instruction for Cursor client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client cursor
                             */
                            cursor: string;
                            /**
                             * @deprecated
                             * @description Command line instruction for Claude client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client claude
                             */
                            claude: string;
                            /**
                             * @deprecated
                             * @description Command line instruction for Windsurf client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client windsurf
                             */
                            windsurf: string;
                        };
                        /**
                         * @description Date and time when this server configuration was last modified
                         * @example 2023-06-15T14:30:00.000Z
                         */
                        updated_at: string;
                        /**
                         * @description Date and time when this server was initially created
                         * @example 2023-06-10T09:15:00.000Z
                         */
                        created_at: string;
                        /**
                         * @description Total count of active user instances connected to this server
                         * @example 5
                         */
                        server_instance_count: number;
                        /**
                         * @description Whether the MCP server is managed by Composio
                         * @example true
                         */
                        managed_auth_via_composio: boolean;
                        /** @description Whether the MCP server is deleted */
                        deleted: boolean;
                    };
                };
            };
            /** @description Bad request. The server ID parameter may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to view this MCP server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server not found. No server with the specified ID exists or it has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMcpById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the MCP server */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully deleted MCP server. The server has been soft-deleted and is no longer available for use. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unique identifier of the MCP server to retrieve, update, or delete
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        id: string;
                        /**
                         * @description Indicates whether the MCP server was successfully deleted
                         * @example true
                         */
                        deleted: boolean;
                    };
                };
            };
            /** @description Bad request. The server ID parameter may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to delete this MCP server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server not found. No server with the specified ID exists or it has already been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchMcpById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the MCP server */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Human-readable name to identify this MCP server instance (4-30 characters, alphanumeric, spaces, and hyphens only)
                     * @example Production GitHub Integration
                     */
                    name?: string;
                    /**
                     * @description List of toolkit slugs this server should be configured to work with.
                     * @example [
                     *       "gmail",
                     *       "notion"
                     *     ]
                     */
                    toolkits?: string[];
                    /**
                     * @description List of action identifiers that should be enabled for this server
                     * @example [
                     *       "GMAIL_ADD_LABEL_TO_EMAIL"
                     *     ]
                     */
                    allowed_tools?: string[];
                    /**
                     * @description Whether the MCP server is managed by Composio
                     * @example true
                     */
                    managed_auth_via_composio?: boolean;
                    /**
                     * @description List of auth config IDs to use for this MCP server.
                     * @example [
                     *       "auth_cfg_abc123def456",
                     *       "auth_cfg_xyz789"
                     *     ]
                     */
                    auth_config_ids?: string[];
                };
            };
        };
        responses: {
            /** @description Successfully updated MCP server. Returns the complete updated server configuration including connection details, authentication settings, and available tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUID of the MCP server instance
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        id: string;
                        /**
                         * @description User-defined descriptive name for this MCP server
                         * @example GitHub Integration Server
                         */
                        name: string;
                        /**
                         * @description ID references to the auth configurations used by this server
                         * @example [
                         *       "auth_cfg_abc123def456",
                         *       "auth_cfg_xyz789"
                         *     ]
                         */
                        auth_config_ids: string[];
                        /**
                         * @description Array of tool slugs that this MCP server is allowed to use
                         * @example [
                         *       "github-issues",
                         *       "github-repos",
                         *       "github-pull-requests"
                         *     ]
                         */
                        allowed_tools: string[];
                        /**
                         * @deprecated
                         * @description [DEPRECATED] Please use the URL with user_id or connected_account_id query param
                         * @example https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john
                         */
                        mcp_url: string;
                        /**
                         * @description Array of toolkit slugs that this MCP server is allowed to use
                         * @example [
                         *       "github",
                         *       "jira",
                         *       "slack"
                         *     ]
                         */
                        toolkits: string[];
                        /**
                         * @description Object mapping each toolkit slug to its icon/logo URL for display purposes
                         * @example {
                         *       "github": "https://assets.composio.dev/logos/github.png",
                         *       "jira": "https://assets.composio.dev/logos/jira.png",
                         *       "slack": "https://assets.composio.dev/logos/slack.png"
                         *     }
                         */
                        toolkit_icons: {
                            [key: string]: string;
                        };
                        /**
                         * @deprecated
                         * @description Set of command line instructions for connecting various clients to this MCP server
                         */
                        commands: {
                            /**
                             * @deprecated
                             * @description Command line instruction for Cursor client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client cursor
                             */
                            cursor: string;
                            /**
                             * @deprecated
                             * @description Command line instruction for Claude client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client claude
                             */
                            claude: string;
                            /**
                             * @deprecated
                             * @description Command line instruction for Windsurf client setup
                             * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client windsurf
                             */
                            windsurf: string;
                        };
                        /**
                         * @description Date and time when this server configuration was last modified
                         * @example 2023-06-15T14:30:00.000Z
                         */
                        updated_at: string;
                        /**
                         * @description Date and time when this server was initially created
                         * @example 2023-06-10T09:15:00.000Z
                         */
                        created_at: string;
                        /**
                         * @description Total count of active user instances connected to this server
                         * @example 5
                         */
                        server_instance_count: number;
                        /**
                         * @description Whether the MCP server is managed by Composio
                         * @example true
                         */
                        managed_auth_via_composio: boolean;
                        /** @description Whether the MCP server is deleted */
                        deleted: boolean;
                    };
                };
            };
            /** @description Bad request. The request parameters may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to update this MCP server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server not found. No server with the specified ID exists or it has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMcpAppByAppKey: {
        parameters: {
            query?: {
                /** @description Filter MCP servers by name (case-insensitive partial match) */
                name?: string;
                /** @description Comma-separated list of toolkit slugs to filter servers by */
                toolkits?: string;
                /** @description Comma-separated list of auth config IDs to filter servers by */
                auth_config_ids?: string;
                /** @description Field to order results by */
                order_by?: "created_at" | "updated_at";
                /** @description Direction of ordering */
                order_direction?: "asc" | "desc";
                /** @description Page number for pagination (1-based) */
                page_no?: number | null;
                /** @description Number of items per page (default: 10) */
                limit?: number | null;
            };
            header?: never;
            path: {
                /** @description The key of the app to find MCP servers for */
                appKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved MCP servers for the specified application. Returns a paginated list of server configurations including connection details and command instructions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Array of MCP server configurations
                         * @example [
                         *       {
                         *         "id": "550e8400-e29b-41d4-a716-446655440000",
                         *         "name": "GitHub Integration Server",
                         *         "auth_config_ids": [
                         *           "auth_cfg_abc123def456",
                         *           "auth_cfg_xyz789"
                         *         ],
                         *         "allowed_tools": [
                         *           "github-issues",
                         *           "github-repos"
                         *         ],
                         *         "mcp_url": "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john",
                         *         "commands": {
                         *           "cursor": "npx @composio/mcp@latest setup \"https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john\" --client cursor",
                         *           "claude": "npx @composio/mcp@latest setup \"https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john\" --client claude",
                         *           "windsurf": "npx @composio/mcp@latest setup \"https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john\" --client windsurf"
                         *         },
                         *         "toolkits": [
                         *           "github",
                         *           "jira",
                         *           "slack"
                         *         ],
                         *         "toolkit_icons": {
                         *           "github": "https://assets.composio.dev/logos/github.png",
                         *           "jira": "https://assets.composio.dev/logos/jira.png",
                         *           "slack": "https://assets.composio.dev/logos/slack.png"
                         *         },
                         *         "updated_at": "2023-06-15T14:30:00.000Z",
                         *         "created_at": "2023-06-10T09:15:00.000Z",
                         *         "server_instance_count": 5,
                         *         "managed_auth_via_composio": true
                         *       }
                         *     ]
                         */
                        items: {
                            /**
                             * @description UUID of the MCP server instance
                             * @example 550e8400-e29b-41d4-a716-446655440000
                             */
                            id: string;
                            /**
                             * @description User-defined descriptive name for this MCP server
                             * @example GitHub Integration Server
                             */
                            name: string;
                            /**
                             * @description ID references to the auth configurations used by this server
                             * @example [
                             *       "auth_cfg_abc123def456",
                             *       "auth_cfg_xyz789"
                             *     ]
                             */
                            auth_config_ids: string[];
                            /**
                             * @description Array of tool slugs that this MCP server is allowed to use
                             * @example [
                             *       "github-issues",
                             *       "github-repos",
                             *       "github-pull-requests"
                             *     ]
                             */
                            allowed_tools: string[];
                            /**
                             * @deprecated
                             * @description [DEPRECATED] Please use the URL with user_id or connected_account_id query param
                             * @example https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john
                             */
                            mcp_url: string;
                            /**
                             * @description Array of toolkit slugs that this MCP server is allowed to use
                             * @example [
                             *       "github",
                             *       "jira",
                             *       "slack"
                             *     ]
                             */
                            toolkits: string[];
                            /**
                             * @description Object mapping each toolkit slug to its icon/logo URL for display purposes
                             * @example {
                             *       "github": "https://assets.composio.dev/logos/github.png",
                             *       "jira": "https://assets.composio.dev/logos/jira.png",
                             *       "slack": "https://assets.composio.dev/logos/slack.png"
                             *     }
                             */
                            toolkit_icons: {
                                [key: string]: string;
                            };
                            /**
                             * @deprecated
                             * @description Set of command line instructions for connecting various clients to this MCP server
                             */
                            commands: {
                                /**
                                 * @deprecated
                                 * @description Command line instruction for Cursor client setup
                                 * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client cursor
                                 */
                                cursor: string;
                                /**
                                 * @deprecated
                                 * @description Command line instruction for Claude client setup
                                 * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client claude
                                 */
                                claude: string;
                                /**
                                 * @deprecated
                                 * @description Command line instruction for Windsurf client setup
                                 * @example npx @composio/mcp@latest setup "https://backend.composio.dev/v3/mcp/550e8400-e29b-41d4-a716-446655440000?user_id=john" --client windsurf
                                 */
                                windsurf: string;
                            };
                            /**
                             * @description Date and time when this server configuration was last modified
                             * @example 2023-06-15T14:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description Date and time when this server was initially created
                             * @example 2023-06-10T09:15:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description Total count of active user instances connected to this server
                             * @example 5
                             */
                            server_instance_count: number;
                            /**
                             * @description Whether the MCP server is managed by Composio
                             * @example true
                             */
                            managed_auth_via_composio: boolean;
                        }[];
                        /**
                         * @description Total number of pages in the paginated response
                         * @example 5
                         */
                        total_pages: number;
                        /**
                         * @description Current page number being returned
                         * @example 1
                         */
                        current_page: number;
                    };
                };
            };
            /** @description Bad request. The query parameters may be invalid or in an incorrect format. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The authenticated user does not have permission to view MCP servers for this application. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Application not found. No application with the specified key exists. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMcpServersByServerIdInstances: {
        parameters: {
            query?: {
                /** @description Page number for pagination (1-based) */
                page_no?: number | null;
                /** @description Number of items per page (default: 20) */
                limit?: number | null;
                /** @description Search instances by user ID/instance ID */
                search?: string;
                /** @description Field to order results by */
                order_by?: "created_at" | "updated_at";
                /** @description Direction of ordering */
                order_direction?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description The ID of the MCP server */
                serverId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved MCP server instances. Returns the list of user IDs associated with this server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description List of instance objects associated with this MCP server for the current page
                         * @example [
                         *       {
                         *         "id": "550e8400-e29b-41d4-a716-446655440000",
                         *         "instance_id": "user_123456",
                         *         "mcp_server_id": "660e8400-e29b-41d4-a716-446655440001",
                         *         "created_at": "2023-06-10T09:15:00.000Z",
                         *         "updated_at": "2023-06-15T14:30:00.000Z"
                         *       }
                         *     ]
                         */
                        instances: {
                            /**
                             * @description UUID of the instance record
                             * @example 550e8400-e29b-41d4-a716-446655440000
                             */
                            id: string;
                            /**
                             * @description The instance identifier (same as the user_id)
                             * @example user_123456
                             */
                            instance_id: string;
                            /**
                             * @description UUID of the parent MCP server
                             * @example 660e8400-e29b-41d4-a716-446655440001
                             */
                            mcp_server_id: string;
                            /**
                             * @description Date and time when this instance was created
                             * @example 2023-06-10T09:15:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description Date and time when this instance was last modified
                             * @example 2023-06-15T14:30:00.000Z
                             */
                            updated_at: string;
                        }[];
                        /**
                         * @description UUID of the MCP server
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        server_id: string;
                        /**
                         * @description Name of the MCP server
                         * @example Production GitHub Integration
                         */
                        server_name: string;
                        /**
                         * @description Total number of pages in the paginated response
                         * @example 3
                         */
                        total_pages: number;
                        /**
                         * @description Current page number being returned
                         * @example 1
                         */
                        current_page: number;
                    };
                };
            };
            /** @description Bad request. The server ID parameter may be invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server not found. No server with the specified ID exists. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMcpServersByServerIdInstances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the MCP server */
                serverId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The user ID (entity ID) that will be used as both the user identifier and instance ID
                     * @example user_123456
                     */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Successfully created MCP server instance. Returns the created instance details. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUID of the instance record
                         * @example 550e8400-e29b-41d4-a716-446655440000
                         */
                        id: string;
                        /**
                         * @description The instance identifier (same as the user_id)
                         * @example user_123456
                         */
                        instance_id: string;
                        /**
                         * @description UUID of the parent MCP server
                         * @example 660e8400-e29b-41d4-a716-446655440001
                         */
                        mcp_server_id: string;
                        /**
                         * @description Date and time when this instance was created
                         * @example 2023-06-10T09:15:00.000Z
                         */
                        created_at: string;
                        /**
                         * @description Date and time when this instance was last modified
                         * @example 2023-06-15T14:30:00.000Z
                         */
                        updated_at: string;
                    };
                };
            };
            /** @description Bad request. The request parameters may be invalid or the instance ID already exists. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The user does not have connected accounts for all required auth configurations. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server not found. No server with the specified ID exists. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict. An instance with this ID already exists for the server. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMcpServersByServerIdInstancesByInstanceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the MCP server */
                serverId: string;
                /** @description The instance ID (user ID) to delete */
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully deleted MCP server instance and associated connected accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        deleted_connected_accounts: number;
                    };
                };
            };
            /** @description Bad request. The request parameters may be invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description MCP server or instance not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFilesList: {
        parameters: {
            query?: {
                /** @description Filter files by app slug. Example: "file-converter" */
                toolkit_slug?: string;
                /** @description Filter files by action slug. Example: "convert-to-pdf" */
                tool_slug?: string;
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Slug of the app where this file belongs to. Example: "file-converter" */
                            toolkit_slug: string;
                            /** @description Slug of the action where this file belongs to. Example: "convert-to-pdf" */
                            tool_slug: string;
                            /** @description Name of the original file. Example: "document.docx" */
                            filename: string;
                            /** @description Mime type of the original file. Example: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" */
                            mimetype: string;
                            /** @description MD5 hash of the file for integrity verification. Example: "d41d8cd98f00b204e9800998ecf8427e" */
                            md5: string;
                        }[];
                        next_cursor?: string | null;
                        total_pages: number;
                        current_page: number;
                        total_items: number;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFilesUploadRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Slug of the app where this file belongs to. Example: "image-processing" */
                    toolkit_slug: string;
                    /** @description Slug of the action where this file belongs to. Example: "resize-image" */
                    tool_slug: string;
                    /** @description Name of the original file. Example: "photo.jpg" */
                    filename: string;
                    /** @description Mime type of the original file. Example: "image/jpeg" */
                    mimetype: string;
                    /** @description MD5 hash of the file for deduplication and integrity verification. Example: "d41d8cd98f00b204e9800998ecf8427e" */
                    md5: string;
                };
            };
        };
        responses: {
            /** @description Successfully created upload URL for request file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ID of the request file. Example: "f1e2d3c4b5a6" */
                        id: string;
                        /** @description S3 upload location. Example: "projects/123/files/photo-1234.jpg" */
                        key: string;
                        /** @description URL of the existing request file. Example: "https://storage.example.com/projects/123/files/photo-1234.jpg" */
                        existing_url: string;
                        /** @description [DEPRECATED] Use existing_url instead. URL of the existing request file. Example: "https://storage.example.com/projects/123/files/photo-1234.jpg" */
                        existingUrl: string;
                        /**
                         * @description Indicates the file already exists and does not need to be uploaded again
                         * @enum {string}
                         */
                        type: "existing";
                        metadata: {
                            /**
                             * @description Storage backend used for the file. If this is azure, use `x-ms-blob-type` header to set the blob type to `BlockBlob` while uploading the file
                             * @enum {string}
                             */
                            storage_backend: "s3" | "azure_blob_storage";
                        };
                    } | {
                        /** @description ID of the request file. Example: "f1e2d3c4b5a6" */
                        id: string;
                        /** @description S3 upload location. Example: "projects/123/files/photo-1234.jpg" */
                        key: string;
                        /** @description Presigned URL for upload. Example: "https://storage.example.com/projects/123/files/photo-1234.jpg?X-Amz-Algorithm=..." */
                        new_presigned_url: string;
                        /** @description [DEPRECATED] Use new_presigned_url instead. Presigned URL for upload. Example: "https://storage.example.com/projects/123/files/photo-1234.jpg?X-Amz-Algorithm=..." */
                        newPresignedUrl: string;
                        /**
                         * @description Indicates this is a new file that needs to be uploaded
                         * @enum {string}
                         */
                        type: "new";
                        metadata: {
                            /**
                             * @description Storage backend used for the file. If this is azure, use `x-ms-blob-type` header to set the blob type to `BlockBlob` while uploading the file
                             * @enum {string}
                             */
                            storage_backend: "s3" | "azure_blob_storage";
                        };
                    } | {
                        /** @description ID of the request file. Example: "f1e2d3c4b5a6" */
                        id: string;
                        /** @description S3 upload location. Example: "projects/123/files/photo-1234.jpg" */
                        key: string;
                        /** @description Presigned URL for upload. Example: "https://storage.example.com/projects/123/files/photo-1234.jpg?X-Amz-Algorithm=..." */
                        update_presigned_url: string;
                        /** @description [DEPRECATED] Use update_presigned_url instead. Presigned URL for upload. Example: "https://storage.example.com/projects/123/files/photo-1234.jpg?X-Amz-Algorithm=..." */
                        updatePresignedUrl: string;
                        /**
                         * @description Indicates this file exists but needs to be updated with a new version
                         * @enum {string}
                         */
                        type: "update";
                        metadata: {
                            /**
                             * @description Storage backend used for the file. If this is azure, use `x-ms-blob-type` header to set the blob type to `BlockBlob` while uploading the file
                             * @enum {string}
                             */
                            storage_backend: "s3" | "azure_blob_storage";
                        };
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMigrationGetNanoid: {
        parameters: {
            query: {
                /** @description The legacy UUID that needs to be converted to a NanoId */
                uuid: string;
                /** @description The type of resource that the UUID belongs to */
                type: "CONNECTED_ACCOUNT" | "AUTH_CONFIG" | "TRIGGER_INSTANCE";
            };
            header: {
                "x-api-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved NanoId for the given UUID */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The NanoId corresponding to the provided UUID. This is the new identifier that should be used in place of the legacy UUID.
                         * @example XqXrPalt3v
                         */
                        nanoid: string;
                    };
                };
            };
            /** @description Bad Request - Invalid UUID or resource not found */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - Invalid or missing API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found - The UUID does not correspond to any resource of the specified type */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gone - The UUID does not correspond to any resource of the specified type */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error - An unexpected error occurred during processing */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postLabsToolRouterSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Unique user identifier for the session owner
                     * @example user_123456789
                     */
                    user_id: string;
                    /**
                     * @description Session configuration including enabled toolkits and their auth configs
                     * @default {}
                     * @example {
                     *       "manually_manage_connections": false,
                     *       "toolkits": [
                     *         {
                     *           "toolkit": "gmail",
                     *           "auth_config_id": "auth_config_123"
                     *         },
                     *         {
                     *           "toolkit": "slack"
                     *         }
                     *       ]
                     *     }
                     */
                    config?: {
                        /**
                         * @description Whether to manually manage connections
                         * @default false
                         * @example true
                         */
                        manually_manage_connections?: boolean | null;
                        /**
                         * @description Array of toolkit configurations with optional auth configs
                         * @default []
                         * @example [
                         *       {
                         *         "toolkit": "gmail",
                         *         "auth_config_id": "auth_config_123"
                         *       },
                         *       {
                         *         "toolkit": "slack"
                         *       }
                         *     ]
                         */
                        toolkits?: {
                            /**
                             * @description Toolkit identifier (e.g., gmail, slack, github)
                             * @example gmail
                             */
                            toolkit: string;
                            /**
                             * @description Specific auth configuration ID for this toolkit
                             * @example auth_config_123
                             */
                            auth_config_id?: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Session successfully created. Returns the session ID and MCP server URL for the created session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Generated session identifier
                         * @example session_123456789
                         */
                        session_id: string;
                        /**
                         * Format: uri
                         * @description MCP server endpoint URL for this specific chat session
                         * @example https://api.composio.dev/v3/mcp/tool-router/session_123456789/mcp
                         */
                        chat_session_mcp_url: string;
                        /**
                         * Format: uri
                         * @description MCP server endpoint URL for this specific tool router instance
                         * @example https://api.composio.dev/v3/mcp/tool-router/session_123456789/mcp
                         */
                        tool_router_instance_mcp_url: string;
                    };
                };
            };
            /** @description Bad request. This may occur if the user_id format is invalid, toolkit names are invalid, or auth_config_id IDs are malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict. A session for this user with the same configuration already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolRouterSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The identifier of the user who is initiating the session, ideally a unique identifier from your database like a user ID or email address
                     * @example user_123456789
                     */
                    user_id: string;
                    /** @description Toolkit configuration - specify either enable toolkits (allowlist) or disable toolkits (denylist). Mutually exclusive. */
                    toolkits?: {
                        /**
                         * @description Only these specific toolkits will be enabled
                         * @example [
                         *       "gmail",
                         *       "slack",
                         *       "github"
                         *     ]
                         */
                        enable: string[];
                    } | {
                        /**
                         * @description These specific toolkits will be disabled
                         * @example [
                         *       "gmail",
                         *       "slack"
                         *     ]
                         */
                        disable: string[];
                    };
                    /**
                     * @description The auth configs to use for the session. This will override the default behavior and use the given auth config when specific toolkits are being executed
                     * @example {
                     *       "gmail": "ac_1223434343",
                     *       "slack": "ac_23343434343434"
                     *     }
                     */
                    auth_configs?: {
                        [key: string]: string;
                    };
                    /**
                     * @description The connected accounts to use for the session. This will override the default behaviour and use the given connected account when specific toolkits are being executed
                     * @example {
                     *       "github": "ca_34454545454545"
                     *     }
                     */
                    connected_accounts?: {
                        [key: string]: string;
                    };
                    /**
                     * @description Configuration for connection management settings
                     * @default {
                     *       "enable": true
                     *     }
                     */
                    manage_connections?: {
                        /**
                         * @description Whether to enable the connection manager for automatic connection handling. If true, we will provide a tool your agent can use to initiate connections to toolkits if it doesnt exist. If set to false, then you have to manage connections manually.
                         * @default true
                         * @example true
                         */
                        enable?: boolean | null;
                        /**
                         * Format: uri
                         * @description The URL to redirect to after a user completes authentication for a connected account. This allows you to handle the auth callback in your own application.
                         * @example https://your-app.com/auth/callback
                         */
                        callback_url?: string;
                    };
                    /**
                     * @description Tool-level configuration per toolkit - either specify enable tools (whitelist), disable tools (blacklist), or filter by MCP tags for each toolkit
                     * @example {
                     *       "gmail": {
                     *         "enable": [
                     *           "GMAIL_SEND_EMAIL",
                     *           "GMAIL_FETCH_EMAILS"
                     *         ]
                     *       },
                     *       "slack": {
                     *         "disable": [
                     *           "SLACK_ADD_EMOJI"
                     *         ]
                     *       },
                     *       "slack_bot": {
                     *         "tags": {
                     *           "enable": [
                     *             "destructiveHint"
                     *           ],
                     *           "disable": [
                     *             "openWorldHint"
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    tools?: {
                        [key: string]: {
                            /**
                             * @description Only these specific tools will be available for this toolkit
                             * @example [
                             *       "GMAIL_SEND_EMAIL",
                             *       "GMAIL_FETCH_EMAILS"
                             *     ]
                             */
                            enable: string[];
                        } | {
                            /**
                             * @description These specific tools will be disabled for this toolkit
                             * @example [
                             *       "SLACK_ADD_EMOJI"
                             *     ]
                             */
                            disable: string[];
                        } | {
                            /**
                             * @description MCP tags to filter tools. Array format is treated as enabled list. Object format supports both enabled and disabled lists.
                             * @example {
                             *       "enable": [
                             *         "openWorldHint"
                             *       ],
                             *       "disable": [
                             *         "destructiveHint"
                             *       ]
                             *     }
                             */
                            tags: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[] | {
                                /** @description Tags that the tool must have at least one of */
                                enable?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                /** @description Tags that the tool must NOT have any of */
                                disable?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                            };
                        };
                    };
                    /**
                     * @description Global MCP tool annotation hints for filtering. Array format is treated as enabled list. Object format supports both enabled (tool must have at least one) and disabled (tool must NOT have any) lists. Toolkit-level tags override this. Toolkit enabled/disabled lists take precedence over tag filtering.
                     * @example {
                     *       "enable": [
                     *         "openWorldHint"
                     *       ],
                     *       "disable": [
                     *         "destructiveHint"
                     *       ]
                     *     }
                     */
                    tags?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[] | {
                        /** @description Tags that the tool must have at least one of */
                        enable?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                        /** @description Tags that the tool must NOT have any of */
                        disable?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                    };
                    /**
                     * @description Configuration for workbench behavior
                     * @default {
                     *       "enable_proxy_execution": true
                     *     }
                     */
                    workbench?: {
                        /**
                         * @description Whether proxy execution is enabled. When enabled, workbench can call URLs and APIs directly.
                         * @default true
                         * @example true
                         */
                        enable_proxy_execution?: boolean;
                        /**
                         * @description Character threshold for automatic offloading. When workbench response exceeds this threshold, it will be automatically offloaded. Default is picked automatically based on the response size.
                         * @example 20000
                         */
                        auto_offload_threshold?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Session successfully created. Returns the session ID and MCP server URL for the created session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: toolRouterSessionId
                         * @description The identifier of the session
                         * @example trs_123456789
                         */
                        session_id: string;
                        mcp: {
                            /**
                             * @description The type of the MCP server. Can be http
                             * @enum {string}
                             */
                            type: "http";
                            /**
                             * Format: uri
                             * @description The URL of the MCP server
                             * @example https://app.composio.dev/tool_router/v3/trs_123456789/mcp
                             */
                            url: string;
                        };
                        /** @description List of available tools in this session */
                        tool_router_tools: ("COMPOSIO_SEARCH_TOOLS" | "COMPOSIO_MULTI_EXECUTE_TOOL" | "COMPOSIO_MANAGE_CONNECTIONS" | "COMPOSIO_REMOTE_WORKBENCH" | "COMPOSIO_REMOTE_BASH_TOOL" | "COMPOSIO_GET_TOOL_SCHEMAS" | "COMPOSIO_UPSERT_RECIPE" | "COMPOSIO_GET_RECIPE")[];
                        /** @description The session configuration including user, toolkits, and overrides */
                        config: {
                            /** @description User identifier for this session */
                            user_id: string;
                            /** @description Toolkit configuration - either enabled list or disabled list */
                            toolkits?: {
                                enabled: string[];
                            } | {
                                disabled: string[];
                            };
                            /** @description Auth config overrides per toolkit */
                            auth_configs?: {
                                [key: string]: string;
                            };
                            /** @description Connected account overrides per toolkit */
                            connected_accounts?: {
                                [key: string]: string;
                            };
                            /** @description Manage connections configuration */
                            manage_connections?: {
                                /**
                                 * @description Whether to enable the connection manager for automatic connection handling
                                 * @default true
                                 */
                                enabled?: boolean;
                                /**
                                 * Format: uri
                                 * @description Custom callback URL for connected account auth flows
                                 */
                                callback_url?: string;
                            };
                            /** @description Tool-level configuration per toolkit */
                            tools?: {
                                [key: string]: {
                                    enabled: string[];
                                } | {
                                    disabled: string[];
                                } | {
                                    tags: {
                                        /** @description Tags that the tool must have at least one of */
                                        enabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                        /** @description Tags that the tool must NOT have any of */
                                        disabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                    };
                                };
                            };
                            /** @description MCP tool annotation hints for filtering tools with enabled/disabled support. enabled: tags that the tool must have at least one of. disabled: tags that the tool must NOT have any of. Both conditions must be satisfied. */
                            tags?: {
                                /** @description Tags that the tool must have at least one of */
                                enabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                /** @description Tags that the tool must NOT have any of */
                                disabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                            };
                            /**
                             * @description Workbench configuration
                             * @default {
                             *       "proxy_execution_enabled": true
                             *     }
                             */
                            workbench?: {
                                /** @description Whether proxy execution is enabled in the workbench */
                                proxy_execution_enabled?: boolean;
                                /** @description Character threshold after which tool execution response are saved to a file in workbench. Default is 20k. */
                                auto_offload_threshold?: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad request. This may occur if the user_id format is invalid, toolkit names are invalid, or auth_config_id IDs are malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The user is not authorized to create a tool router session. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolRouterSessionBySessionIdExecute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tool router session ID (required for public API, optional for internal - injected by middleware) */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The unique slug identifier of the tool to execute
                     * @example GITHUB_CREATE_ISSUE
                     */
                    tool_slug: string;
                    /**
                     * @description The arguments required by the tool
                     * @default {}
                     * @example {
                     *       "repository": "octocat/Hello-World",
                     *       "workflow_id": "main.yml",
                     *       "ref": "main",
                     *       "inputs": {
                     *         "environment": "production"
                     *       }
                     *     }
                     */
                    arguments?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Successfully executed the tool. Returns execution result, logs, and status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The data returned by the tool execution
                         * @example {
                         *       "message": "Hello, World!",
                         *       "status": "success"
                         *     }
                         */
                        data: {
                            [key: string]: unknown;
                        };
                        /** @description Error message if the execution failed, null otherwise */
                        error: string | null;
                        /**
                         * @description Unique identifier for the execution log
                         * @example log_abc123xyz
                         */
                        log_id: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolRouterSessionBySessionIdExecuteMeta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tool router session ID (required for public API, optional for internal - injected by middleware) */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The unique slug identifier of the meta tool to execute
                     * @example COMPOSIO_MANAGE_CONNECTIONS
                     * @enum {string}
                     */
                    slug: "COMPOSIO_SEARCH_TOOLS" | "COMPOSIO_MULTI_EXECUTE_TOOL" | "COMPOSIO_MANAGE_CONNECTIONS" | "COMPOSIO_REMOTE_WORKBENCH" | "COMPOSIO_REMOTE_BASH_TOOL" | "COMPOSIO_GET_TOOL_SCHEMAS" | "COMPOSIO_UPSERT_RECIPE" | "COMPOSIO_GET_RECIPE";
                    /**
                     * @description The arguments required by the meta tool
                     * @default {}
                     * @example {
                     *       "toolkits": [
                     *         "github"
                     *       ],
                     *       "reinitiate_all": false
                     *     }
                     */
                    arguments?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Successfully executed the meta tool. Returns execution result, logs, and status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The data returned by the tool execution
                         * @example {
                         *       "message": "Hello, World!",
                         *       "status": "success"
                         *     }
                         */
                        data: {
                            [key: string]: unknown;
                        };
                        /** @description Error message if the execution failed, null otherwise */
                        error: string | null;
                        /**
                         * @description Unique identifier for the execution log
                         * @example log_abc123xyz
                         */
                        log_id: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden */
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
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolRouterSessionBySessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the tool router session */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session successfully retrieved. Returns the session details including configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: toolRouterSessionId
                         * @description The identifier of the session
                         * @example trs_123456789
                         */
                        session_id: string;
                        mcp: {
                            /**
                             * @description The type of the MCP server. Can be http
                             * @enum {string}
                             */
                            type: "http";
                            /**
                             * Format: uri
                             * @description The URL of the MCP server
                             * @example https://app.composio.dev/tool_router/v3/trs_123456789/mcp
                             */
                            url: string;
                        };
                        /** @description List of available tools in this session */
                        tool_router_tools: ("COMPOSIO_SEARCH_TOOLS" | "COMPOSIO_MULTI_EXECUTE_TOOL" | "COMPOSIO_MANAGE_CONNECTIONS" | "COMPOSIO_REMOTE_WORKBENCH" | "COMPOSIO_REMOTE_BASH_TOOL" | "COMPOSIO_GET_TOOL_SCHEMAS" | "COMPOSIO_UPSERT_RECIPE" | "COMPOSIO_GET_RECIPE")[];
                        /** @description The session configuration including user, toolkits, and overrides */
                        config: {
                            /** @description User identifier for this session */
                            user_id: string;
                            /** @description Toolkit configuration - either enabled list or disabled list */
                            toolkits?: {
                                enabled: string[];
                            } | {
                                disabled: string[];
                            };
                            /** @description Auth config overrides per toolkit */
                            auth_configs?: {
                                [key: string]: string;
                            };
                            /** @description Connected account overrides per toolkit */
                            connected_accounts?: {
                                [key: string]: string;
                            };
                            /** @description Manage connections configuration */
                            manage_connections?: {
                                /**
                                 * @description Whether to enable the connection manager for automatic connection handling
                                 * @default true
                                 */
                                enabled?: boolean;
                                /**
                                 * Format: uri
                                 * @description Custom callback URL for connected account auth flows
                                 */
                                callback_url?: string;
                            };
                            /** @description Tool-level configuration per toolkit */
                            tools?: {
                                [key: string]: {
                                    enabled: string[];
                                } | {
                                    disabled: string[];
                                } | {
                                    tags: {
                                        /** @description Tags that the tool must have at least one of */
                                        enabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                        /** @description Tags that the tool must NOT have any of */
                                        disabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                    };
                                };
                            };
                            /** @description MCP tool annotation hints for filtering tools with enabled/disabled support. enabled: tags that the tool must have at least one of. disabled: tags that the tool must NOT have any of. Both conditions must be satisfied. */
                            tags?: {
                                /** @description Tags that the tool must have at least one of */
                                enabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                                /** @description Tags that the tool must NOT have any of */
                                disabled?: ("readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint")[];
                            };
                            /**
                             * @description Workbench configuration
                             * @default {
                             *       "proxy_execution_enabled": true
                             *     }
                             */
                            workbench?: {
                                /** @description Whether proxy execution is enabled in the workbench */
                                proxy_execution_enabled?: boolean;
                                /** @description Character threshold after which tool execution response are saved to a file in workbench. Default is 20k. */
                                auto_offload_threshold?: number;
                            };
                        };
                    };
                };
            };
            /** @description Bad request. This may occur if the session_id format is invalid, please pass this in trs_ prefix format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The session with the provided ID does not exist or has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postToolRouterSessionBySessionIdLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the tool router session */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The unique slug identifier of the toolkit to connect
                     * @example github
                     */
                    toolkit: string;
                    /**
                     * Format: uri
                     * @description URL where users will be redirected after completing auth
                     * @example https://myapp.com/callback
                     */
                    callback_url?: string;
                };
            };
        };
        responses: {
            /** @description Successfully created link session. Returns link token, redirect URL, and connected account ID. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Token used to complete the authentication flow
                         * @example lt_abc123xyz
                         */
                        link_token: string;
                        /**
                         * Format: uri
                         * @description The URL where users should be redirected to complete OAuth
                         * @example https://app.composio.dev/link/lt_abc123xyz
                         */
                        redirect_url: string;
                        /**
                         * Format: connectedAccountId
                         * @description The unique identifier for the connected account
                         * @example ca_abc123xyz
                         */
                        connected_account_id: string;
                    };
                };
            };
            /** @description Bad request. This may occur if the toolkit slug is invalid, request parameters are malformed, or a connected account is already defined for this toolkit in the session configuration. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The session does not belong to the authenticated user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The session does not exist, toolkit not found, or no auth config exists for the toolkit. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while creating the link session. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolRouterSessionBySessionIdToolkits: {
        parameters: {
            query?: {
                /** @description Number of items per page, max allowed is 1000 */
                limit?: number | null;
                /** @description Cursor for pagination. The cursor is a base64 encoded string of the page and limit. The page is the page number and the limit is the number of items per page. The cursor is used to paginate through the items. The cursor is not required for the first page. */
                cursor?: string;
                /** @description Optional comma-separated list of toolkit slugs to filter by. If provided, only these toolkits will be returned, overriding the session configuration. */
                toolkits?: string[] | null;
                /** @description Whether to filter by connected toolkits. If provided, only connected toolkits will be returned. */
                is_connected?: boolean | null;
                /** @description Search query to filter toolkits by name, slug, or description */
                search?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier of the tool router session */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Toolkits successfully retrieved. Returns a paginated list of toolkits with their metadata and connected accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterToolkitsListResponse"];
                };
            };
            /** @description Bad request. This may occur if pagination parameters are invalid or the session_id format is incorrect. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Authentication is required or the provided credentials are invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. The session does not belong to the authenticated user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. The session with the provided ID does not exist or has been deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. An unexpected error occurred while processing the request. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolkitsChangelog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Toolkits changelog retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description List of toolkits with their changelogs */
                        items: {
                            /** @description Toolkit slug */
                            slug: string;
                            /** @description Toolkit name */
                            name: string;
                            /** @description Toolkit display name */
                            display_name: string;
                            /** @description Array of version changelogs */
                            versions: {
                                /** @description Version identifier */
                                version: string;
                                /** @description Changelog for this version */
                                changelog: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad request - invalid parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized - authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found - the toolkits you are looking for do not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
