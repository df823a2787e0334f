// Generated from specs/ampersand.json by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/oauth-connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate OAuth authorization URL
         * @description Generate a URL for the browser to render to kick off OAuth flow. You can use this endpoint as an alternative to the [prebuilt UI components](https://docs.withampersand.com/embeddable-ui-components).
         */
        post: operations["oauthConnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-auth/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or continue a multi-step custom auth flow
         * @description Drives a multi-step custom auth flow (browser redirects and/or server-side credential-exchange calls). Call it once with the flow inputs to start; if the response contains a redirect, open it, then call again with the returned sessionId and the provider's callback params to continue. Repeat until the response contains a connection. Used by the prebuilt UI components; only providers whose ProviderInfo has customOpts.multiStep present can use this endpoint.
         */
        post: operations["customAuthConnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/connections/{connectionId}:oauth-update": {
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
         * Generate OAuth authorization URL for existing connection
         * @description Generate a URL for the browser to render to kick off an OAuth flow that updates an existing connection. Use this when the connection's credentials need to be refreshed. To start an OAuth flow without specifying a connection ID, use the [/oauth-connect endpoint](https://docs.withampersand.com/reference/oauth/generate-oauth-authorization-url) instead.
         */
        patch: operations["oauthUpdate"];
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Lists projects your credentials can access.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a new project
         * @description Creates a new project within an organization. A project is a container for provider apps, integrations, and connections.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description Get a project by its ID or name.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Update a project's mutable fields using field masks. Currently, the updatable fields are `appName` (the display name shown to end users) and `name` (the unique project identifier).
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/provider-apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List provider apps */
        get: operations["listProviderApps"];
        put?: never;
        /** Create a new provider app */
        post: operations["createProviderApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/provider-apps/{providerAppId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a provider app. */
        delete: operations["deleteProviderApp"];
        options?: never;
        head?: never;
        /** Update a provider app */
        patch: operations["updateProviderApp"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List integrations */
        get: operations["listIntegrations"];
        put?: never;
        /** Create a new integration. */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an integration by ID or name */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /**
         * Delete an integration
         * @description Delete an integration and all its installations.
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations:batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Batch upsert a group of integrations
         * @description This endpoint is used by the Ampersand CLI to batch upsert integrations. We recommend using the [CLI's deploy command](https://docs.withampersand.com/cli/overview#deploy-integrations) rather than this API endpoint directly.
         */
        put: operations["batchUpsertIntegrations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new revision.
         * @description We recommend using the [CLI's deploy command](https://docs.withampersand.com/cli/overview#deploy-integrations) rather than this API endpoint directly, unless you have an advanced use case.
         */
        post: operations["createRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/revisions/{revisionId}:hydrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a hydrated revision
         * @description Returns the integration revision enriched with live field metadata from the consumer's connected SaaS instance, such as available fields, display names, and type for each object defined in the integration.
         */
        get: operations["getHydratedRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List installations for an integration
         * @description Lists all installations for a specific integration within a project. To list installations across all integrations, use listInstallationsForProject instead.
         */
        get: operations["listInstallations"];
        put?: never;
        /**
         * Create a new installation
         * @description Install an integration for a specific group. The group must already have a SaaS connection — either provide its `connectionId`, or omit it to use the group's default. To create a connection, use the [OAuth Connect endpoint](https://docs.withampersand.com/reference/oauth/generate-oauth-authorization-url) or the [prebuilt UI components](https://docs.withampersand.com/embeddable-ui-components).
         */
        post: operations["createInstallation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an installation
         * @description Retrieves a single installation by ID, including its connection details, config, and health status.
         */
        get: operations["getInstallation"];
        put?: never;
        post?: never;
        /**
         * Delete an installation
         * @description Delete an Installation. This will also delete the associated Connection if it is not used by any other Installations.
         */
        delete: operations["deleteInstallation"];
        options?: never;
        head?: never;
        /**
         * Update an installation
         * @description Update an installation using field masks. Note: subscribe config changes trigger a subscription change in the provider's system, which typically takes 1-2 minutes but may take up to 10 minutes.
         */
        patch: operations["updateInstallation"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/config-content": {
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
         * Update an installation object
         * @description Updates a single object's configuration within an installation using JSON Patch syntax.
         */
        patch: operations["patchObjectConfigContent"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/objects/{objectName}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get object metadata via installation
         * @description Retrieves metadata about an object in a customer's SaaS instance, including its fields. An installation must exist for the given `groupRef` and `integrationId`. The `objectName` can be either the mapped name from your integration config or the native provider name. For Salesforce, nested fields may be included using JSONPath bracket notation (e.g. `$['billingaddress']['city']`).
         */
        get: operations["getObjectMetadataForInstallation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List installations for a project
         * @description Lists all installations across every integration in a project, giving you a complete view of all active customer integrations. To narrow results to a single integration, use listInstallations instead.
         */
        get: operations["listInstallationsForProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/providers/{provider}/objects/{objectName}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get object metadata via connection
         * @description Retrieves metadata about an object in a customer's SaaS instance, including its fields. A connection must exist for the given `groupRef` and `provider`. For Salesforce, nested fields may be included using JSONPath bracket notation (e.g. `$['billingaddress']['city']`).
         */
        get: operations["getObjectMetadataForConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/object-metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert custom fields for installation
         * @description Create or update fields in the SaaS instance tied to an installation. Only HubSpot and Salesforce are supported currently.
         */
        put: operations["upsertMetadataForInstallation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/providers/{provider}/object-metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert custom fields for connection
         * @description Create or update fields in the SaaS instance tied to a connection. Only HubSpot and Salesforce are supported currently.
         */
        put: operations["upsertMetadataForConnection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List operations */
        get: operations["listOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/integrations/{integrationId}/installations/{installationId}/objects/{objectName}/backfill-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get backfill progress
         * @description Retrieve backfill progress (records processed, estimated total) for an object. Use to track progress of an initial data sync.
         */
        get: operations["getBackfillProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operation
         * @description Retrieve a single operation by ID. An operation represents an async read, write, or subscribe action for an installation. Use this endpoint to poll for status, inspect the result summary, or fetch metadata such as read progress or write outcome details.
         */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/operations/{operationId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List logs for an operation */
        get: operations["listOperationLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List providers
         * @description Returns all supported SaaS providers and their capabilities. The response is a JSON object keyed by provider name (e.g. `salesforce`, `hubspot`). Each value describes the provider's authentication type, supported operations, modules, and configuration options. No authentication is required.
         */
        get: operations["listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get provider
         * @description Returns information about a single provider. No authentication is required.
         */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: operations["listApiKeys"];
        put?: never;
        /** Create a new API key */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/api-keys/{apiKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an API key */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Delete an API key */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /** Update an API key */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connections */
        get: operations["listConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/connections:generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a new connection
         * @description All auth schemes are supported, but for OAuth2 Authorization Code, it is recommended that you use the [/oauth-connect endpoint](https://docs.withampersand.com/reference/oauth/get-url-for-oauth-flow) instead, unless you already have the refresh token and are importing it into Ampersand.
         */
        post: operations["generateConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/connections/{connectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connection */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /** Delete a connection */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update a connection.
         * @description Rotate credentials or update metadata (such as the provider workspace reference) for an existing connection.
         */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List destinations */
        get: operations["listDestinations"];
        put?: never;
        /** Create a new destination */
        post: operations["createDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/destinations/{destination}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a destination */
        get: operations["getDestination"];
        put?: never;
        post?: never;
        /** Delete a destination */
        delete: operations["deleteDestination"];
        options?: never;
        head?: never;
        /** Update a destination */
        patch: operations["updateDestination"];
        trace?: never;
    };
    "/generate-upload-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Generate a signed URL to upload a zip file to. */
        get: operations["generateUploadUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a new organization */
        post: operations["createOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an organization */
        patch: operations["updateOrg"];
        trace?: never;
    };
    "/orgs/{orgId}/builders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List builders for an organization */
        get: operations["listOrgBuilders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invites for an organization */
        get: operations["listOrgInvites"];
        put?: never;
        /** Invite a user to an organization */
        post: operations["createOrgInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invites/{inviteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invite */
        get: operations["getOrgInvite"];
        put?: never;
        post?: never;
        /** Revoke an invite */
        delete: operations["deleteOrgInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add user to an organization
         * @description Adds a builder to an organization. Two authorization modes - Org owner inviting another user, or self-joining via claimed domain (authenticated user's email domain should be claimed by this organization).
         */
        post: operations["addUserToOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get information about the current user */
        get: operations["getMyInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invites:accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invite */
        post: operations["acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/billingAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the billing account for an organization */
        get: operations["getOrgBillingAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billingAccounts/{billingAccountId}/portalSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a portal session for a billing account */
        post: operations["createBillingAccountSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List topics */
        get: operations["listTopics"];
        put?: never;
        /** Create a topic */
        post: operations["createTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/topics/{topicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a topic */
        delete: operations["deleteTopic"];
        options?: never;
        head?: never;
        /** Update a topic */
        patch: operations["updateTopic"];
        trace?: never;
    };
    "/projects/{projectIdOrName}/notification-event-topic-routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notification event-topic routes */
        get: operations["listEventTopicRoutes"];
        put?: never;
        /** Create a notification event-topic route */
        post: operations["createEventTopicRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/notification-event-topic-routes/{routeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a notification event-topic route */
        delete: operations["deleteEventTopicRoute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/topic-destination-routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List topic destination routes */
        get: operations["listTopicDestinationRoutes"];
        put?: never;
        /** Create a topic destination route */
        post: operations["createTopicDestinationRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/topic-destination-routes/{routeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a topic destination route */
        delete: operations["deleteTopicDestinationRoute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/jwt-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List JWT keys
         * @description Retrieves all JWT keys for the specified project, with optional filtering for active keys only
         */
        get: operations["listJWTKeys"];
        put?: never;
        /**
         * Create a new JWT key
         * @description Creates a new JWT key for the specified project with RSA public key for token verification
         */
        post: operations["createJWTKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{projectIdOrName}/jwt-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a specific JWT key
         * @description Retrieves a specific JWT key by its ID within the specified project
         */
        get: operations["getJWTKey"];
        put?: never;
        post?: never;
        /**
         * Delete a JWT key
         * @description Permanently deletes a JWT key from the specified project
         */
        delete: operations["deleteJWTKey"];
        options?: never;
        head?: never;
        /**
         * Update a JWT key
         * @description Updates specific fields of a JWT key using field masks. Currently supports updating the 'active' status and 'name' field.
         */
        patch: operations["updateJWTKey"];
        trace?: never;
    };
    "/claimed-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check if a domain is claimed
         * @description Returns claimed domain information if authenticated user is an owner of the organization that claimed the domain, or if the user's email domain matches the claimed domain.
         */
        get: operations["checkClaimedDomain"];
        put?: never;
        /**
         * Claim a domain
         * @description Claim a domain for an organization. Accepts email, domain, or URL.
         */
        post: operations["claimDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/claimed-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization's claimed domains
         * @description Get all domains claimed by a specific organization
         */
        get: operations["listOrgClaimedDomains"];
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
        /**
         * Custom Auth Connect Request
         * @description Request body for the /custom-auth/connect endpoint. The first call supplies the flow inputs; subsequent calls supply sessionId and callbackParams to resume after a redirect.
         */
        CustomAuthConnectRequest: {
            /**
             * @description The Ampersand project ID or project name. Required on the first call.
             * @example my-project
             */
            projectIdOrName: string;
            /**
             * @description The provider that this app connects to. Required on the first call (when sessionId is not present); ignored on resume calls. Conditional requirement is enforced at the application layer.
             * @example bill
             */
            provider?: string;
            /**
             * @description Your application's identifier for the organization or workspace that this connection belongs to. Supplied on the first call; ignored on resume calls (the parked flow's identity is used).
             * @example group-123
             */
            groupRef?: string;
            /**
             * @description The display name for the group. Defaults to groupRef if not provided. Supplied on the first call; ignored on resume calls.
             * @example Organization Name
             */
            groupName?: string;
            /**
             * @description The ID that your app uses to identify the user whose SaaS credential will be used. Supplied on the first call; ignored on resume calls (the parked flow's identity is used).
             * @example user_123456
             */
            consumerRef?: string;
            /**
             * @description The display name for the consumer. Defaults to consumerRef if not provided. Supplied on the first call; ignored on resume calls.
             * @example John Doe
             */
            consumerName?: string;
            /** @description Additional provider-specific metadata collected from the user. */
            providerMetadata?: components["schemas"]["ProviderMetadata"];
            /**
             * @description ID of the provider app. If omitted, the default provider app set up on the Dashboard is assumed.
             * @example 32356abe-d2fd-49c7-9030-abdcbc6456d4
             */
            providerAppId?: string;
            /**
             * @description The consumer-supplied custom auth inputs (keyed by CustomAuthInput.name). Supplied on the first call (when sessionId is not present).
             * @example {
             *       "userName": "admin@acme.com",
             *       "password": "hunter2"
             *     }
             */
            customAuth?: {
                [key: string]: unknown;
            };
            /**
             * @description Identifies an in-progress flow to resume after a redirect. Returned in a prior redirect response. When present, provider and customAuth are not required.
             * @example 7f3c1e2a-9b0d-4a1f-8c2e-1d2f3a4b5c6d
             */
            sessionId?: string;
            /**
             * @description The query/body params the provider sent to the callback, forwarded to resume the flow.
             * @example {
             *       "tenant": "9e1477fd-54ef-41fe-b747-bc9e6a11a925"
             *     }
             */
            callbackParams?: {
                [key: string]: string;
            };
        };
        /**
         * Custom Auth Connect Response
         * @description Response from /custom-auth/connect. Exactly one of redirect or connection is set. A redirect means the client should open the URL and call again with sessionId + callbackParams; a connection means the flow is complete.
         */
        CustomAuthConnectResponse: {
            redirect: components["schemas"]["RedirectResponse"];
        } | {
            connection: components["schemas"]["Connection"];
        };
        /**
         * Redirect Response
         * @description Instructs the client to open a URL (e.g. in a popup) to continue a custom auth flow, then resume by calling /custom-auth/connect with the sessionId.
         */
        RedirectResponse: {
            /**
             * @description The URL the client should open to continue the flow.
             * @example https://login.microsoftonline.com/common/adminconsent?client_id=xxx
             */
            url: string;
            /**
             * @description The flow identifier to pass back to /custom-auth/connect once the provider redirects to the callback.
             * @example 7f3c1e2a-9b0d-4a1f-8c2e-1d2f3a4b5c6d
             */
            sessionId: string;
        };
        /** Organization */
        Org: {
            /**
             * @description The organization ID.
             * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
             */
            id: string;
            /**
             * @description The organization label.
             * @example Acme Inc
             */
            label: string;
            /** @description The ID of the Everyone team for the org. */
            defaultTeamId: string;
            /**
             * Format: date-time
             * @description The time at which the organization was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the organization was updated.
             */
            updateTime?: string;
        };
        /** Destination */
        Destination: {
            /** @description The destination ID. */
            id: string;
            /**
             * @description User-defined name for the destination.
             * @example leadConvertedWebhook
             */
            name: string;
            /**
             * @description The type of the destination.
             * @example webhook
             */
            type: string;
            metadata: {
                /**
                 * @description Webhook URL
                 * @example https://webhooks.mailmonkey.com/salesforce-lead-converted
                 */
                url?: string;
                headers?: components["schemas"]["WebhookHeaders"];
                /**
                 * @description The name of the Kinesis stream
                 * @example my-data-stream
                 */
                streamName?: string;
                /**
                 * @description The AWS region for the destination
                 * @example us-east-1
                 */
                region?: string;
                /**
                 * @description Template for generating partition keys
                 * @example {{.integration_id}}
                 */
                partitionKeyTemplate?: string;
                /**
                 * @description The name of the S3 bucket
                 * @example ampersand-integration-bucket
                 */
                bucket?: string;
                /**
                 * @description JMESPath template for generating S3 object keys
                 * @example join('/', [metadata.objectName, metadata.operationId])
                 */
                keyTemplate?: string;
                /**
                 * @description The S3 storage class for written objects (defaults to STANDARD)
                 * @example STANDARD
                 */
                storageClass?: string;
                /**
                 * @description The username for the clickhouse destination
                 * @example default
                 */
                username?: string;
                /**
                 * @description The destination table name (clickhouse, snowflake, redshift)
                 * @example events
                 */
                tableName?: string;
                /**
                 * @description The database name for the clickhouse destination
                 * @example analytics
                 */
                database?: string;
                /**
                 * @description The Snowflake account identifier for the snowflake destination
                 * @example myorg-myaccount
                 */
                accountIdentifier?: string;
                /**
                 * @description The user ID for the snowflake destination
                 * @example SVC_AMPERSAND
                 */
                userId?: string;
                /**
                 * @description The database name (snowflake, redshift)
                 * @example ANALYTICS
                 */
                dbName?: string;
                /**
                 * @description The schema name (snowflake, redshift)
                 * @example PUBLIC
                 */
                schemaName?: string;
                /**
                 * @description The Google Cloud project ID (bigquery, pubsub)
                 * @example my-gcp-project
                 */
                projectId?: string;
                /**
                 * @description The BigQuery dataset ID for the bigquery destination
                 * @example analytics
                 */
                datasetId?: string;
                /**
                 * @description The BigQuery table ID for the bigquery destination
                 * @example events
                 */
                tableId?: string;
                /**
                 * @description The Redshift Serverless workgroup name for the redshift destination
                 * @example my-workgroup
                 */
                workgroupName?: string;
                /**
                 * @description The Redshift provisioned cluster identifier for the redshift destination
                 * @example my-cluster
                 */
                clusterIdentifier?: string;
                /**
                 * @description The database user for the redshift destination
                 * @example ampersand
                 */
                dbUser?: string;
                /**
                 * @description The storage account name for the azureblob destination
                 * @example mystorageaccount
                 */
                account?: string;
                /**
                 * @description The blob container name for the azureblob destination
                 * @example ampersand-data
                 */
                container?: string;
                /**
                 * @description The SQS queue URL for the sqs destination
                 * @example https://sqs.us-east-1.amazonaws.com/123456789012/my-queue
                 */
                queueUrl?: string;
                /**
                 * @description The Pub/Sub topic ID for the pubsub destination
                 * @example ampersand-events
                 */
                topicId?: string;
                /**
                 * @description The AMQP server URL for the rabbitmq destination
                 * @example amqp://rabbit.example.com:5672
                 */
                serverUrl?: string;
                /**
                 * @description The exchange to publish to for the rabbitmq destination
                 * @example ampersand.events
                 */
                exchange?: string;
                /**
                 * @description Whether to connect over TLS (rabbitmq)
                 * @example true
                 */
                tls?: boolean;
                /**
                 * @description The queue or topic name for the azureservicebus destination
                 * @example ampersand-events
                 */
                name?: string;
                /**
                 * @description For warehouse destinations, rows to buffer before flushing a batch (default 1000)
                 * @example 1000
                 */
                batchSize?: number;
                /**
                 * @description For warehouse destinations, max seconds before flushing a batch (default 30)
                 * @example 30
                 */
                maxWaitSecs?: number;
            };
            /**
             * Format: date-time
             * @description The time the destination was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the destination was updated.
             */
            updateTime?: string;
        };
        /**
         * DestinationWithSecrets
         * @description Destination object with secrets field (returned by getDestination when includeSecrets is true)
         */
        DestinationWithSecrets: {
            /** @description The destination ID. */
            id: string;
            /**
             * @description User-defined name for the destination.
             * @example leadConvertedWebhook
             */
            name: string;
            /**
             * @description The type of the destination.
             * @example webhook
             */
            type: string;
            metadata: {
                /**
                 * @description Webhook URL
                 * @example https://webhooks.mailmonkey.com/salesforce-lead-converted
                 */
                url?: string;
                headers?: components["schemas"]["WebhookHeaders"];
                /**
                 * @description The name of the Kinesis stream
                 * @example my-data-stream
                 */
                streamName?: string;
                /**
                 * @description The AWS region for the destination
                 * @example us-east-1
                 */
                region?: string;
                /**
                 * @description Template for generating partition keys
                 * @example {{.integration_id}}
                 */
                partitionKeyTemplate?: string;
                /**
                 * @description The name of the S3 bucket
                 * @example ampersand-integration-bucket
                 */
                bucket?: string;
                /**
                 * @description JMESPath template for generating S3 object keys
                 * @example join('/', [metadata.objectName, metadata.operationId])
                 */
                keyTemplate?: string;
                /**
                 * @description The S3 storage class for written objects (defaults to STANDARD)
                 * @example STANDARD
                 */
                storageClass?: string;
                /**
                 * @description The username for the clickhouse destination
                 * @example default
                 */
                username?: string;
                /**
                 * @description The destination table name (clickhouse, snowflake, redshift)
                 * @example events
                 */
                tableName?: string;
                /**
                 * @description The database name for the clickhouse destination
                 * @example analytics
                 */
                database?: string;
                /**
                 * @description The Snowflake account identifier for the snowflake destination
                 * @example myorg-myaccount
                 */
                accountIdentifier?: string;
                /**
                 * @description The user ID for the snowflake destination
                 * @example SVC_AMPERSAND
                 */
                userId?: string;
                /**
                 * @description The database name (snowflake, redshift)
                 * @example ANALYTICS
                 */
                dbName?: string;
                /**
                 * @description The schema name (snowflake, redshift)
                 * @example PUBLIC
                 */
                schemaName?: string;
                /**
                 * @description The Google Cloud project ID (bigquery, pubsub)
                 * @example my-gcp-project
                 */
                projectId?: string;
                /**
                 * @description The BigQuery dataset ID for the bigquery destination
                 * @example analytics
                 */
                datasetId?: string;
                /**
                 * @description The BigQuery table ID for the bigquery destination
                 * @example events
                 */
                tableId?: string;
                /**
                 * @description The Redshift Serverless workgroup name for the redshift destination
                 * @example my-workgroup
                 */
                workgroupName?: string;
                /**
                 * @description The Redshift provisioned cluster identifier for the redshift destination
                 * @example my-cluster
                 */
                clusterIdentifier?: string;
                /**
                 * @description The database user for the redshift destination
                 * @example ampersand
                 */
                dbUser?: string;
                /**
                 * @description The storage account name for the azureblob destination
                 * @example mystorageaccount
                 */
                account?: string;
                /**
                 * @description The blob container name for the azureblob destination
                 * @example ampersand-data
                 */
                container?: string;
                /**
                 * @description The SQS queue URL for the sqs destination
                 * @example https://sqs.us-east-1.amazonaws.com/123456789012/my-queue
                 */
                queueUrl?: string;
                /**
                 * @description The Pub/Sub topic ID for the pubsub destination
                 * @example ampersand-events
                 */
                topicId?: string;
                /**
                 * @description The AMQP server URL for the rabbitmq destination
                 * @example amqp://rabbit.example.com:5672
                 */
                serverUrl?: string;
                /**
                 * @description The exchange to publish to for the rabbitmq destination
                 * @example ampersand.events
                 */
                exchange?: string;
                /**
                 * @description Whether to connect over TLS (rabbitmq)
                 * @example true
                 */
                tls?: boolean;
                /**
                 * @description The queue or topic name for the azureservicebus destination
                 * @example ampersand-events
                 */
                name?: string;
                /**
                 * @description For warehouse destinations, rows to buffer before flushing a batch (default 1000)
                 * @example 1000
                 */
                batchSize?: number;
                /**
                 * @description For warehouse destinations, max seconds before flushing a batch (default 30)
                 * @example 30
                 */
                maxWaitSecs?: number;
            };
            /**
             * Format: date-time
             * @description The time the destination was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the destination was updated.
             */
            updateTime?: string;
            /** @description Destination secrets (only included when includeSecrets is true) */
            secrets?: {
                /** @description Webhook signing key for the destination (only included for webhook destinations) */
                webhookSigningKey?: string;
            };
        };
        /** Project */
        Project: {
            /**
             * @description The unique identifier for the project.
             * @example proj_9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
             */
            id: string;
            /**
             * @description The unique name for the project.
             * @example mailmonkey-staging
             */
            name: string;
            /**
             * @description The display name of the application, shown to end users during the connection flow.
             * @example MailMonkey
             */
            appName: string;
            /**
             * @description The ID of the organization that this project belongs to.
             * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
             */
            orgId: string;
            /**
             * Format: date-time
             * @description The time the project was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the project was updated.
             */
            updateTime?: string;
            /** @description Plan-based feature flags for the project. These are managed by Ampersand and cannot be set via the API. */
            entitlements?: {
                /** @description Controls whether Ampersand branding is removed from the embeddable UI components. */
                brandingRemoval?: {
                    /** @description True if Ampersand branding has been removed for this project. */
                    value: boolean;
                };
                /** @description The number of days that logs are retained for this project. */
                logRetentionDays?: {
                    /** @description The log retention period for this project, in days. */
                    value: number;
                };
            };
        };
        /** Provider App */
        ProviderApp: {
            /**
             * @description The provider app ID.
             * @example provider-app-123
             */
            id: string;
            /**
             * @description The Ampersand project ID.
             * @example project-456
             */
            projectId: string;
            /**
             * @description The ID used by the provider to identify the app (optional).
             * @example external-id-123
             */
            externalRef?: string;
            /**
             * @description The SaaS provider that this app connects to.
             * @example salesforce
             */
            provider: string;
            /**
             * @description The OAuth client ID for this app.
             * @example client-id-123
             */
            clientId: string;
            /** @description The OAuth scopes for this app. */
            scopes?: string[];
            metadata?: components["schemas"]["ProviderAppMetadata"];
            /**
             * Format: date-time
             * @description The time the provider app was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the provider app was updated.
             */
            updateTime?: string;
        };
        /**
         * Provider App Metadata
         * @description Provider-specific configuration that extends the standard OAuth flow.
         */
        ProviderAppMetadata: {
            /**
             * @description Additional query parameters to include in the OAuth authorization URL (e.g., optional_scope for HubSpot).
             * @example {
             *       "optional_scope": [
             *         "automation.sequences.read"
             *       ]
             *     }
             */
            authQueryParams?: {
                [key: string]: string[];
            };
            /**
             * @description Provider-specific string values keyed by names (e.g., packageInstallURL for Salesforce, gcpProjectId and gcpPubSubTopicName for Gmail).
             * @example {
             *       "packageInstallURL": "https://login.salesforce.com/packaging/installPackage.apexp?p0=04t123456789",
             *       "gcpProjectId": "my-gcp-project",
             *       "gcpPubSubTopicName": "my-topic"
             *     }
             */
            providerParams?: {
                [key: string]: string;
            };
        };
        /** Integration */
        Integration: {
            /** @description The integration ID. */
            id: string;
            /**
             * @description The Ampersand project ID.
             * @example project-456
             */
            projectId: string;
            /**
             * @description The integration name.
             * @example read-accounts
             */
            name: string;
            /**
             * @description The SaaS provider that this integration connects to.
             * @example salesforce
             */
            provider: string;
            /**
             * Format: date-time
             * @description The time the integration was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the integration was last updated.
             */
            updateTime?: string;
            latestRevision: components["schemas"]["Revision"];
        };
        /** Revision */
        Revision: {
            /**
             * @description The revision ID.
             * @example revision-id-1
             */
            id: string;
            /**
             * @description The spec version string.
             * @example 1.0.0
             */
            specVersion: string;
            /**
             * Format: date-time
             * @description The time the revision was created.
             */
            createTime: string;
            content: components["schemas"]["Integration-2"];
        };
        /** Hydrated Revision */
        HydratedRevision: {
            /**
             * @description The revision ID.
             * @example f0e1d2c3-b4a5-6789-0abc-def123456789
             */
            id: string;
            /**
             * @description The spec version string.
             * @example 1.0.0
             */
            specVersion: string;
            /**
             * Format: date-time
             * @description The time the revision was created.
             */
            createTime: string;
            content: components["schemas"]["HydratedIntegration"];
        };
        /** Installation */
        Installation: {
            /** @description The installation ID. */
            id: string;
            /**
             * @description The Ampersand project ID.
             * @example project-456
             */
            projectId: string;
            /** @description The integration ID. */
            integrationId: string;
            group?: components["schemas"]["Group"];
            /**
             * @description The health status of the installation.
             * @example healthy
             * @enum {string}
             */
            healthStatus: "healthy" | "unhealthy";
            /**
             * @description The status of the latest operation for this installation.
             * @example success
             * @enum {string}
             */
            lastOperationStatus?: "success" | "failure" | "in_progress";
            connection: components["schemas"]["Connection"];
            /**
             * Format: date-time
             * @description The time the installation was created.
             */
            createTime: string;
            /**
             * @description The person who did the installation, in the format of "consumer:{consumer-id}".
             * @example consumer:consumer-123
             */
            createdBy: string;
            /**
             * Format: date-time
             * @description The time the installation was last updated with a new config.
             */
            updateTime?: string;
            config: components["schemas"]["Config"];
        };
        /**
         * JSON Patch Operation
         * @description Represents a single JSON Patch operation (RFC 6902).
         *     Only supports add, remove, and replace operations for config updates.
         */
        JSONPatchOperation: {
            /**
             * @description The operation to perform.
             *     - "add": Adds a new field or replaces an existing one at the specified path
             *     - "remove": Removes the field at the specified path
             *     - "replace": Replaces the value at the specified path
             * @example replace
             * @enum {string}
             */
            op: "add" | "remove" | "replace";
            /**
             * @description JSON Pointer path to the field to operate on (RFC 6901).
             *     All paths must start with "/" (e.g., "/schedule", "/selectedFields/phone").
             * @example /schedule
             */
            path: string;
            /**
             * @description The value to set for add/replace operations.
             *     Not used for remove operations.
             * @example *\/10 * * * *
             */
            value?: unknown;
        };
        /** Config */
        Config: {
            /**
             * @description The config ID.
             * @example config-123
             */
            id: string;
            /**
             * @description The ID of the revision that was current when this config was created or last updated.
             * @example revision-123
             */
            revisionId: string;
            /**
             * Format: date-time
             * @description The time the config was created.
             */
            createTime: string;
            /**
             * @description The person who created the config, in the format of "consumer:{consumer-id}" or "builder:{builder-id}".
             * @example builder:builder-123
             */
            createdBy: string;
            content: components["schemas"]["ConfigContent"];
        };
        /** Connection */
        Connection: {
            /**
             * @description The connection ID.
             * @example connection-123
             */
            id: string;
            /**
             * @description The Ampersand project ID.
             * @example project-456
             */
            projectId: string;
            /**
             * @description The SaaS provider that this Connection is for.
             * @example salesforce
             */
            provider: string;
            providerApp?: components["schemas"]["ProviderApp"];
            group: components["schemas"]["Group"];
            consumer: components["schemas"]["Consumer"];
            /**
             * @description If available, the identifier for the provider workspace (e.g. the Salesforce subdomain)
             * @example provider-workspace-123
             */
            providerWorkspaceRef?: string;
            /**
             * @description If available, the ID that Salesforce/Hubspot uses to identify this user (e.g. Salesforce has IDs in the form of https://login.salesforce.com/id/00D4x0000019CQTEA2/0054x000000orJ4AA)
             * @example provider-consumer-123
             */
            providerConsumerRef?: string;
            /**
             * Format: date-time
             * @description The time the connection was created.
             * @example 2023-07-13T21:34:44.816354Z
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the connection was last updated.
             * @example 2023-07-13T21:34:44.816354Z
             */
            updateTime?: string;
            /**
             * @description The authentication scheme used for this connection.
             * @example oauth2/authorizationCode
             * @enum {string}
             */
            authScheme: "none" | "apiKey" | "basic" | "oauth2/authorizationCode" | "oauth2/authorizationCodePKCE" | "oauth2/clientCredentials" | "oauth2/password";
            /**
             * @description The status of the connection.
             *     - `created`: The connection has just been created or the access token was just refreshed.
             *     - `working`: The connection has successfully been used to make a request.
             *     - `bad_credentials`: The connection encountered credential-related issues when making a request, or when attempting to refresh the access token.
             * @example working
             * @enum {string}
             */
            status: "created" | "working" | "bad_credentials";
            oauth2AuthorizationCode?: components["schemas"]["Oauth2AuthorizationCodeTokensOnly"];
            /**
             * @description The API key used while making the connection.
             * @example api-key-123
             */
            apiKey?: string;
            providerMetadata?: components["schemas"]["ProviderMetadata"];
        };
        /** OAuth2 AuthorizationCode Token */
        Oauth2AuthorizationCodeTokensOnly: {
            /** @description The access token for the connection. */
            accessToken?: {
                token: string;
                /**
                 * Format: date-time
                 * @example 2024-04-22T18:55:28.456076Z
                 */
                issuedAt?: string;
                /**
                 * Format: date-time
                 * @example 2024-10-22T18:55:28.456076Z
                 */
                expiresAt?: string;
            };
            /** @description The refresh token to use for the connection. */
            refreshToken?: {
                token: string;
                /**
                 * Format: date-time
                 * @example 2024-04-22T18:55:28.456076Z
                 */
                issuedAt?: string;
                /**
                 * Format: date-time
                 * @example 2024-10-22T18:55:28.456076Z
                 */
                expiresAt?: string;
            };
            /** @description The scopes for the tokens. */
            scopes?: string[];
        };
        /** OAuth2 Authorization Code */
        Oauth2AuthorizationCode: {
            /** @description The access token for the connection. */
            accessToken?: {
                token: string;
                /** Format: date-time */
                expiresAt?: string;
                /** Format: date-time */
                issuedAt?: string;
            };
            /** @description The refresh token to use for the connection. */
            refreshToken?: {
                token: string;
                /** Format: date-time */
                expiresAt?: string;
                /** Format: date-time */
                issuedAt?: string;
            };
            /** @description The scopes for the tokens. */
            scopes?: string[];
        };
        /**
         * Update Connection Request
         * @description Specify which fields to update in `updateMask` and provide corresponding values in `connection`. Fields in `connection` not listed in `updateMask` are ignored.
         */
        UpdateConnectionRequest: {
            /**
             * @description Fields to update. Each entry must have a corresponding value in `connection`. Credential fields (`apiKey`, `basicAuth`, `oauth2ClientCredentials`, `oauth2PasswordCredentials`) must match the connection's existing auth scheme.
             * @example [
             *       "apiKey"
             *     ]
             */
            updateMask: ("providerWorkspaceRef" | "providerMetadata" | "apiKey" | "basicAuth" | "oauth2ClientCredentials" | "oauth2PasswordCredentials")[];
            connection: components["schemas"]["ConnectionRequest"];
        };
        /** Connection Request Body */
        ConnectionRequest: {
            /** @description The ID of the provider workspace that this connection belongs to. */
            providerWorkspaceRef?: string;
            providerMetadata?: components["schemas"]["ProviderMetadata"];
            /** @description The name of the user group that has access to this installation. */
            groupName?: string;
            /**
             * @description The ID of the user group that has access to this installation.
             * @example group-123
             */
            groupRef?: string;
            /** @description The name of the consumer that has access to this installation. */
            consumerName?: string;
            /** @description The consumer reference. */
            consumerRef?: string;
            /** @description The provider name (e.g. "salesforce", "hubspot") */
            provider?: string;
            /** @description The API key to use for the connection. */
            apiKey?: string;
            /**
             * @description Values used for custom auth input variables. Most values are strings (API keys, tokens, etc.), but structured values like arrays are also accepted — for example, googleWorkspaceDelegation sends a `scopes` array alongside the service account key.
             * @example {
             *       "serviceAccountKey": "base64encodedkey",
             *       "scopes": [
             *         "https://www.googleapis.com/auth/calendar",
             *         "https://mail.google.com/"
             *       ]
             *     }
             */
            customAuth?: {
                [key: string]: unknown;
            };
            basicAuth?: {
                /** @description The username to use for the connection. */
                username: string;
                /** @description The password to use for the connection. */
                password: string;
            };
            oauth2ClientCredentials?: {
                /** @description The client ID to use for the connection. */
                clientId: string;
                /** @description The client secret to use for the connection. */
                clientSecret: string;
                /** @description The scopes for the tokens. */
                scopes?: string[];
            };
            oauth2PasswordCredentials?: {
                /** @description The username to use for the connection. */
                username: string;
                /** @description The password to use for the connection. */
                password: string;
                /** @description The client ID to use for the connection. */
                clientId: string;
                /** @description The client secret to use for the connection. */
                clientSecret: string;
                /** @description The scopes for the tokens. */
                scopes?: string[];
            };
            oauth2AuthorizationCode?: components["schemas"]["Oauth2AuthorizationCode"];
        };
        /** Generate Connection Request */
        GenerateConnectionRequest: components["schemas"]["ConnectionRequest"] & Record<string, unknown>;
        /** Group */
        Group: {
            /**
             * @description The ID of the user group that has access to this installation.
             * @example group-123
             */
            groupRef: string;
            /**
             * @description The name of the user group that has access to this installation.
             * @example Super Customer
             */
            groupName: string;
            /**
             * @description The Ampersand project ID.
             * @example project-456
             */
            projectId: string;
            /**
             * Format: date-time
             * @description The time the group was created.
             * @example 2023-07-13T21:34:44.816354Z
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the group was last updated.
             * @example 2023-07-13T21:34:44.816354Z
             */
            updateTime?: string;
        };
        /** Consumer */
        Consumer: {
            /**
             * @description The consumer reference.
             * @example consumer-123
             */
            consumerRef: string;
            /**
             * @description The name of the consumer.
             * @example Super Customer
             */
            consumerName: string;
            /**
             * @description The Ampersand project ID.
             * @example project-456
             */
            projectId: string;
            /**
             * Format: date-time
             * @description The time the consumer was created.
             * @example 2023-07-13T21:34:44.816354Z
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the consumer was last updated.
             * @example 2023-07-13T21:34:44.816354Z
             */
            updateTime?: string;
        };
        /** Operation */
        Operation: {
            /**
             * @description The Ampersand project ID.
             * @example 123e4567-e89b-12d3-a456-426614174000
             */
            projectId: string;
            /** @description The integration ID. */
            integrationId: string;
            /**
             * @description The config ID.
             * @example a1b2c3d4-e5f6-4789-a012-3456789abcde
             */
            configId: string;
            /**
             * @description The type of action that was performed (`read`, `write`, or `subscribe`).
             * @example read
             */
            actionType: string;
            /** @description Unique identifier for this operation. Use this to fetch operation details or list logs for debugging. */
            id: string;
            /** @description The Ampersand installation ID (customer instance) that this operation ran for. */
            installationId: string;
            /**
             * @description The status of the operation.
             *     - `success`: The operation completed successfully
             *     - `failure`: The operation failed
             *     - `in_progress`: The operation is currently running
             * @example success
             */
            status: string;
            /**
             * @description A human-readable summary of what the operation accomplished. Examples: `[contact] No new data found`, `Batch write completed (3 succeeded, 1 failed)`. May be absent.
             * @example [contact] No new data found
             */
            result?: string;
            /**
             * @description Additional operation details (e.g. objects, retry info, read progress, successfulRecordIds).
             * @example {
             *       "objects": [
             *         "contact"
             *       ],
             *       "progress": {
             *         "installationId": "66438162-5299-4669-a41d-85c5a3b1a83e",
             *         "objectName": "contact",
             *         "operationId": "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
             *         "recordsProcessed": 1250,
             *         "recordsEstimatedTotal": 5000
             *       }
             *     }
             */
            metadata?: {
                objects?: string[];
                retry?: {
                    attempts?: number;
                    /** Format: date-time */
                    lastAttempt?: string;
                    /** Format: date-time */
                    lastNotified?: string;
                };
                /** @description Read progress for the operation, reporting records processed and, where available, the estimated total. Present for all read operations. */
                progress?: {
                    installationId?: string;
                    objectName?: string;
                    operationId?: string;
                    recordsProcessed?: number;
                    /** @description Only present for some providers (e.g. Salesforce, HubSpot). */
                    recordsEstimatedTotal?: number;
                };
                /** @description Provider-assigned IDs of successfully created or updated records. Only present for write operations. */
                successfulRecordIds?: string[];
            };
            /**
             * Format: date-time
             * @description The time the operation was created.
             * @example 2023-07-13T21:34:44.816354Z
             */
            createTime?: string;
        };
        /** BackfillProgress */
        BackfillProgress: {
            /** @description The installation ID. */
            installationId: string;
            /** @description The object being synced (e.g., contact, account). */
            objectName: string;
            /** @description The ID of the backfill operation. */
            operationId: string;
            /**
             * @description The number of records processed so far. Updates as more records are read during the backfill.
             * @example 1250
             */
            recordsProcessed: number;
            /**
             * @description The estimated total number of records to process. Only present for Salesforce and HubSpot; other connectors omit this field.
             * @example 5000
             */
            recordsEstimatedTotal?: number;
            /**
             * Format: date-time
             * @description When the backfill operation started.
             */
            createTime?: string;
            /**
             * Format: date-time
             * @description When progress was last updated.
             */
            updateTime?: string;
        };
        /** Log */
        Log: {
            /**
             * @description The time the log was created.
             * @example 2023-07-13T21:34:44.816354Z
             */
            timestamp: string;
            /** @description The log message object. */
            message: {
                /**
                 * @description The use-readable message.
                 * @example This is a log message
                 */
                msg: string;
                /** @description The error message, if there has been an error. */
                error?: string;
                /** @description The operation ID. */
                operation_id?: string;
                /**
                 * @description The details of the log.
                 * @example {
                 *       "request": "GET /api/v1/users"
                 *     }
                 */
                details?: {
                    [key: string]: string;
                };
            } & {
                [key: string]: unknown;
            };
            /**
             * @description The severity of the log.
             * @example DEBUG
             */
            severity: string;
        };
        /** Signed URL */
        SignedUrl: {
            /** @description The signed URL to upload the zip file to. */
            url: string;
            /** @description The bucket (will match the bucket part of the url). */
            bucket: string;
            /** @description The path (will match the path part of the url). */
            path: string;
        };
        /**
         * API Key Scopes
         * @description The scopes for the API key.
         */
        ApiKeyScopes: string[];
        /** API Key Request */
        ApiKeyRequest: {
            /**
             * @description A short name for the API key.
             * @example MailMonkey API Key
             */
            label: string;
            scopes?: components["schemas"]["ApiKeyScopes"];
        };
        /** API Key */
        ApiKey: {
            /**
             * @description The API key.
             * @example api-key-123
             */
            key: string;
            /**
             * @description A short name for the API key.
             * @example MailMonkey API Key
             */
            label: string;
            scopes: components["schemas"]["ApiKeyScopes"];
            /**
             * @description The project ID.
             * @example my-project
             */
            projectId: string;
            /**
             * @description Whether the API key is active.
             * @example true
             */
            active?: boolean;
        };
        /** Patch API Key Request */
        PatchApiKeyRequest: {
            /**
             * @description Array of field paths specifying which fields to update. Allowed values include:
             *     - active
             *     - label
             *     - scopes
             * @example [
             *       "active",
             *       "label"
             *     ]
             */
            updateMask: string[];
            apiKey: {
                /**
                 * @description A short name for the API key.
                 * @example MailMonkey API Key
                 */
                label?: string;
                /**
                 * @description Whether the API key is active.
                 * @example true
                 */
                active?: boolean;
                scopes?: components["schemas"]["ApiKeyScopes"];
            };
        };
        /**
         * Webhook Headers
         * @description Additional headers to add when Ampersand sends a webhook message
         * @example {
         *       "Authorization": "Bearer 1234"
         *     }
         */
        WebhookHeaders: {
            [key: string]: string;
        } | null;
        /** Invite */
        Invite: {
            /** @description The invite ID. */
            id: string;
            /** @description The email address of the person invited. */
            invitedEmail: string;
            /**
             * @description The type of entity that the person is invited to.
             * @enum {string}
             */
            parentType: "org";
            /** @description The ID of the parent (e.g. org ID). */
            parentId: string;
            /**
             * @description The status of the invite.
             * @enum {string}
             */
            status: "pending" | "accepted" | "revoked" | "expired";
            /**
             * Format: date-time
             * @description The time the invite was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time the invite was updated.
             */
            updateTime?: string;
        };
        /** Builder */
        Builder: {
            /**
             * @description The builder ID.
             * @example builder-id-123
             */
            id: string;
            /**
             * @description The identity provider
             * @example clerk
             */
            idpProvider: string;
            /** @description ID used by the identity provider */
            idpRef: string;
            /**
             * Format: date-time
             * @description The time that the builder joined Ampersand.
             */
            createTime: string;
            firstName?: string;
            lastName?: string;
            fullName?: string;
            primaryEmail?: string;
        };
        /** Billing Account */
        BillingAccount: {
            /**
             * @description The billing account ID.
             * @example billing-account-123
             */
            id: string;
            /**
             * @description The display name of the billing account.
             * @example Acme Inc
             */
            displayName: string;
            /**
             * @description The billing provider that this account is associated with.
             * @example stripe
             */
            billingProvider: string;
            /**
             * @description The ID used by the billing provider to identify the account.
             * @example acct_1J2k3l4m5n6o7p8q9r0s
             */
            billingProviderRef: string;
            /**
             * Format: date-time
             * @description The time the billing account was created.
             */
            createTime?: string;
            /**
             * Format: date-time
             * @description The time the billing account was last updated.
             */
            updateTime?: string;
        };
        /** Builder Info */
        BuilderInfo: {
            builder: components["schemas"]["Builder"];
            /** @description A map of project IDs to project roles for the builder. */
            projectRoles: {
                [key: string]: {
                    /**
                     * @description The role of the builder in the project.
                     * @example admin
                     */
                    role: string;
                    /**
                     * @description The type of the principal.
                     * @enum {string}
                     */
                    principalType: "team" | "builder";
                    /**
                     * @description The ID of the team or builder.
                     * @example builder-id-123
                     */
                    principalId: string;
                    project: components["schemas"]["Project"];
                };
            };
            orgRole?: {
                /**
                 * @description The role of the builder in the org.
                 * @example admin
                 */
                role: string;
                /**
                 * @description The type of the principal.
                 * @enum {string}
                 */
                principalType: "team" | "builder";
                /**
                 * @description The ID of the team or builder.
                 * @example builder-id-123
                 */
                principalId: string;
                org: components["schemas"]["Org"];
            };
        };
        /** Object Metadata */
        ObjectMetadata: {
            /**
             * @description The provider name of the object
             * @example contact
             */
            name: string;
            /**
             * @description Human-readable name of the object
             * @example Contact
             */
            displayName?: string;
            /**
             * @description The mapped name of the object as defined in your integration config, if a mapping was applied. Only present when using the installation-scoped metadata endpoint.
             * @example people
             */
            mappedObjectName?: string;
            /** @description Map of field metadata keyed by field name */
            fields: {
                [key: string]: components["schemas"]["FieldMetadata"];
            };
        };
        /** Provider Metadata */
        ProviderMetadata: {
            [key: string]: components["schemas"]["ProviderMetadataInfo"];
        };
        /** Provider Metadata Info */
        ProviderMetadataInfo: {
            /**
             * @description The value of the metadata field
             * @example 1234567890
             */
            value: string;
            /**
             * @description The source of the metadata field
             * @example input
             * @enum {string}
             */
            source: "input" | "token" | "provider";
            /**
             * @description The human-readable name for the field
             * @example Account ID
             */
            displayName?: string;
        };
        /** Pagination Information */
        PaginationInfo: {
            /**
             * @description If set to true, this is the last page of results for the given operation. There are no more results & there will be no nextPageToken sent when done is true.
             * @example false
             */
            done: boolean;
            /**
             * @description If present, set this value against your 'pageToken' query parameter in the next API call, which will retrieve the next set of results.
             * @example Q9JT+2qfys28V4ODN+UayA==
             */
            nextPageToken?: string;
        };
        /**
         * @description Array of field paths specifying which fields to update.
         *     Uses dot notation for nested fields (e.g., "config.revision", "metadata.tags").
         *
         *     **Field Path Rules:**
         *     - Use dot notation for nested objects: `parent.child.field`
         *     - Escape special characters: `field\.with\.dots`, `field\:with\:colons`
         *     - Array elements not directly addressable
         *     - Object names can be specified directly (e.g., "config.content.read.objects.contacts")
         *     - The * operator in paths like "config.content.read.objects.*" allows you to specify any object name
         *       - Example: "config.content.read.objects.*" pattern allows "config.content.read.objects.contacts", "config.content.read.objects.leads", etc.
         * @example [
         *       "name",
         *       "config.content.read.objects.contacts",
         *       "config.content.write.objects.leads"
         *     ]
         */
        UpdateMask: string[];
        CreateJWTKeyRequest: {
            /**
             * @description Human-readable label for the JWT key
             * @example production-key-1
             */
            label: string;
            /**
             * @description The cryptographic JWT signing algorithm (currently only RS256 is supported)
             * @example RS256
             * @enum {string}
             */
            algorithm: "RS256";
            /**
             * Format: pem
             * @description RSA public key in PEM format for JWT signature verification
             * @example -----BEGIN PUBLIC KEY-----
             *     MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem/V41
             *     fGnJm6gOdrj8ym3rFkEjWT2btf2QisEgQG5WQwTfEUvUNR8JW5FQ0mKJ5I4LhXq6
             *     V5gN6kSKs2cUdD8Ky7Lj7kqn6I3l3r3F2fK9MFjZ8tU5z4z4yHdF6W2C3k5vf3f
             *     -----END PUBLIC KEY-----
             */
            publicKeyPem: string;
        };
        JWTKeyResponse: {
            /**
             * Format: uuid
             * @description The unique key identifier (key ID) for the created JWT key
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            kid: string;
        };
        JWTKey: {
            /**
             * Format: uuid
             * @description Unique identifier for the JWT key
             * @example 550e8400-e29b-41d4-a716-446655440000
             */
            id: string;
            /**
             * Format: uuid
             * @description The project this JWT key belongs to
             * @example 123e4567-e89b-12d3-a456-426614174000
             */
            projectId: string;
            /**
             * @description Human-readable name for the JWT key
             * @example production-key-1
             */
            label: string;
            /**
             * @description The cryptographic algorithm used
             * @example RSA
             * @enum {string}
             */
            algorithm: "RSA";
            /**
             * Format: pem
             * @description RSA public key in PEM format
             * @example -----BEGIN PUBLIC KEY-----
             *     MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4f5wg5l2hKsTeNem/V41
             *     -----END PUBLIC KEY-----
             */
            publicKeyPem: string;
            /**
             * @description Whether the JWT key is currently active and can be used for verification
             * @example true
             */
            active: boolean;
            /**
             * Format: date-time
             * @description Timestamp when the JWT key was created
             * @example 2024-01-15T10:30:00Z
             */
            createTime: string;
            /**
             * Format: date-time
             * @description Timestamp when the JWT key was last updated
             * @example 2024-01-15T10:30:00Z
             */
            updateTime: string;
        };
        PatchJWTKeyRequest: {
            /**
             * @description List of field paths to update (currently supports 'active' and 'name')
             * @example [
             *       "active",
             *       "label"
             *     ]
             */
            updateMask: ("active" | "label")[];
            /**
             * @description Object containing the fields to update with their new values
             * @example {
             *       "active": false,
             *       "name": "updated-key-name"
             *     }
             */
            jwtKey: {
                /**
                 * @description New active status for the JWT key
                 * @example false
                 */
                active?: boolean;
                /**
                 * @description New label for the JWT key
                 * @example updated-key-name
                 */
                label?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description Request payload for upserting metadata (fields only) */
        UpsertMetadataRequest: {
            /**
             * @description The ID that your app uses to identify the group of users for this request.
             * @example group-123
             */
            groupRef: string;
            /** @description Maps object names to field definitions */
            fields: {
                [key: string]: components["schemas"]["FieldDefinition"][];
            };
        };
        /** @description Response containing results for all created/updated fields */
        UpsertMetadataResponse: {
            /** @description Indicates if the upsert operation was successful */
            success: boolean;
            /** @description Maps object name -> field name -> upsert result */
            fields: {
                [key: string]: {
                    [key: string]: components["schemas"]["FieldUpsertResult"];
                };
            };
        };
        /** @description Field definition for creating or updating custom fields */
        FieldDefinition: {
            /**
             * @description The identifier of the field
             * @example My_Custom_Field
             */
            fieldName: string;
            /**
             * @description The human-readable name of the field
             * @example My Custom Field
             */
            displayName: string;
            /** @description Optional description of the field */
            description?: string;
            /**
             * @description The data type of the field. Valid values are string, boolean, date, datetime, singleSelect, multiSelect, int, float, reference
             * @example string
             */
            valueType: string;
            /** @description Indicates if the field is required */
            required?: boolean;
            /** @description Indicates if the field must be unique across all records */
            unique?: boolean;
            /** @description Indicates if the field should be indexed for faster search */
            indexed?: boolean;
            stringOptions?: components["schemas"]["StringFieldOptions"];
            numericOptions?: components["schemas"]["NumericFieldOptions"];
            association?: components["schemas"]["AssociationDefinition"];
        };
        /** @description Additional options for string fields */
        StringFieldOptions: {
            /** @description Maximum length of the string field */
            length?: number;
            /** @description Regex pattern that the string field value must match */
            pattern?: string;
            /** @description List of allowed values for enum fields */
            values?: string[];
            /** @description Indicates if the field value must be limited to what's in Values */
            valuesRestricted?: boolean;
            /** @description Default value for the field */
            defaultValue?: string;
        };
        /** @description Additional options for numeric fields */
        NumericFieldOptions: {
            /** @description Total number of digits (for decimal types) */
            precision?: number;
            /** @description Number of digits to the right of the decimal point (for decimal types) */
            scale?: number;
            /** @description Minimum value for numeric fields */
            min?: number;
            /** @description Maximum value for numeric fields */
            max?: number;
            /** @description Default value for the field */
            defaultValue?: number;
        };
        /** @description Relationship information for a field to another object */
        AssociationDefinition: {
            /**
             * @description High-level association variety (e.g., 'foreignKey', 'lookup', 'ref')
             * @example foreignKey
             */
            associationType: string;
            /**
             * @description Name of the referenced/parent object
             * @example Account
             */
            targetObject: string;
            /** @description Name of the referenced field on the target object */
            targetField?: string;
            /**
             * @description Association cardinality from the referencing field's perspective
             * @example many-to-one
             */
            cardinality?: string;
            /**
             * @description Behavior upon foreign object deletion
             * @example setNull
             */
            onDelete?: string;
            /** @description If true, a referenced record must exist */
            required?: boolean;
            /** @description Optional inverse relationship/property name exposed on the target object */
            reverseLookupFieldName?: string;
            labels?: components["schemas"]["AssociationLabels"];
        };
        /** @description UI labels for an association */
        AssociationLabels: {
            /** @description Singular display label */
            singular?: string;
            /** @description Plural display label */
            plural?: string;
        };
        /** @description Result of an upsert operation for a single field */
        FieldUpsertResult: {
            /** @description Name of the field */
            fieldName: string;
            /** @description Action taken (create, update, none) */
            action: string;
            /** @description Provider-specific metadata about the field */
            metadata?: {
                [key: string]: unknown;
            };
            /** @description Warnings that occurred during the upsert operation */
            warnings?: string[];
        };
        ClaimedDomainResponse: {
            /**
             * @description Unique identifier for the claimed domain
             * @example 00000000-0000-0000-0000-000000000001
             */
            id: string;
            /**
             * @description Type of the parent entity that claimed the domain
             * @example org
             */
            parentType: string;
            /**
             * @description ID of the parent entity that claimed the domain
             * @example 00000000-0000-0000-0000-000000000001
             */
            parentId: string;
            /**
             * @description The normalized domain name
             * @example xyz.com
             */
            domain: string;
        };
        /** Topic */
        Topic: {
            /** @description The topic ID. */
            id: string;
            /**
             * @description The name of the topic. Must contain only letters, numbers, and dashes.
             * @example system-alerts
             */
            name: string;
            /** @description The Ampersand project ID. */
            projectId: string;
            /**
             * Format: date-time
             * @description The time when the topic was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time when the topic was last updated.
             */
            updateTime?: string;
        };
        /** Notification Event Topic Route */
        NotificationEventTopicRoute: {
            /** @description The event-topic route ID. */
            id: string;
            eventType: components["schemas"]["NotificationEventType"];
            /** @description The ID of the topic to route events to. */
            topicId: string;
            /** @description The Ampersand project ID. */
            projectId: string;
            /**
             * Format: date-time
             * @description The time when the event-topic route was created.
             */
            createTime: string;
            /**
             * Format: date-time
             * @description The time when the event-topic route was last updated.
             */
            updateTime?: string;
        };
        /**
         * @description The type of notification event.
         * @enum {string}
         */
        NotificationEventType: "connection.created" | "connection.error" | "connection.refreshed" | "connection.updated" | "connection.deleted" | "installation.created" | "installation.updated" | "installation.deleted" | "read.schedule.paused" | "read.backfill.done" | "read.triggered.done" | "read.triggered.error" | "write.async.done" | "subscribe.create.error" | "destination.webhook.disabled";
        /** Topic Destination Route */
        TopicDestinationRoute: {
            /** @description The topic destination route ID. */
            id: string;
            /** @description The ID of the topic. */
            topicId: string;
            /** @description The ID of the destination. */
            destinationId: string;
            /** @description The Ampersand project ID. */
            projectId: string;
            /**
             * Format: date-time
             * @description The time when the topic destination route was created.
             */
            createTime: string;
        };
        /**
         * Problem
         * @description A Problem Details object (RFC 9457).
         *
         *     Additional properties specific to the problem type may be present.
         * @example {
         *       "type": "urn:problem-type:exampleOrganization:exampleProblem",
         *       "href": "https://www.belgif.be/specification/rest/api-guide/#standardized-problem-types",
         *       "title": "Description of the type of problem that occurred",
         *       "status": 400,
         *       "detail": "Description of specific occurrence of the problem",
         *       "instance": "urn:uuid:123e4567-e89b-12d3-a456-426614174000"
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description An absolute URI that identifies the problem type
             * @default about:blank
             */
            type?: string;
            /**
             * Format: uri
             * @description An absolute URI that, when dereferenced, provides human-readable documentation for the problem type (e.g. using HTML).
             */
            href?: string;
            /**
             * @description A short summary of the problem type. Written in English and readable for engineers (usually not suited for non technical stakeholders and not localized).
             * @example Service Unavailable
             */
            title?: string;
            /**
             * Format: int32
             * @description The HTTP status code generated by the origin server for this occurrence of the problem.
             * @example 503
             */
            status?: number;
            /** @description A human-readable explanation specific to this occurrence of the problem */
            detail?: string;
            /**
             * Format: uri
             * @description An absolute URI that identifies the specific occurrence of the problem. It may or may not yield further information if dereferenced.
             */
            instance?: string;
        };
        /** API Problem */
        ApiProblem: {
            /**
             * @description The subsystem that generated the problem
             * @example api
             */
            subsystem?: string;
            /**
             * Format: date-time
             * @description The time the problem occurred, formatted as RFC-3339
             * @example 2024-04-22T18:55:28.456076Z
             */
            time?: string;
            /**
             * @description A unique identifier for the request, useful for debugging
             * @example 89eb1ffb-2a54-4105-aaae-7bf990f1aa69#87715
             */
            requestId?: string;
            /**
             * @description A list of problems that caused this problem. This can be used to represent multiple
             *     root causes. There is no guaranteed ordering of the causes.
             * @example [
             *       "database connection failed",
             *       "database query failed",
             *       "unable to fetch user"
             *     ]
             */
            causes?: string[];
            /**
             * @description A brief description of how to resolve the problem
             * @example Shorten your input to be under 100 characters
             */
            remedy?: string;
            /**
             * Format: email
             * @description An email address to contact for support
             * @example support@withampersand.com
             */
            supportEmail?: string;
            /**
             * @description A phone number to contact for support
             * @example +1-555-555-5555
             */
            supportPhone?: string;
            /**
             * Format: uri
             * @description A URL to contact for support
             * @example https://withampersand.com/support
             */
            supportUrl?: string;
            /**
             * @description Whether the request can be retried
             * @example false
             */
            retryable?: boolean;
            /**
             * Format: date-time
             * @description A timestamp after which the request can be retried, formatted as RFC-3339
             * @example 2024-04-22T18:55:28.456076Z
             */
            retryAfter?: string;
            /**
             * @description Additional context for the problem
             * @example {
             *       "name": "Rick Sanchez"
             *     }
             */
            context?: {
                [key: string]: unknown;
            };
        } & components["schemas"]["Problem"];
        /**
         * Input Validation Issue
         * @description An issue detected during input validation.
         */
        InputValidationIssue: {
            /**
             * @description The location of the invalid input
             * @enum {string}
             */
            in?: "body" | "header" | "path" | "query";
            /** @description The name of the invalid input */
            name?: string;
            /** @description The value of the erroneous input */
            value?: unknown;
        } & components["schemas"]["ApiProblem"];
        /**
         * Input Validation Problem
         * @example {
         *       "type": "about:blank",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "The input message is incorrect",
         *       "instance": "123456-1234-1235-4567489798",
         *       "issues": [
         *         {
         *           "type": "about:blank",
         *           "detail": "exampleNumericProperty should be numeric",
         *           "in": "path",
         *           "name": "exampleNumericProperty",
         *           "value": "abc"
         *         },
         *         {
         *           "type": "about:blank",
         *           "title": "Input isn't valid with respect to schema",
         *           "detail": "examplePropertyWithPattern a2345678901 doesn't match pattern '^\\d{11}$'",
         *           "in": "body",
         *           "name": "items[0].examplePropertyWithPattern",
         *           "value": "a2345678901"
         *         }
         *       ]
         *     }
         */
        InputValidationProblem: {
            issues?: components["schemas"]["InputValidationIssue"][];
        } & components["schemas"]["ApiProblem"];
        /** Integration Field Existent */
        IntegrationFieldExistent: {
            fieldName: string;
            /**
             * @description The field name to map to.
             * @example account_id
             */
            mapToName?: string;
            /**
             * @description The display name to map to.
             * @example Account ID
             */
            mapToDisplayName?: string;
        };
        /** Integration Field Mapping */
        IntegrationFieldMapping: {
            mapToName: string;
            mapToDisplayName?: string;
            default?: string;
            prompt?: string;
        };
        /** Integration Field */
        IntegrationField: components["schemas"]["IntegrationFieldExistent"] | components["schemas"]["IntegrationFieldMapping"];
        /**
         * Optional Fields Auto Option
         * @enum {string}
         */
        OptionalFieldsAutoOption: "all";
        /** Default Period */
        DefaultPeriod: {
            /**
             * @description Number of days in past to backfill from. 0 is no backfill. e.g) if 10, then backfill last 10 days of data. Required if fullHistory is not set.
             * @example 30
             */
            days?: number;
            /**
             * @description If true, backfill all history. Required if days is not set.
             * @example false
             */
            fullHistory?: boolean;
        };
        /** Backfill */
        Backfill: {
            defaultPeriod: components["schemas"]["DefaultPeriod"];
        };
        /** Delivery */
        Delivery: {
            /**
             * @description The data delivery mode for this object. If not specified, defaults to automatic.
             * @default auto
             * @enum {string}
             */
            mode?: "onRequest" | "auto";
            /** @description The number of records to receive per data delivery. */
            pageSize?: number;
        };
        /** Integration Object */
        IntegrationObject: {
            objectName: string;
            destination: string;
            schedule: string;
            /**
             * @description An object name to map to.
             * @example people
             */
            mapToName?: string;
            /**
             * @description A display name to map to.
             * @example People
             */
            mapToDisplayName?: string;
            requiredFields?: components["schemas"]["IntegrationField"][];
            optionalFields?: components["schemas"]["IntegrationField"][];
            optionalFieldsAuto?: components["schemas"]["OptionalFieldsAutoOption"];
            backfill?: components["schemas"]["Backfill"];
            delivery?: components["schemas"]["Delivery"];
            /**
             * @description If set to `always`, Ampersand reads this object for every installation even if the customer never selects it (or it isn't present) in the installation config.
             * @enum {string}
             */
            enabled?: "always";
        };
        /** Read Integration */
        IntegrationRead: {
            objects?: components["schemas"]["IntegrationObject"][];
        };
        /**
         * Value Defaults
         * @description Configuration to set default write values for object fields.
         */
        ValueDefaults: {
            /**
             * @description If true, users can set default values for any field.
             * @example true
             */
            allowAnyFields?: boolean;
        };
        /** Integration Write Object */
        IntegrationWriteObject: {
            objectName: string;
            /**
             * @description If true, the write object will inherit the mapping from the read object. If false, the write object will have no mapping.
             * @example true
             */
            inheritMapping?: boolean;
            valueDefaults?: components["schemas"]["ValueDefaults"];
        };
        /** Write Integration */
        IntegrationWrite: {
            objects?: components["schemas"]["IntegrationWriteObject"][];
        };
        /** Proxy Integration */
        IntegrationProxy: {
            enabled?: boolean;
            /** @description Default is false. If this is set to true, the base URL for the proxy action will be the module's base URL. Otherwise, it is assumed that the base URL is the provider's root base URL. */
            useModule?: boolean;
        };
        CreateEvent: {
            /**
             * @description If always, the integration will subscribe to create events by default.
             * @enum {string}
             */
            enabled?: "always";
        };
        UpdateEvent: {
            /**
             * @description If always, the integration will subscribe to update events by default.
             * @enum {string}
             */
            enabled?: "always";
            /**
             * @description If `all`, the integration will watch all fields for updates. If `selected`, the integration will watch only the fields that are selected by the user. If `inheritFieldsAndMapping` is true for Subscribe action, the integration will watch the selected fields from read action that are selected by the user.
             * @example all
             * @enum {string}
             */
            watchFieldsAuto?: "all" | "selected";
            requiredWatchFields?: string[];
        };
        DeleteEvent: {
            /**
             * @description If always, the integration will subscribe to delete events by default.
             * @enum {string}
             */
            enabled?: "always";
        };
        AssociationChangeEvent: {
            /**
             * @description If always, the integration will subscribe to association change events.
             * @enum {string}
             */
            enabled?: "always";
            /** @description If true, the integration will include full records in the event payload. */
            includeFullRecords?: boolean;
        };
        OtherEvents: string[];
        /** Integration Subscribe Object */
        IntegrationSubscribeObject: {
            objectName: string;
            destination: string;
            /**
             * @description If true, the integration will inherit the fields and mapping from the read object.
             * @example true
             */
            inheritFieldsAndMapping?: boolean;
            createEvent?: components["schemas"]["CreateEvent"];
            updateEvent?: components["schemas"]["UpdateEvent"];
            deleteEvent?: components["schemas"]["DeleteEvent"];
            associationChangeEvent?: components["schemas"]["AssociationChangeEvent"];
            otherEvents?: components["schemas"]["OtherEvents"];
        };
        /** Subscribe Integration */
        IntegrationSubscribe: {
            objects?: components["schemas"]["IntegrationSubscribeObject"][];
        };
        /**
         * Field Created Event
         * @description Configuration for detecting when new fields are created.
         */
        FieldCreatedEvent: {
            /**
             * @description If always, the integration will monitor for new fields by default.
             * @enum {string}
             */
            enabled: "always";
        };
        /**
         * Field Deleted Event
         * @description Configuration for detecting when fields are deleted.
         */
        FieldDeletedEvent: {
            /**
             * @description If always, the integration will monitor for deleted fields by default.
             * @enum {string}
             */
            enabled: "always";
        };
        /**
         * Field Changed Event
         * @description Configuration for detecting when fields are changed.
         */
        FieldChangedEvent: {
            /**
             * @description If always, the integration will monitor for field changes by default.
             * @enum {string}
             */
            enabled: "always";
        };
        /**
         * Watch Schema All Objects
         * @description Schema change event configuration for all objects in the integration.
         */
        WatchSchemaAllObjects: {
            fieldCreated?: components["schemas"]["FieldCreatedEvent"];
            fieldDeleted?: components["schemas"]["FieldDeletedEvent"];
            fieldChanged?: components["schemas"]["FieldChangedEvent"];
        };
        /**
         * Provider schema watch
         * @description Configuration for monitoring provider schema changes.
         */
        WatchSchema: {
            /**
             * @description The destination to send schema change notifications to.
             * @example fieldWatchStream
             */
            destination: string;
            /**
             * @description Cron schedule for checking schema changes. Minimum frequency is once per hour. Defaults to once a day.
             * @default 0 *\/24 * * *
             * @example 0 *\/6 * * *
             */
            schedule?: string;
            allObjects: components["schemas"]["WatchSchemaAllObjects"];
        };
        /** Integration */
        "Integration-2": {
            name: string;
            provider: string;
            displayName?: string;
            module?: string;
            read?: components["schemas"]["IntegrationRead"];
            write?: components["schemas"]["IntegrationWrite"];
            proxy?: components["schemas"]["IntegrationProxy"];
            subscribe?: components["schemas"]["IntegrationSubscribe"];
            watchSchema?: components["schemas"]["WatchSchema"];
        };
        HydratedIntegrationFieldExistent: {
            /** @example billingcity */
            fieldName: string;
            /** @example Billing City */
            displayName: string;
            /**
             * @description The field name to map to in the destination.
             * @example billing_city
             */
            mapToName?: string;
            /**
             * @description The display name to map to in the destination.
             * @example Billing City
             */
            mapToDisplayName?: string;
        };
        /** Hydrated Integration Field */
        HydratedIntegrationField: components["schemas"]["HydratedIntegrationFieldExistent"] | components["schemas"]["IntegrationFieldMapping"];
        /**
         * Field Value
         * @description Represents a field value
         */
        FieldValue: {
            /**
             * @description The internal value used by the system
             * @example outbound
             */
            value: string;
            /**
             * @description The human-readable display value
             * @example Outbound Campaign
             */
            displayValue: string;
        };
        /**
         * Field Metadata
         * @description Metadata about a field. Please note that different providers have different levels of support for field metadata. Please reach out to support@withampersand.com if need expanded support for a particular provider.
         */
        FieldMetadata: {
            /**
             * @description The name of the field from the provider API.
             * @example accountid
             */
            fieldName: string;
            /**
             * @description The display name of the field from the provider API.
             * @example Account ID
             */
            displayName: string;
            /**
             * @description A normalized field type
             * @enum {string}
             */
            valueType?: "string" | "boolean" | "singleSelect" | "multiSelect" | "date" | "datetime" | "int" | "float" | "reference" | "other";
            /**
             * @description Raw field type from the provider API.
             * @example timestamp
             */
            providerType?: string;
            /**
             * @description Whether the field is read-only.
             * @example false
             */
            readOnly?: boolean;
            /**
             * @description Whether the field is custom field.
             * @example false
             */
            isCustom?: boolean;
            /**
             * @description Whether the field is required when creating a new record.
             * @example false
             */
            isRequired?: boolean;
            /** @description The list of object types this field references. Only applicable if the providerType is a lookup/reference field. */
            referenceTo?: string[];
            /** @description If the valueType is singleSelect or multiSelect, this is a list of possible values */
            values?: components["schemas"]["FieldValue"][];
        };
        /** Hydrated Integration Object */
        HydratedIntegrationObject: {
            /** @description Error message if there was an issue hydrating this object. */
            error?: string;
            /** @example account */
            objectName: string;
            /** @example Account */
            displayName: string;
            /**
             * @description An object name to map to.
             * @example accounts
             */
            mapToName?: string;
            /**
             * @description A display name to map to.
             * @example Accounts
             */
            mapToDisplayName?: string;
            /** @example accountWebhook */
            destination: string;
            /** @example *\/10 * * * * */
            schedule: string;
            requiredFields?: components["schemas"]["HydratedIntegrationField"][];
            optionalFields?: components["schemas"]["HydratedIntegrationField"][];
            optionalFieldsAuto?: components["schemas"]["OptionalFieldsAutoOption"];
            /**
             * @description This is a map of all fields on the object including their metadata (such as display name and type), the keys of the map are the field names.
             * @example {
             *       "name": {
             *         "fieldName": "name",
             *         "displayName": "Account Name",
             *         "valueType": "string",
             *         "providerType": "string",
             *         "readOnly": false,
             *         "isCustom": false,
             *         "isRequired": true
             *       },
             *       "type": {
             *         "fieldName": "type",
             *         "displayName": "Account Type",
             *         "valueType": "singleSelect",
             *         "providerType": "picklist",
             *         "readOnly": false,
             *         "isCustom": false,
             *         "isRequired": false,
             *         "values": [
             *           {
             *             "value": "prospect",
             *             "displayValue": "Prospect"
             *           },
             *           {
             *             "value": "customer",
             *             "displayValue": "Customer - Direct"
             *           }
             *         ]
             *       }
             *     }
             */
            allFieldsMetadata?: {
                [key: string]: components["schemas"]["FieldMetadata"];
            };
            /**
             * @deprecated
             * @description This is a list of all fields on the object for a particular SaaS instance, including their display names. Prefer using allFieldsMetadata instead.
             */
            allFields?: components["schemas"]["HydratedIntegrationField"][];
            backfill?: components["schemas"]["Backfill"];
        };
        /** Hydrated Read Integration */
        HydratedIntegrationRead: {
            objects?: components["schemas"]["HydratedIntegrationObject"][];
        };
        HydratedIntegrationWriteObject: {
            /** @example account */
            objectName: string;
            /** @example Account */
            displayName: string;
            valueDefaults?: components["schemas"]["ValueDefaults"];
        };
        HydratedIntegrationWrite: {
            objects?: components["schemas"]["HydratedIntegrationWriteObject"][];
        };
        /** Hydrated Proxy Integration */
        HydratedIntegrationProxy: {
            enabled?: boolean;
            /** @description Default is false. If this is set to true, the base URL for the proxy action will be the module's base URL. Otherwise, it is assumed that the base URL is the provider's root base URL. */
            useModule?: boolean;
        };
        /** Hydrated Integration */
        HydratedIntegration: {
            /** @example readSalesforceAccounts */
            name: string;
            /** @example Salesforce Accounts */
            displayName?: string;
            /** @example crm */
            module?: string;
            /** @example salesforce */
            provider: string;
            read?: components["schemas"]["HydratedIntegrationRead"];
            write?: components["schemas"]["HydratedIntegrationWrite"];
            proxy?: components["schemas"]["HydratedIntegrationProxy"];
        };
        /**
         * Selected Value Mappings
         * @description This is a map of values to their mappings. The key is the value delivered to the webhook, the value is the value coming from the provider API.
         * @example {
         *       "open": "scheduled",
         *       "closedWon": "won",
         *       "closedLost": "lost"
         *     }
         */
        SelectedValueMappings: {
            [key: string]: string;
        };
        /** Mapped Value */
        DynamicMappingsInputMappedValue: {
            mappedValue: string;
            mappedDisplayValue: string;
        };
        /** Field Mapping Entry */
        DynamicMappingsInputEntry: {
            /** @description The name of the field in your application. */
            mapToName: string;
            /** @description Optional display name of the field to show the user in the mapping UI. */
            mapToDisplayName?: string;
            /** @description Optional prompt to show the user in the mapping UI. */
            prompt?: string;
            /** @description If you would like the user to map a set of possible values, this is the list of possible values of the field in your application. */
            mappedValues?: components["schemas"]["DynamicMappingsInputMappedValue"][];
            /** @description The name of the field in SaaS provider, if present, then we will not prompt the user to map the field. */
            fieldName?: string;
        };
        /**
         * Dynamic Mappings Input
         * @description An array containing all available dynamic field and value mappings for this installation, provided by the InstallIntegration component. This array represents the complete set of possible mappings, regardless of which ones are currently selected. The actual selected mappings are stored separately in the selectedFieldMappings property.
         */
        DynamicMappingsInput: components["schemas"]["DynamicMappingsInputEntry"][];
        /**
         * Selected Fields Auto Config
         * @description If selectedFieldsAuto is set to all, all fields will be read.
         * @enum {string}
         */
        SelectedFieldsAutoConfig: "all";
        /** Default Period Config */
        DefaultPeriodConfig: {
            /**
             * @description Number of days in past to backfill from. 0 is no backfill. e.g) if 10, then backfill last 10 days of data. Required if fullHistory is not set.
             * @example 30
             */
            days?: number;
            /**
             * @description If true, backfill all history. Required if days is not set.
             * @example false
             */
            fullHistory?: boolean;
        };
        /**
         * Read Filter Value
         * @description The value to filter on. Allowed types are string, boolean, and number.
         * @example active
         */
        ReadFilterValue: unknown;
        /** Read Filter */
        ReadFilter: {
            /**
             * @description The name of the field to filter on.
             * @example status
             */
            fieldName: string;
            /**
             * @description The comparison operator.
             * @example eq
             * @enum {string}
             */
            operator: "eq";
            value?: components["schemas"]["ReadFilterValue"];
        };
        /** Backfill Config */
        BackfillConfig: {
            defaultPeriod: components["schemas"]["DefaultPeriodConfig"];
            /** @description Filters to apply only during backfill. Multiple conditions are joined by AND. Use this when you want different filter behavior for backfill vs. incremental reads. */
            fieldFilters?: components["schemas"]["ReadFilter"][];
        };
        /** Base Read Config Object */
        BaseReadConfigObject: {
            /**
             * @description The name of the object to read from.
             * @example account
             */
            objectName?: string;
            /**
             * @description The schedule for reading the object, in cron syntax.
             * @example *\/15 * * * *
             */
            schedule?: string;
            /**
             * @description If this flag is set to true, scheduled reads associated with this object will be paused, and on-demand reads will not be allowed.
             * @default false
             */
            disabled?: boolean;
            /**
             * @description The name of the destination that the result should be sent to.
             * @example accountWebhook
             */
            destination?: string;
            /**
             * @description This is a map of field names to booleans indicating whether they should be read. If a field is already included in `selectedFieldMappings`, it does not need to be included here.
             * @example { phone: true, fax: true }
             */
            selectedFields?: {
                [key: string]: boolean;
            };
            /**
             * @description This is a map of field names to their value mappings.
             * @example {
             *       "stage": {
             *         "open": "scheduled",
             *         "closedWon": "won",
             *         "closedLost": "lost"
             *       }
             *     }
             */
            selectedValueMappings?: {
                [key: string]: components["schemas"]["SelectedValueMappings"];
            };
            dynamicMappingsInput?: components["schemas"]["DynamicMappingsInput"];
            /**
             * @description This is a map of mapToNames to field names. (A mapTo name is the name the builder wants to map a field to when it lands in their destination.)
             * @example { phoneNumber: phone, faxNumber: fax }
             */
            selectedFieldMappings?: {
                [key: string]: string;
            };
            selectedFieldsAuto?: components["schemas"]["SelectedFieldsAutoConfig"];
            backfill?: components["schemas"]["BackfillConfig"];
            /** @description Filters to apply when reading records during incremental reads and backfill. Multiple conditions are joined by AND. Each field can only have one condition. */
            fieldFilters?: components["schemas"]["ReadFilter"][];
        };
        /** Base Read Config */
        BaseReadConfig: {
            /** @description This is a map of object names to their configuration. */
            objects?: {
                [key: string]: components["schemas"]["BaseReadConfigObject"];
            };
        };
        /** Deletion Settings */
        DeletionSettings: {
            /**
             * @description Whether deletion is enabled for this object
             * @example true
             */
            enabled: boolean;
        };
        /** Value Default String */
        ValueDefaultString: {
            /** @description The value to be used as a default. */
            value: string;
            /**
             * @description Whether the default value should be applied when updating a record.
             *     If set to `always`, the default value will be applied when updating a record.
             *     If set to `never`, the default value will not be applied when updating a record,
             *     only when creating a record.
             *     If unspecified, then `always` is assumed.
             * @enum {string}
             */
            applyOnUpdate?: "always" | "never";
        };
        /** Value Default Integer */
        ValueDefaultInteger: {
            /** @description The value to be used as a default. */
            value: number;
            /**
             * @description Whether the default value should be applied when updating a record.
             *     If set to `always`, the default value will be applied when updating a record.
             *     If set to `never`, the default value will not be applied when updating a record,
             *     only when creating a record.
             *     If unspecified, then `always` is assumed.
             * @enum {string}
             */
            applyOnUpdate?: "always" | "never";
        };
        /** Value Default Boolean */
        ValueDefaultBoolean: {
            /** @description The value to be used as a default. */
            value: boolean;
            /**
             * @description Whether the default value should be applied when updating a record.
             *     If set to `always`, the default value will be applied when updating a record.
             *     If set to `never`, the default value will not be applied when updating a record,
             *     only when creating a record.
             *     If unspecified, then `always` is assumed.
             * @enum {string}
             */
            applyOnUpdate?: "always" | "never";
        };
        /**
         * Value Default (Legacy)
         * @deprecated
         */
        ValueDefault: components["schemas"]["ValueDefaultString"] | components["schemas"]["ValueDefaultInteger"] | components["schemas"]["ValueDefaultBoolean"];
        /**
         * Default value for a field
         * @description Only use one of stringValue, integerValue, booleanValue.
         */
        FieldSettingDefault: {
            /** @description The default string value to apply to a field */
            stringValue?: string;
            /** @description The default integer value to apply to a field */
            integerValue?: number;
            /** @description The default boolean value to apply to a field */
            booleanValue?: boolean;
        };
        /** Field setting */
        FieldSetting: {
            default?: components["schemas"]["FieldSettingDefault"];
            /**
             * @description Whether the default value should be applied when creating a record.
             * @default always
             * @enum {string}
             */
            writeOnCreate?: "always" | "never";
            /**
             * @description Whether the default value should be applied when updating a record.
             *     - always: Always write to the field on update
             *     - never: Never write to the field on update
             *     - ifEmpty: Only write to the field if it's currently empty (unset or empty string).
             * @default always
             * @enum {string}
             */
            writeOnUpdate?: "always" | "never" | "ifEmpty";
        };
        /** Base Write Config Object */
        BaseWriteConfigObject: {
            /**
             * @description The name of the object to write to.
             * @example account
             */
            objectName: string;
            deletionSettings?: components["schemas"]["DeletionSettings"];
            /**
             * @deprecated
             * @description This is a map of field names to default values. These values will be used when writing to the object.
             */
            selectedValueDefaults?: {
                [key: string]: components["schemas"]["ValueDefault"];
            };
            /** @description This is a map of field names to their settings. */
            selectedFieldSettings?: {
                [key: string]: components["schemas"]["FieldSetting"];
            };
        };
        /** Base Write Config */
        BaseWriteConfig: {
            /** @description This is a map of object names to their configuration. */
            objects?: {
                [key: string]: components["schemas"]["BaseWriteConfigObject"];
            };
        };
        /** Base Proxy Config */
        BaseProxyConfig: {
            enabled?: boolean;
        };
        /** Base Config Content */
        BaseConfigContent: {
            /**
             * @description The SaaS API that we are integrating with.
             * @example hubspot
             */
            provider?: string;
            read?: components["schemas"]["BaseReadConfig"];
            write?: components["schemas"]["BaseWriteConfig"];
            proxy?: components["schemas"]["BaseProxyConfig"];
        };
        /** Read Config Object */
        ReadConfigObject: components["schemas"]["BaseReadConfigObject"] & Record<string, unknown>;
        /** Read Config */
        ReadConfig: components["schemas"]["BaseReadConfig"] & {
            objects: {
                [key: string]: components["schemas"]["ReadConfigObject"];
            };
        };
        /** Write Config Object */
        WriteConfigObject: components["schemas"]["BaseWriteConfigObject"] & Record<string, unknown>;
        /** Write Config */
        WriteConfig: components["schemas"]["BaseWriteConfig"] & {
            objects?: {
                [key: string]: components["schemas"]["WriteConfigObject"];
            };
        };
        /** Create Event */
        ConfigCreateEvent: {
            /**
             * @description Conditions to enable create events.
             * @enum {string}
             */
            enabled: "always" | "never";
        };
        /** Update Event */
        ConfigUpdateEvent: {
            /**
             * @description Conditions to enable update events.
             * @example always
             * @enum {string}
             */
            enabled: "always" | "never";
            /**
             * @description Whether to watch fields all fields automatically.
             * @example all
             * @enum {string}
             */
            watchFieldsAuto?: "all";
            /**
             * @description The fields that should be watched.
             * @example [
             *       "name",
             *       "description"
             *     ]
             */
            requiredWatchFields?: string[];
        };
        /** Delete Event */
        ConfigDeleteEvent: {
            /**
             * @description Conditions to enable delete events.
             * @example always
             * @enum {string}
             */
            enabled: "always" | "never";
        };
        /** Other Events */
        ConfigOtherEvents: string[];
        /**
         * Quota Optimization Config
         * @description Reduces API quota consumption for update events by filtering irrelevant change events at the source, so only updates that affect watched fields are delivered. Requires `updateEvent.requiredWatchFields` to be non-empty; it cannot be used with `updateEvent.watchFieldsAuto: all`. Currently supported for Salesforce.
         */
        QuotaOptimizationConfig: {
            /**
             * @description Whether quota optimization is enabled for this object.
             * @example true
             */
            enabled: boolean;
        };
        /**
         * Subscribe Provider Options
         * @description Subscribe options that only apply to certain providers. Each option documents which providers support it; setting one for a provider that does not support it is rejected.
         */
        SubscribeProviderOptions: {
            quotaOptimization?: components["schemas"]["QuotaOptimizationConfig"];
        };
        /** Base Subscribe Config Object */
        BaseSubscribeConfigObject: {
            /**
             * @description Whether to inherit fields and mappings from the read config.
             * @example true
             */
            inheritFieldsAndMappings: boolean;
            /**
             * @description The name of the object to subscribe to.
             * @example account
             */
            objectName: string;
            /**
             * @description The name of the destination that the result should be sent to.
             * @example accountWebhook
             */
            destination: string;
            createEvent?: components["schemas"]["ConfigCreateEvent"];
            updateEvent?: components["schemas"]["ConfigUpdateEvent"];
            deleteEvent?: components["schemas"]["ConfigDeleteEvent"];
            otherEvents?: components["schemas"]["ConfigOtherEvents"];
            providerOptions?: components["schemas"]["SubscribeProviderOptions"];
        };
        /** Base Subscribe Config */
        BaseSubscribeConfig: {
            objects?: {
                [key: string]: components["schemas"]["BaseSubscribeConfigObject"];
            };
        };
        /** Subscribe Config Object */
        SubscribeConfigObject: components["schemas"]["BaseSubscribeConfigObject"] & Record<string, unknown>;
        /** Subscribe Config */
        SubscribeConfig: components["schemas"]["BaseSubscribeConfig"] & {
            objects: {
                [key: string]: components["schemas"]["SubscribeConfigObject"];
            };
        };
        /** Config Content */
        ConfigContent: components["schemas"]["BaseConfigContent"] & {
            read?: components["schemas"]["ReadConfig"];
            write?: components["schemas"]["WriteConfig"];
            subscribe?: components["schemas"]["SubscribeConfig"];
        };
        /** Update Installation Config Content */
        UpdateInstallationConfigContent: components["schemas"]["BaseConfigContent"] & {
            subscribe?: components["schemas"]["BaseSubscribeConfig"];
        };
        /**
         * Auth Type
         * @description The type of authentication required by the provider.
         * @enum {string}
         */
        AuthType: "oauth2" | "apiKey" | "basic" | "jwt" | "custom" | "none";
        /**
         * Token Metadata Fields - Other fields
         * @description Additional fields to extract and transform from the token response
         */
        TokenMetadataFieldsOtherFields: {
            /** @description The internal name of the field */
            name: string;
            /** @description The human-readable name of the field */
            displayName: string;
            /**
             * @description The path to the field in the token response (accepts dot notation for nested fields)
             * @example owner.siteId
             */
            path: string;
            /**
             * @description A regex expression to capture the value that we need from the path. There must be only one capture group named 'result' in the expression. If not provided, will cause an error.
             * @example https:\/\/(?<result>[^.]+)\.docusign\.net
             */
            capture?: string;
        }[];
        /**
         * Token Metadata Fields
         * @description Fields to be used to extract token metadata from the token response.
         */
        TokenMetadataFields: {
            /** @example account-id */
            workspaceRefField?: string;
            /** @example user-id */
            consumerRefField?: string;
            /** @example scopes */
            scopesField?: string;
            otherFields?: components["schemas"]["TokenMetadataFieldsOtherFields"];
        };
        /**
         * Access Token Header Options
         * @description Configuration for access token in header. Must be provided if type is in-header.
         */
        AccessTokenOptsHeader: {
            /**
             * @description The name of the header to be used for the access token.
             * @example X-Access-Token
             */
            name: string;
            /**
             * @description The prefix to be added to the access token value when it is sent in the header.
             * @example Bearer
             */
            valuePrefix?: string;
        };
        /**
         * Oauth2 Access Token Options
         * @description Configuration that defines how an OAuth 2.0 access token is attached to
         *     outbound API requests. When provided, this configuration overrides the
         *     default access-token handling behavior for the connector.
         */
        AccessTokenOpts: {
            /**
             * @description How the access token should be attached to requests.
             * @enum {string}
             */
            attachmentType: "accessTokenHeaderAttachment";
            header?: components["schemas"]["AccessTokenOptsHeader"];
            /**
             * @description URL with more information about how access token is used.
             * @example https://docs.example.com/oauth2-access-token-usage
             */
            docsURL?: string;
        };
        /**
         * OAuth2 Options
         * @description Configuration for OAuth2.0. Must be provided if authType is oauth2.
         */
        Oauth2Opts: {
            /** @enum {string} */
            grantType: "authorizationCode" | "authorizationCodePKCE" | "clientCredentials" | "password";
            /**
             * @description The authorization URL.
             * @example https://login.salesforce.com/services/oauth2/authorize
             */
            authURL?: string;
            /**
             * @description The token URL.
             * @example https://login.salesforce.com/services/oauth2/token
             */
            tokenURL: string;
            /**
             * @description Whether scopes are required to be known ahead of the OAuth flow.
             * @example true
             */
            explicitScopesRequired: boolean;
            /**
             * @description Whether the workspace is required to be known ahead of the OAuth flow.
             * @example true
             */
            explicitWorkspaceRequired: boolean;
            /**
             * @description A list of URLs that represent the audience for the token, which is needed for some client credential grant flows.
             * @example [
             *       "https://api.mparticle.com"
             *     ]
             */
            audience?: string[];
            /**
             * @description Maps input scopes to their full OAuth scope values with template variable support. Scopes not in this map are passed through unchanged. Needed for some providers.
             * @example {
             *       "default": "https://{{.workspace}}.api.com/default"
             *     }
             */
            scopeMappings?: {
                [key: string]: string;
            };
            tokenMetadataFields: components["schemas"]["TokenMetadataFields"];
            /**
             * @description URL with more information about where to retrieve Client ID and Client Secret, etc.
             * @example https://docs.example.com/client-credentials
             */
            docsURL?: string;
            /**
             * @example {
             *       "access_type": "offline",
             *       "duration": "permanent"
             *     }
             */
            authURLParams?: {
                [key: string]: string;
            };
            accessTokenOpts?: components["schemas"]["AccessTokenOpts"];
            /**
             * @description How many hours between proactive token keep-alive refreshes for this provider.
             *     Token-manager adds a random stagger offset on top. If absent, defaults to 24.
             * @example 120
             */
            keepAliveIntervalHours?: number;
        };
        /**
         * API Key Query Options
         * @description Configuration for API key in query parameter. Must be provided if type is in-query.
         */
        ApiKeyOptsQuery: {
            /**
             * @description The name of the query parameter to be used for the API key.
             * @example api_key
             */
            name: string;
        };
        /**
         * API Key Header Options
         * @description Configuration for API key in header. Must be provided if type is in-header.
         */
        ApiKeyOptsHeader: {
            /**
             * @description The name of the header to be used for the API key.
             * @example X-Api-Key
             */
            name: string;
            /**
             * @description The prefix to be added to the API key value when it is sent in the header.
             * @example Bearer
             */
            valuePrefix?: string;
        };
        /**
         * API Key Options
         * @description Configuration for API key. Must be provided if authType is apiKey.
         */
        ApiKeyOpts: {
            /**
             * @description How the API key should be attached to requests.
             * @enum {string}
             */
            attachmentType: "query" | "header";
            query?: components["schemas"]["ApiKeyOptsQuery"];
            header?: components["schemas"]["ApiKeyOptsHeader"];
            /**
             * @description URL with more information about how to get or use an API key.
             * @example https://docs.example.com/api-key
             */
            docsURL?: string;
        };
        /**
         * API Key as Basic Options
         * @description when this object is present, it means that this provider uses Basic Auth to actually collect an API key
         */
        ApiKeyAsBasicOpts: {
            /**
             * @description whether the API key should be used as the username or password.
             * @example username
             * @enum {string}
             */
            fieldUsed?: "username" | "password";
            /**
             * @description How to transform the API key in to a basic auth user:pass string. The %s is replaced with the API key value.
             * @example api:%s
             */
            keyFormat?: string;
        };
        /**
         * Basic Auth Options
         * @description Configuration for Basic Auth. Optional.
         */
        BasicAuthOpts: {
            /**
             * @description If true, the provider uses an API key which then gets encoded as a basic auth user:pass string.
             * @example true
             */
            apiKeyAsBasic?: boolean;
            apiKeyAsBasicOpts?: components["schemas"]["ApiKeyAsBasicOpts"];
            /**
             * @description URL with more information about how to get or use an API key.
             * @example https://docs.example.com/api-key
             */
            docsURL?: string;
        };
        /**
         * Custom Auth Header
         * @description A custom header to be used for authentication. Automatically added by the backend.
         */
        CustomAuthHeader: {
            /**
             * @description The name of the header.
             * @example X-Custom-Auth
             */
            name: string;
            /**
             * @description The value of the header, represented as a Golang text/template expression. Only the backend will interpret this.
             * @example Bearer {{ .token }}
             */
            valueTemplate: string;
        };
        /**
         * Custom Auth Query Parameter
         * @description A custom query parameter to be used for authentication. Automatically added by the backend.
         */
        CustomAuthQueryParam: {
            /**
             * @description The name of the query parameter.
             * @example custom_auth
             */
            name: string;
            /**
             * @description The value of the query parameter, represented as a Golang text/template expression. Only the backend will interpret this.
             * @example {{ .token }}
             */
            valueTemplate: string;
        };
        /**
         * Custom Auth Input Option
         * @description A selectable option for a custom auth input whose fieldType is "select".
         */
        CustomAuthInputOption: {
            /**
             * @description The value stored when this option is selected.
             * @example prod
             */
            value: string;
            /**
             * @description The human-readable label shown for this option.
             * @example Production
             */
            label: string;
        };
        /**
         * Custom Auth Input
         * @description A custom input field for authentication. This is used by the frontend to dynamically render input fields for custom auth. The backend will not interpret this. It will however receive the value of this field before making a request (in the connection secrets).
         */
        CustomAuthInput: {
            /**
             * @description The internal identifier for the custom auth input field.
             * @example custom_auth_input
             */
            name: string;
            /**
             * @description The human-readable name for the custom auth input field.
             * @example Custom Auth Input
             */
            displayName: string;
            /**
             * @description Some helpful text or context to be displayed to the user when asking for this input.
             * @example See Authorization section of provider docs to obtain this value
             */
            prompt?: string;
            /**
             * @description URL with details about this authentication mechanism and how to use it. Might be specific to this field, or a general URL for the provider. Optional.
             * @example https://docs.example.com/custom-auth-input
             */
            docsURL?: string;
            /**
             * @description How the frontend should render this input. "fieldTypeText" is an unmasked field (not sensitive), "fieldTypePassword" is a masked field (sensitive), and "fieldTypeSelect" is a dropdown populated from options. Defaults to "fieldTypePassword" when omitted.
             * @example fieldTypePassword
             * @enum {string}
             */
            fieldType?: "fieldTypeText" | "fieldTypePassword" | "fieldTypeSelect";
            /** @description The dropdown options, used only when fieldType is "select". */
            options?: components["schemas"]["CustomAuthInputOption"][];
        };
        /**
         * Custom Auth Options
         * @description Configuration for custom auth. Optional.
         */
        CustomAuthOpts: {
            /** @description A list of custom headers to be used for authentication. The backend will add these headers. */
            headers?: components["schemas"]["CustomAuthHeader"][];
            /** @description A list of custom query parameters to be used for authentication. The backend will add these query parameters. */
            queryParams?: components["schemas"]["CustomAuthQueryParam"][];
            /** @description A list of custom input fields for authentication. The frontend will render these input fields and the backend will receive the values of these fields before making a request. */
            inputs?: components["schemas"]["CustomAuthInput"][];
            /** @description Input fields the builder configures on their provider app (e.g. client secrets, subscription keys) rather than the consumer. Routed to storage by fieldType. Optional. */
            providerInputs?: components["schemas"]["CustomAuthInput"][];
            /**
             * @description Whether this provider uses a multi-step custom auth flow (browser redirects and/or server-side credential-exchange calls) driven by the /custom-auth/connect endpoint, rather than static header/query-param injection. The step definitions and handlers live in the connectors library, not the catalog; this flag is the signal that lets clients tell "multi-step custom" apart from plain "custom" at a glance.
             * @example true
             */
            multiStep?: boolean;
        };
        /** Bulk Write Support */
        BulkWriteSupport: {
            insert: boolean;
            update: boolean;
            upsert: boolean;
            delete: boolean;
        };
        /** Subscribe Support */
        SubscribeSupport: {
            create?: boolean;
            update?: boolean;
            delete?: boolean;
            passThrough?: boolean;
        };
        BatchWriteSupportConfig: {
            /** @description Whether this type of batch write operation is supported */
            supported: boolean;
            /** @description The default number of records supported in a batch */
            defaultRecordLimit?: number;
            /** @description Defines object-level overrides for batch record limits. Keys represent object names, and values specify the maximum number of records per batch for those objects. */
            objectRecordLimits?: {
                [key: string]: number;
            };
        };
        BatchWriteSupport: {
            delete: components["schemas"]["BatchWriteSupportConfig"];
            create: components["schemas"]["BatchWriteSupportConfig"];
            update: components["schemas"]["BatchWriteSupportConfig"];
            upsert: components["schemas"]["BatchWriteSupportConfig"];
        };
        /** Supported Operators for Search Action */
        SearchOperators: {
            equals: boolean;
        };
        /** Search Support */
        SearchSupport: {
            operators: components["schemas"]["SearchOperators"];
        };
        /**
         * Support
         * @description The supported features for the provider.
         */
        Support: {
            bulkWrite: components["schemas"]["BulkWriteSupport"];
            proxy: boolean;
            read: boolean;
            subscribe: boolean;
            write: boolean;
            delete: boolean;
            subscribeSupport?: components["schemas"]["SubscribeSupport"];
            batchWrite?: components["schemas"]["BatchWriteSupport"];
            search: components["schemas"]["SearchSupport"];
        };
        /**
         * Auth Health Check
         * @description A URL to check the health of a provider's credentials. It's used to see if the credentials are valid and if the provider is reachable.
         */
        AuthHealthCheck: {
            /**
             * @description a no-op URL to check the health of the credentials. The URL MUST not mutate any state. If the provider doesn't have such an endpoint, then don't provide credentialsHealthCheck.
             * @example https://api.example.com/health-check
             */
            url: string;
            /**
             * @description The HTTP method to use for the health check. If not set, defaults to GET.
             * @example GET
             */
            method?: string;
            /**
             * @description The HTTP status codes that indicate a successful health check. If not set, defaults to 200 and 204.
             * @example [
             *       200,
             *       204
             *     ]
             */
            successStatusCodes?: number[];
        };
        /**
         * Media Type Regular
         * @description Media for light/regular mode.
         */
        MediaTypeRegular: {
            /**
             * @description URL to the icon for the provider.
             * @example https://example.com/icon.png
             */
            iconURL?: string;
            /**
             * @description URL to the logo for the provider.
             * @example https://example.com/logo.png
             */
            logoURL?: string;
        };
        /**
         * Media Type Dark Mode
         * @description Media to be used in dark mode.
         */
        MediaTypeDarkMode: {
            /**
             * @description URL to the icon for the provider that is to be used in dark mode.
             * @example https://example.com/icon.png
             */
            iconURL?: string;
            /**
             * @description URL to the logo for the provider that is to be used in dark mode.
             * @example https://example.com/logo.png
             */
            logoURL?: string;
        };
        /** Media */
        Media: {
            regular?: components["schemas"]["MediaTypeRegular"];
            darkMode?: components["schemas"]["MediaTypeDarkMode"];
        };
        /** Labels */
        Labels: {
            [key: string]: string;
        };
        /**
         * Subscribe Requirements
         * @description Declares which auxiliary steps a provider requires to support subscriptions, beyond the per-object subscribe call itself.
         */
        SubscribeRequirements: {
            /** @description Whether the provider requires a one-time registration step that is shared across all subscribed objects. The subscribe method is object-scoped, so if a separate API call is needed beyond per-object configuration (e.g., registering a single webhook/endpoint that all object subscriptions hang off of), registration is required. */
            registration?: boolean;
            /** @description Whether the subscription requires periodic maintenance. Some providers expire subscriptions/watches after a fixed TTL, so the subscription must be renewed on a schedule to remain active. */
            maintenance?: boolean;
            /** @description Whether subscribing requires a third-party setup step that the connector instance itself cannot perform. Examples: Salesforce requires AWS EventBridge configuration; Gmail requires a Google Pub/Sub topic to be configured. Any configuration that must happen outside the connector falls into post-process. */
            postProcess?: boolean;
            /** @description Whether the provider supports programmatic subscription via API. If false, provider may still support webhooks via manual configuration in UI. */
            subscribeByAPI?: boolean;
        };
        /** Module Info */
        ModuleInfo: {
            displayName: string;
            baseURL: string;
            support: components["schemas"]["Support"];
            subscribeRequirements?: components["schemas"]["SubscribeRequirements"];
        };
        /**
         * Modules that this provider supports
         * @description The registry of provider modules.
         */
        Modules: {
            [key: string]: components["schemas"]["ModuleInfo"];
        };
        /**
         * Module Dependency
         * @description Dependency for a single module.
         */
        ModuleDependency: Record<string, unknown>;
        /**
         * Module Dependencies
         * @description Specifies which modules REQUIRE (depend on) this metadata item. This field lists the modules that depend on/require the metadata item. Example: If "workspace" metadata has moduleDependencies: {crm: {}}, it means the CRM module requires the workspace metadata to function. Each module that needs this metadata item MUST be specified in this field. Even if it is all modules. The empty ModuleDependency {} is for future-proofing in case we need to add additional configuration options.
         */
        ModuleDependencies: {
            [key: string]: components["schemas"]["ModuleDependency"];
        };
        /** Metadata Item (as input) */
        MetadataItemInput: {
            /** @description The internal identifier for the metadata field */
            name: string;
            /** @description The human-readable name for the field */
            displayName?: string;
            /** @description Human-readable description that can contain instructions on how to collect metadata */
            prompt?: string;
            /** @description Default value for this metadata item */
            defaultValue?: string;
            /**
             * @description URL with more information about how to locate this value
             * @example https://example.com/how-to-find-subdomain
             */
            docsURL?: string;
            /** @description Which modules require this metadata item (see ModuleDependencies for naming clarification). */
            moduleDependencies?: components["schemas"]["ModuleDependencies"];
        };
        /** Metadata Item (fetched post authentication) */
        MetadataItemPostAuthentication: {
            /** @description The internal identifier for the metadata field */
            name: string;
            /** @description Which modules require this metadata item (see ModuleDependencies for naming clarification). */
            moduleDependencies?: components["schemas"]["ModuleDependencies"];
        };
        /**
         * Provider Metadata
         * @description Provider metadata that needs to be given by the user or fetched by the connector post authentication for the connector to work.
         */
        "ProviderMetadata-2": {
            /** @description Metadata provided as manual input */
            input?: components["schemas"]["MetadataItemInput"][];
            /** @description Metadata fetched by the connector post authentication */
            postAuthentication?: components["schemas"]["MetadataItemPostAuthentication"][];
        };
        /**
         * Provider App Metadata
         * @description Describes the provider-app-level fields that the Ampersand dashboard should collect from the builder when creating a ProviderApp for this provider. These descriptors tell the dashboard which form fields to render; the submitted values are stored in ProviderApp.metadata.
         */
        "ProviderAppMetadata-2": {
            /** @description Descriptors for fields stored in ProviderApp.metadata.authQueryParams (e.g., optional_scope for HubSpot). */
            authQueryParams?: components["schemas"]["MetadataItemInput"][];
            /** @description Descriptors for fields stored in ProviderApp.metadata.providerParams (e.g., packageInstallURL for Salesforce, gcpProjectId for Gmail). */
            providerParams?: components["schemas"]["MetadataItemInput"][];
        };
        /** Provider Info */
        ProviderInfo: {
            name: string;
            authType: components["schemas"]["AuthType"];
            /** @description The base URL for making API requests. */
            baseURL: string;
            defaultModule: string;
            oauth2Opts?: components["schemas"]["Oauth2Opts"];
            apiKeyOpts?: components["schemas"]["ApiKeyOpts"];
            basicOpts?: components["schemas"]["BasicAuthOpts"];
            customOpts?: components["schemas"]["CustomAuthOpts"];
            support: components["schemas"]["Support"];
            authHealthCheck?: components["schemas"]["AuthHealthCheck"];
            /**
             * @description The display name of the provider, if omitted, defaults to provider name.
             * @example Zendesk Chat
             */
            displayName?: string;
            /**
             * @description If true, we require additional information after auth to start making requests.
             * @example true
             */
            postAuthInfoNeeded?: boolean;
            media?: components["schemas"]["Media"];
            labels?: components["schemas"]["Labels"];
            subscribeRequirements?: components["schemas"]["SubscribeRequirements"];
            modules?: components["schemas"]["Modules"];
            metadata?: components["schemas"]["ProviderMetadata-2"];
            providerAppMetadata?: components["schemas"]["ProviderAppMetadata-2"];
        };
        /** Catalog Type */
        CatalogType: {
            [key: string]: components["schemas"]["ProviderInfo"];
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
    oauthConnect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The Ampersand project ID or project name.
                     * @example my-project
                     */
                    projectIdOrName: string;
                    /**
                     * @description The provider that this app connects to.
                     * @example salesforce
                     */
                    provider: string;
                    /**
                     * @description Your application's identifier for the organization or workspace that this connection belongs to (e.g. an org ID or team ID).
                     * @example group-123
                     */
                    groupRef: string;
                    /**
                     * @description The display name for the group. Defaults to groupRef if not provided.
                     * @example Organization Name
                     */
                    groupName?: string;
                    /**
                     * @description The ID that your app uses to identify the user whose SaaS credential will be used for this OAuth flow.
                     * @example user_123456
                     */
                    consumerRef: string;
                    /**
                     * @description The display name for the consumer. Defaults to consumerRef if not provided.
                     * @example John Doe
                     */
                    consumerName?: string;
                    /**
                     * @description The identifier for the provider workspace (e.g. the Salesforce subdomain).
                     * @example acme-corp
                     */
                    providerWorkspaceRef?: string;
                    /**
                     * @description Additional provider-specific metadata required by certain providers (e.g., account ID for NetSuite). See provider documentation for which fields are needed.
                     * @example {
                     *       "accountId": {
                     *         "value": "1234567890",
                     *         "source": "input"
                     *       }
                     *     }
                     */
                    providerMetadata?: components["schemas"]["ProviderMetadata"];
                    /**
                     * @description ID of the provider app, returned from the [Create Provider App endpoint](https://docs.withampersand.com/reference/provider-apps/create-provider-app). If omitted, the default provider app that was set up on the Ampersand Dashboard is assumed.
                     * @example 32356abe-d2fd-49c7-9030-abdcbc6456d4
                     */
                    providerAppId?: string;
                    /**
                     * @description This boolean flag is used by the UI library internally. Set it to false or omit it when manually calling this API.
                     * @example false
                     */
                    enableCSRFProtection?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    customAuthConnect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomAuthConnectRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomAuthConnectResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    oauthUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ampersand project ID or name. */
                projectIdOrName: string;
                /** @description The ID of the connection to update. */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description URL to initiate OAuth flow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of projects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appName": "MailMonkey",
                 *       "name": "mailmonkey-staging",
                 *       "orgId": "9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description The display name of your application, shown to end users during the connection flow.
                     * @example MailMonkey
                     */
                    appName: string;
                    /**
                     * @description The unique name for the project. Must contain only letters, numbers, and hyphens. Values are normalized to lowercase on save.
                     * @example mailmonkey-staging
                     */
                    name: string;
                    /**
                     * @description The ID of the organization this project belongs to. Obtain this from the Ampersand Dashboard or by calling `GET /orgs`.
                     * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                     */
                    orgId: string;
                };
            };
        };
        responses: {
            /** @description The newly created project. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Unprocessable Entity — the request body failed validation (e.g. invalid characters in project name, missing required fields). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: {
                /** @description If true, the response includes the project's entitlements (plan-based feature flags). Defaults to false. */
                includeEntitlements?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "updateMask": [
                 *         "appName"
                 *       ],
                 *       "project": {
                 *         "appName": "MailMonkey Pro"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Array of field paths specifying which fields to update. Each path must have a
                     *     corresponding value in the `project` object. A field included in `project` but
                     *     not listed here will be ignored. Allowed values:
                     *     - `appName` - the display name of the application, shown to end users during the connection flow.
                     *     - `name` - the unique project identifier (must be unique within your organization).
                     * @example [
                     *       "appName"
                     *     ]
                     */
                    updateMask: string[];
                    /**
                     * @description The project fields to update. Only fields whose paths are listed in `updateMask`
                     *     will be applied; all other fields in this object are ignored.
                     */
                    project: {
                        /**
                         * @description The display name of the application, shown to end users during the connection flow.
                         * @example MailMonkey
                         */
                        appName?: string;
                        /**
                         * @description The unique name for the project. Must be unique within the organization.
                         * @example mailmonkey-staging
                         */
                        name?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listProviderApps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description TThe Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of provider apps */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApp"][];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createProviderApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The ID used by the provider to identify the app (optional).
                     * @example external-id-123
                     */
                    externalRef?: string;
                    /**
                     * @description The SaaS provider that this app connects to.
                     * @example salesforce
                     */
                    provider: string;
                    /**
                     * @description The OAuth client ID for this app.
                     * @example client-id-123
                     */
                    clientId: string;
                    /**
                     * @description The OAuth client secret for this app.
                     * @example client-secret-123
                     */
                    clientSecret: string;
                    /** @description The OAuth scopes for this app. */
                    scopes?: string[];
                    metadata?: components["schemas"]["ProviderAppMetadata"];
                };
            };
        };
        responses: {
            /** @description The newly created provider app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApp"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteProviderApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description ID of the provider app, returned by the CreateProviderApp call.
                 * @example 32356abe-d2fd-49c7-9030-abdcbc6456d4
                 */
                providerAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateProviderApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description ID of the provider app, returned by the CreateProviderApp call.
                 * @example 32356abe-d2fd-49c7-9030-abdcbc6456d4
                 */
                providerAppId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Array of field paths specifying which fields to update. Allowed values include:
                     *     - externalRef
                     *     - clientId
                     *     - clientSecret
                     *     - provider
                     *     - scopes
                     *     - metadata
                     * @example [
                     *       "externalRef",
                     *       "clientId"
                     *     ]
                     */
                    updateMask: string[];
                    /** @description The provider app fields to update. (Only include the fields you'd like to update.) */
                    providerApp: {
                        /**
                         * @description The ID used by the provider to identify the app (optional).
                         * @example external-id-123
                         */
                        externalRef?: string;
                        /**
                         * @description The SaaS provider that this app connects to.
                         * @example salesforce
                         */
                        provider?: string;
                        /**
                         * @description The OAuth client ID for this app.
                         * @example client-id-123
                         */
                        clientId?: string;
                        /**
                         * @description The OAuth client secret for this app.
                         * @example client-secret-123
                         */
                        clientSecret?: string;
                        /** @description The OAuth scopes for this app. */
                        scopes?: string[];
                        metadata?: components["schemas"]["ProviderAppMetadata"];
                    };
                };
            };
        };
        responses: {
            /** @description The updated provider app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderApp"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of integrations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"][];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The integration name.
                     * @example my-integration
                     */
                    name: string;
                    /** @description The provider name (e.g. "salesforce", "hubspot") */
                    provider: string;
                    latestRevision: {
                        /**
                         * @description The spec version string.
                         * @example 1.0.0
                         */
                        specVersion: string;
                        content: components["schemas"]["Integration-2"];
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration ID or name.
                 * @example 123e4567-e89b-12d3-a456-426614174000
                 */
                integrationIdOrName: string;
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            /** @description Integration not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The integration ID or name.
                 * @example 123e4567-e89b-12d3-a456-426614174000
                 */
                integrationIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Integration not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    batchUpsertIntegrations: {
        parameters: {
            query?: {
                /** @description Defaults to false. This flag controls whether to perform destructive actions when deploying integrations, like pausing all read actions for an object that was removed in the latest revision. */
                destructive?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description URL of where a zip of the source files can be downloaded (e.g. Google Cloud Storage URL).
                     * @example https://storage.googleapis.com/my-bucket/source-files/integration-v1.2.3.zip
                     */
                    sourceZipUrl?: string;
                    /** @description A YAML string that defines the integrations. */
                    sourceYaml?: string;
                };
            };
        };
        responses: {
            /** @description Upserted integrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"][];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createRevision: {
        parameters: {
            query?: {
                /** @description Defaults to false. This flag controls whether to perform destructive actions when deploying integrations, like pausing all read actions for an object that was removed in the latest revision. */
                destructive?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The integration ID. */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description URL of where a zip of the source files can be downloaded (e.g. Google Cloud Storage URL).
                     * @example https://storage.googleapis.com/my-bucket/source-files/integration-v1.2.3.zip
                     */
                    sourceZipUrl?: string;
                    /** @description The source YAML file that defines the revision. */
                    sourceYaml?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getHydratedRevision: {
        parameters: {
            query: {
                /**
                 * @description The ID of the consumer's connection to the SaaS provider. This connection's credentials are used to fetch field metadata from the provider's API.
                 * @example 1a2b3c4d-5e6f-7890-abcd-ef0123456789
                 */
                connectionId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The integration ID.
                 * @example a1b2c3d4-e5f6-7890-abcd-ef1234567890
                 */
                integrationId: string;
                /**
                 * @description The revision ID. You can find this on the integration object's `latestRevision.id` field.
                 * @example f0e1d2c3-b4a5-6789-0abc-def123456789
                 */
                revisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hydrated revision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HydratedRevision"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listInstallations: {
        parameters: {
            query?: {
                /**
                 * @description The ID that your app uses to identify a group of users (e.g. an org ID, workspace ID, or team ID). When provided, only returns installations belonging to this group.
                 * @example group-123
                 */
                groupRef?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The unique identifier (UUID) of the integration.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of installations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f8b2a1e-7c4d-4e9a-b5f6-1d2e3a4b5c6d",
                     *         "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *         "integrationId": "550e8400-e29b-41d4-a716-446655440000",
                     *         "group": {
                     *           "groupRef": "org_12345",
                     *           "groupName": "Acme Corp",
                     *           "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *           "createTime": "2024-01-15T10:30:00.000000Z"
                     *         },
                     *         "healthStatus": "healthy",
                     *         "connection": {
                     *           "id": "9d8c7b6a-5e4f-3a2b-1c0d-ef9876543210",
                     *           "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *           "provider": "salesforce",
                     *           "group": {
                     *             "groupRef": "org_12345",
                     *             "groupName": "Acme Corp",
                     *             "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *             "createTime": "2024-01-15T10:30:00.000000Z"
                     *           },
                     *           "consumer": {
                     *             "consumerRef": "user_67890",
                     *             "consumerName": "Jane Smith",
                     *             "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *             "createTime": "2024-01-15T10:30:00.000000Z"
                     *           },
                     *           "createTime": "2024-01-15T10:30:00.000000Z",
                     *           "authScheme": "oauth2/authorizationCode",
                     *           "status": "working"
                     *         },
                     *         "createTime": "2024-01-15T10:30:00.000000Z",
                     *         "createdBy": "consumer:user_67890",
                     *         "config": {
                     *           "id": "e4d3c2b1-a098-7654-3210-fedcba987654",
                     *           "revisionId": "f0e1d2c3-b4a5-6789-0abc-def123456789",
                     *           "createTime": "2024-01-15T10:30:00.000000Z",
                     *           "createdBy": "consumer:user_67890",
                     *           "content": {
                     *             "provider": "salesforce",
                     *             "read": {
                     *               "objects": {
                     *                 "account": {
                     *                   "objectName": "account",
                     *                   "schedule": "*\/15 * * * *",
                     *                   "destination": "accountWebhook",
                     *                   "selectedFields": {
                     *                     "name": true,
                     *                     "industry": true
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Installation"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createInstallation: {
        parameters: {
            query?: {
                /** @description When `true`, skips the sample read that validates the installation's read configuration against the provider before saving. Defaults to `false`. */
                skipSampling?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The integration ID.
                 * @example 113e9685-9a51-42cc-8662-9d9725b17f14
                 */
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The ID of the user group that has access to this installation.
                     * @example group-123
                     */
                    groupRef: string;
                    /**
                     * @description The ID of the SaaS connection tied to this installation. If omitted the default connection for this group will be used.
                     * @example a1c4e7b2-8f3d-4a6e-9c2b-5d8f1e4a7b3c
                     */
                    connectionId?: string;
                    /** @description The config of the installation. */
                    config: {
                        /**
                         * @deprecated
                         * @description Deprecated: This field will be automatically set to the latest revision.
                         */
                        revisionId?: string;
                        /**
                         * @description The person who created the config, in the format of "consumer:{consumer-id}", "builder:{builder-id}", or "api:{api-caller}".
                         * @default api:create-installation
                         */
                        createdBy?: string;
                        /** @description The content of the config. */
                        content: components["schemas"]["ConfigContent"];
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Installation"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity. Returned when the config is invalid, or when the sample read fails because a selected field or mapping is not visible to the connected user. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getInstallation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The unique identifier (UUID) of the integration.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                integrationId: string;
                /**
                 * @description The unique identifier (UUID) of the installation.
                 * @example 7b3c9d2e-5a1f-4e8b-b6d4-9c8a2f1e5d3b
                 */
                installationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The installation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f8b2a1e-7c4d-4e9a-b5f6-1d2e3a4b5c6d",
                     *       "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *       "integrationId": "550e8400-e29b-41d4-a716-446655440000",
                     *       "group": {
                     *         "groupRef": "org_12345",
                     *         "groupName": "Acme Corp",
                     *         "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *         "createTime": "2024-01-15T10:30:00.000000Z"
                     *       },
                     *       "healthStatus": "healthy",
                     *       "connection": {
                     *         "id": "9d8c7b6a-5e4f-3a2b-1c0d-ef9876543210",
                     *         "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *         "provider": "salesforce",
                     *         "group": {
                     *           "groupRef": "org_12345",
                     *           "groupName": "Acme Corp",
                     *           "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *           "createTime": "2024-01-15T10:30:00.000000Z"
                     *         },
                     *         "consumer": {
                     *           "consumerRef": "user_67890",
                     *           "consumerName": "Jane Smith",
                     *           "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *           "createTime": "2024-01-15T10:30:00.000000Z"
                     *         },
                     *         "createTime": "2024-01-15T10:30:00.000000Z",
                     *         "authScheme": "oauth2/authorizationCode",
                     *         "status": "working"
                     *       },
                     *       "createTime": "2024-01-15T10:30:00.000000Z",
                     *       "createdBy": "consumer:user_67890",
                     *       "config": {
                     *         "id": "e4d3c2b1-a098-7654-3210-fedcba987654",
                     *         "revisionId": "f0e1d2c3-b4a5-6789-0abc-def123456789",
                     *         "createTime": "2024-01-15T10:30:00.000000Z",
                     *         "createdBy": "consumer:user_67890",
                     *         "content": {
                     *           "provider": "salesforce",
                     *           "read": {
                     *             "objects": {
                     *               "account": {
                     *                 "objectName": "account",
                     *                 "schedule": "*\/15 * * * *",
                     *                 "destination": "accountWebhook",
                     *                 "selectedFields": {
                     *                   "name": true,
                     *                   "industry": true
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Installation"];
                };
            };
            /** @description Unprocessable Entity */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteInstallation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The integration ID. */
                integrationId: string;
                /** @description The Ampersand installation ID. */
                installationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateInstallation: {
        parameters: {
            query?: {
                /** @description When `true`, skips the sample read that validates the installation's read configuration against the provider before saving. Defaults to `false`. */
                skipSampling?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The ID of the integration that this installation belongs to.
                 * @example e3a7f9c1-4b2d-4e8a-9f6b-2d5c8a1e3b7f
                 */
                integrationId: string;
                /**
                 * @description The Ampersand installation ID.
                 * @example 7b3c9d2e-5a1f-4e8b-b6d4-9c8a2f1e5d3b
                 */
                installationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "updateMask": [
                 *         "config.content.read.objects.contacts"
                 *       ],
                 *       "installation": {
                 *         "config": {
                 *           "content": {
                 *             "read": {
                 *               "objects": {
                 *                 "contacts": {
                 *                   "objectName": "contacts",
                 *                   "schedule": "*\/30 * * * *",
                 *                   "destination": "contactsWebhook",
                 *                   "selectedFields": {
                 *                     "email": true,
                 *                     "phone": true
                 *                   }
                 *                 }
                 *               }
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Array of field paths specifying which fields to update. Each path must have a corresponding value in the `installation` object. A field included in `installation` but not listed here will be ignored. Allowed values:
                     *     - `connectionId` - switch the SaaS connection tied to this installation.
                     *     - `config.createdBy` - change the attribution for who created this config.
                     *     - `config.content.read.objects.<objectName>` - replace the read config for a single object (e.g. `config.content.read.objects.contacts`).
                     *     - `config.content.write.objects.<objectName>` - replace the write config for a single object.
                     *     - `config.content.write.objects` - replace the entire write objects map.
                     *     - `config.content.subscribe.objects.<objectName>` - replace the subscribe config for a single object.
                     *     - `config.content.subscribe.objects` - replace the entire subscribe objects map.
                     *     - `config.content.proxy.enabled` - enable or disable the proxy.
                     *
                     *     Replace `<objectName>` with the provider object name (e.g. `contacts`, `leads`, `accounts`).
                     * @example [
                     *       "config.content.read.objects.contacts",
                     *       "config.content.write.objects.leads"
                     *     ]
                     */
                    updateMask: string[];
                    /**
                     * @description The installation fields to update. Only fields whose paths are listed in `updateMask` will be
                     *     applied; all other fields in this object are ignored.
                     */
                    installation: {
                        /**
                         * @description The ID of the SaaS connection tied to this installation.
                         * @example a1c4e7b2-8f3d-4a6e-9c2b-5d8f1e4a7b3c
                         */
                        connectionId?: string;
                        /** @description The config of the installation. */
                        config?: {
                            /**
                             * @deprecated
                             * @description Deprecated: This field will be automatically set to the latest revision ID.
                             */
                            revisionId?: string;
                            /** @description The person who created the config, in the format of "consumer:{consumer-id}" or "builder:{builder-id}". */
                            createdBy?: string;
                            /** @description The content of the config. */
                            content?: components["schemas"]["UpdateInstallationConfigContent"];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The updated installation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Installation"];
                };
            };
            /** @description Invalid input (e.g. unrecognized update mask path, missing value for a mask, or malformed request body). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity. Returned when the config is invalid, or when the sample read fails because a selected field or mapping is not visible to the connected user. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    patchObjectConfigContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The integration ID. */
                integrationId: string;
                /**
                 * @description The object name whose config content will be patched.
                 *     Must match an object name defined in the integration's manifest for the specified action type (read, subscribe, or write).
                 *     Common examples include: `account`, `contact`, `lead`, `opportunity` (for Salesforce), `deal`, `company` (for HubSpot), etc.
                 * @example account
                 */
                objectName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The ID of the user group that has access to this installation.
                     *     Either groupRef or installationId must be provided.
                     * @example group-123
                     */
                    groupRef: string;
                    /**
                     * @description The action type for the object config (read, subscribe, or write).
                     * @example read
                     * @enum {string}
                     */
                    action: "read" | "subscribe" | "write";
                    /**
                     * @description Array of JSON Patch operations to apply.
                     * @example [
                     *       {
                     *         "op": "replace",
                     *         "path": "/schedule",
                     *         "value": "*\/10 * * * *"
                     *       },
                     *       {
                     *         "op": "add",
                     *         "path": "/selectedFields/phone",
                     *         "value": true
                     *       },
                     *       {
                     *         "op": "remove",
                     *         "path": "/selectedFields/billingcity"
                     *       }
                     *     ]
                     */
                    changes: components["schemas"]["JSONPatchOperation"][];
                } | {
                    /**
                     * @description The installation ID.
                     *     Either groupRef or installationId must be provided.
                     * @example installation-123
                     */
                    installationId: string;
                    /**
                     * @description The action type for the object config (read, subscribe, or write).
                     * @example read
                     * @enum {string}
                     */
                    action: "read" | "subscribe" | "write";
                    /**
                     * @description Array of JSON Patch operations to apply.
                     * @example [
                     *       {
                     *         "op": "replace",
                     *         "path": "/schedule",
                     *         "value": "*\/10 * * * *"
                     *       },
                     *       {
                     *         "op": "add",
                     *         "path": "/selectedFields/phone",
                     *         "value": true
                     *       },
                     *       {
                     *         "op": "remove",
                     *         "path": "/selectedFields/billingcity"
                     *       }
                     *     ]
                     */
                    changes: components["schemas"]["JSONPatchOperation"][];
                };
            };
        };
        responses: {
            /** @description The updated installation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Installation"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Installation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getObjectMetadataForInstallation: {
        parameters: {
            query: {
                /**
                 * @description The ID of the user group that has access to this installation.
                 * @example group-123
                 */
                groupRef: string;
                /**
                 * @description Excludes fields where `ReadOnly` is `true` from the response.
                 * @example true
                 */
                excludeReadOnly?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The unique identifier of the integration.
                 * @example e3a7f9c1-4b2d-4e8a-9f6b-2d5c8a1e3b7f
                 */
                integrationId: string;
                /**
                 * @description The name of the object to retrieve metadata for. You can use either the mapped name from your integration config (e.g. `people`) or the native provider object name (e.g. `contact`).
                 * @example account
                 */
                objectName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retrieved object metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "account",
                     *       "displayName": "Account",
                     *       "mappedObjectName": "companies",
                     *       "fields": {
                     *         "name": {
                     *           "fieldName": "name",
                     *           "displayName": "Account Name",
                     *           "valueType": "string",
                     *           "providerType": "string",
                     *           "readOnly": false,
                     *           "isCustom": false,
                     *           "isRequired": true
                     *         },
                     *         "billingcity": {
                     *           "fieldName": "billingcity",
                     *           "displayName": "Billing City",
                     *           "valueType": "string",
                     *           "providerType": "string",
                     *           "readOnly": false,
                     *           "isCustom": false,
                     *           "isRequired": false
                     *         },
                     *         "industry": {
                     *           "fieldName": "industry",
                     *           "displayName": "Industry",
                     *           "valueType": "singleSelect",
                     *           "providerType": "picklist",
                     *           "readOnly": false,
                     *           "isCustom": false,
                     *           "isRequired": false,
                     *           "values": [
                     *             {
                     *               "value": "technology",
                     *               "displayValue": "Technology"
                     *             },
                     *             {
                     *               "value": "finance",
                     *               "displayValue": "Finance"
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectMetadata"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listInstallationsForProject: {
        parameters: {
            query?: {
                /**
                 * @description The ID that your app uses to identify a group of users (e.g. an org ID, workspace ID, or team ID). When provided, only returns installations belonging to this group.
                 * @example group-123
                 */
                groupRef?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of installations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "3f8b2a1e-7c4d-4e9a-b5f6-1d2e3a4b5c6d",
                     *         "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *         "integrationId": "550e8400-e29b-41d4-a716-446655440000",
                     *         "group": {
                     *           "groupRef": "org_12345",
                     *           "groupName": "Acme Corp",
                     *           "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *           "createTime": "2024-01-15T10:30:00.000000Z"
                     *         },
                     *         "healthStatus": "healthy",
                     *         "connection": {
                     *           "id": "9d8c7b6a-5e4f-3a2b-1c0d-ef9876543210",
                     *           "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *           "provider": "salesforce",
                     *           "group": {
                     *             "groupRef": "org_12345",
                     *             "groupName": "Acme Corp",
                     *             "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *             "createTime": "2024-01-15T10:30:00.000000Z"
                     *           },
                     *           "consumer": {
                     *             "consumerRef": "user_67890",
                     *             "consumerName": "Jane Smith",
                     *             "projectId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *             "createTime": "2024-01-15T10:30:00.000000Z"
                     *           },
                     *           "createTime": "2024-01-15T10:30:00.000000Z",
                     *           "authScheme": "oauth2/authorizationCode",
                     *           "status": "working"
                     *         },
                     *         "createTime": "2024-01-15T10:30:00.000000Z",
                     *         "createdBy": "consumer:user_67890",
                     *         "config": {
                     *           "id": "e4d3c2b1-a098-7654-3210-fedcba987654",
                     *           "revisionId": "f0e1d2c3-b4a5-6789-0abc-def123456789",
                     *           "createTime": "2024-01-15T10:30:00.000000Z",
                     *           "createdBy": "consumer:user_67890",
                     *           "content": {
                     *             "provider": "salesforce",
                     *             "read": {
                     *               "objects": {
                     *                 "account": {
                     *                   "objectName": "account",
                     *                   "schedule": "*\/15 * * * *",
                     *                   "destination": "accountWebhook",
                     *                   "selectedFields": {
                     *                     "name": true,
                     *                     "industry": true
                     *                   }
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Installation"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getObjectMetadataForConnection: {
        parameters: {
            query: {
                /**
                 * @description The ID of the user group whose connection should be used to fetch the metadata.
                 * @example group-123
                 */
                groupRef: string;
                /**
                 * @description Excludes fields where `ReadOnly` is `true` from the response.
                 * @example true
                 */
                excludeReadOnly?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The provider name (e.g. `salesforce`, `hubspot`).
                 * @example salesforce
                 */
                provider: string;
                /**
                 * @description The native provider object name to retrieve metadata for.
                 * @example contact
                 */
                objectName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retrieved object metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "contact",
                     *       "displayName": "Contact",
                     *       "fields": {
                     *         "firstname": {
                     *           "fieldName": "firstname",
                     *           "displayName": "First Name",
                     *           "valueType": "string",
                     *           "providerType": "string",
                     *           "readOnly": false,
                     *           "isCustom": false,
                     *           "isRequired": true
                     *         },
                     *         "email": {
                     *           "fieldName": "email",
                     *           "displayName": "Email",
                     *           "valueType": "string",
                     *           "providerType": "string",
                     *           "readOnly": false,
                     *           "isCustom": false,
                     *           "isRequired": false
                     *         },
                     *         "lifecyclestage": {
                     *           "fieldName": "lifecyclestage",
                     *           "displayName": "Lifecycle Stage",
                     *           "valueType": "singleSelect",
                     *           "providerType": "enumeration",
                     *           "readOnly": false,
                     *           "isCustom": false,
                     *           "isRequired": false,
                     *           "values": [
                     *             {
                     *               "value": "lead",
                     *               "displayValue": "Lead"
                     *             },
                     *             {
                     *               "value": "customer",
                     *               "displayValue": "Customer"
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectMetadata"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    upsertMetadataForInstallation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The integration ID.
                 * @example 32356abe-d2fd-49c7-9030-abdcbc6456d4
                 */
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description Metadata upsert request containing field definitions to create or update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertMetadataRequest"];
            };
        };
        responses: {
            /** @description Metadata creation completed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertMetadataResponse"];
                };
            };
            /** @description Invalid request payload or validation errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Insufficient permissions for metadata operations */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Project, integration, or installation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    upsertMetadataForConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The provider that this connection connects to.
                 * @example salesforce
                 */
                provider: string;
            };
            cookie?: never;
        };
        /** @description Metadata upsert request containing field definitions to create or update */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertMetadataRequest"];
            };
        };
        responses: {
            /** @description Metadata creation completed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertMetadataResponse"];
                };
            };
            /** @description Invalid request payload or validation errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Insufficient permissions for metadata operations */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Project or connection not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listOperations: {
        parameters: {
            query?: {
                /** @description The number of operations to return. */
                pageSize?: number;
                /** @description A cursor that can be passed to paginate through multiple pages of operations. */
                pageToken?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The integration ID. */
                integrationId: string;
                /** @description The Ampersand installation ID. */
                installationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of operations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: components["schemas"]["Operation"][];
                        pagination: components["schemas"]["PaginationInfo"];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getBackfillProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The Ampersand integration ID.
                 * @example 113e9685-9a51-42cc-8662-9d9725b17f14
                 */
                integrationId: string;
                /**
                 * @description The Ampersand installation ID.
                 * @example 66438162-5299-4669-a41d-85c5a3b1a83e
                 */
                installationId: string;
                /**
                 * @description Name of the object being synced (e.g., "contact", "account").
                 * @example contact
                 */
                objectName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backfill progress for the object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "installationId": "66438162-5299-4669-a41d-85c5a3b1a83e",
                     *       "objectName": "contact",
                     *       "operationId": "3efc0f0f-4bb9-498f-996c-9893d98ca4b5",
                     *       "recordsProcessed": 1250,
                     *       "recordsEstimatedTotal": 5000,
                     *       "createTime": "2025-02-13T10:00:00Z",
                     *       "updateTime": "2025-02-13T10:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BackfillProgress"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description No backfill operation found or progress not available */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getOperation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description Unique identifier for the operation. Obtain from the list operations API endpoint, the Ampersand dashboard, or webhook payloads.
                 * @example 3efc0f0f-4bb9-498f-996c-9893d98ca4b5
                 */
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation, including its current status, result summary, and metadata (e.g. read progress or write results). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            /** @description Error response for any non-2xx status (e.g. operation not found, invalid project or operation ID, or server error). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://httpstatuses.com/404",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Operation not found for the given operation ID.",
                     *       "subsystem": "api",
                     *       "time": "2024-04-22T18:55:28.456076Z",
                     *       "requestId": "89eb1ffb-2a54-4105-aaae-7bf990f1aa69#87715",
                     *       "remedy": "Verify the operation ID and project are correct, or list operations to find a valid ID.",
                     *       "retryable": false
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listOperationLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description Operation ID. */
                operationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of logs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Log"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All available providers and their capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "salesforce": {
                     *         "name": "salesforce",
                     *         "displayName": "Salesforce",
                     *         "authType": "oauth2",
                     *         "baseURL": "https://{{.workspace}}.my.salesforce.com",
                     *         "defaultModule": "crm",
                     *         "support": {
                     *           "read": true,
                     *           "write": true,
                     *           "delete": true,
                     *           "subscribe": true,
                     *           "proxy": true,
                     *           "bulkWrite": {
                     *             "insert": true,
                     *             "update": true,
                     *             "upsert": true,
                     *             "delete": true
                     *           },
                     *           "search": {
                     *             "operators": {
                     *               "equals": true
                     *             }
                     *           }
                     *         },
                     *         "providerOpts": {}
                     *       },
                     *       "hubspot": {
                     *         "name": "hubspot",
                     *         "displayName": "HubSpot",
                     *         "authType": "oauth2",
                     *         "baseURL": "https://api.hubapi.com",
                     *         "defaultModule": "",
                     *         "support": {
                     *           "read": true,
                     *           "write": true,
                     *           "delete": true,
                     *           "subscribe": true,
                     *           "proxy": true,
                     *           "bulkWrite": {
                     *             "insert": false,
                     *             "update": false,
                     *             "upsert": false,
                     *             "delete": false
                     *           },
                     *           "search": {
                     *             "operators": {
                     *               "equals": true
                     *             }
                     *           }
                     *         },
                     *         "providerOpts": {}
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogType"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The provider name (e.g. `salesforce`, `hubspot`).
                 * @example hubspot
                 */
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested provider. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderInfo"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Whether to include only active API keys. If false, all API keys are included. */
                active?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of API keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Project not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description API key to access Ampersand APIs. */
                apiKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description API key not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description API key to access Ampersand APIs. */
                apiKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description API key to access Ampersand APIs. */
                apiKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchApiKeyRequest"];
            };
        };
        responses: {
            /** @description API key updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listConnections: {
        parameters: {
            query?: {
                /** @description The provider name (e.g. "salesforce", "hubspot") */
                provider?: string;
                /**
                 * @description The ID of the user group that has access to this installation.
                 * @example group-123
                 */
                groupRef?: string;
                /** @description The consumer reference. */
                consumerRef?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of project connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    generateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GenerateConnectionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getConnection: {
        parameters: {
            query?: {
                /** @description Whether to include credentials for `oauth2AuthorizationCode` in the response. If true, `accessToken` and `scopes` are included. To include `refreshToken` as well, set `includeRefreshToken` to true. Default is false. */
                includeCreds?: boolean;
                /** @description Whether to include `refreshToken` for `oauth2AuthorizationCode` credentials in the response (along with `accessToken` and `scopes`). If true, the `includeCreds` query parameter will be ignored. Default is false. */
                includeRefreshToken?: boolean;
                /** @description Whether to refresh the access token. If value is `ifExpired`, the access token will be refreshed only if it has expired. If value is `force`, the access token will be refreshed regardless of its expiration. */
                refresh?: "force" | "ifExpired";
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @example connection-123 */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Connection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @example connection-123 */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The ID of the connection to update. You can find this via the [list connections endpoint](https://docs.withampersand.com/reference/connection/list-connections).
                 * @example connection-123
                 */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectionRequest"];
            };
        };
        responses: {
            /** @description Connection updated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c3a1f9d2-7b4e-4f8a-9e6d-2c5b8a3f1e7d",
                     *       "projectId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                     *       "provider": "salesforce",
                     *       "group": {
                     *         "groupRef": "8f2e4a6b-1c3d-4e5f-9a7b-0d8e6f2c4a1b",
                     *         "groupName": "my-group"
                     *       },
                     *       "consumer": {
                     *         "consumerRef": "d4e5f6a7-b8c9-4d0e-a1f2-3b4c5d6e7f8a",
                     *         "consumerName": "my-consumer"
                     *       },
                     *       "providerWorkspaceRef": "my-org.my.salesforce.com",
                     *       "authScheme": "apiKey",
                     *       "status": "working",
                     *       "createTime": "2023-07-13T21:34:44.816354Z",
                     *       "updateTime": "2024-01-15T10:22:33.000000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            /** @description Invalid update mask or request body. The response includes the list of allowed mask values. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Invalid update mask",
                     *       "subsystem": "api",
                     *       "time": "2024-04-22T18:55:28.456076Z",
                     *       "requestId": "89eb1ffb-2a54-4105-aaae-7bf990f1aa69#87715",
                     *       "remedy": "Allowed masks: 'providerWorkspaceRef, providerMetadata, apiKey, basicAuth, oauth2ClientCredentials, oauth2PasswordCredentials'",
                     *       "retryable": false
                     *     }
                     */
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error (e.g. connection not found, auth scheme mismatch, or server error). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listDestinations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of destinations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Destination"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Name for the new destination. Must be unique within the project and can only contain letters, numbers and dashes.
                     * @example leadConvertedWebhook
                     */
                    name: string;
                    /**
                     * @description The type of the destination. For `slack`, set `metadata.url` to a Slack incoming webhook URL. The warehouse and message-queue types (`clickhouse`, `snowflake`, `bigquery`, `redshift`, `sqs`, `pubsub`, `rabbitmq`, `azureservicebus`) are configured via the `metadata` and `secrets` fields documented below.
                     * @example webhook
                     * @enum {string}
                     */
                    type: "webhook" | "kinesis" | "s3" | "slack" | "clickhouse" | "snowflake" | "bigquery" | "redshift" | "sqs" | "pubsub" | "rabbitmq" | "azureservicebus";
                    /** @description Secrets for the destination. */
                    secrets?: {
                        /**
                         * @description The AWS access key ID for the `kinesis`, `s3`, and `sqs` destinations. Required for `sqs`.
                         * @example AKIAIOSFODNN7EXAMPLE
                         */
                        awsKeyId?: string;
                        /**
                         * @description The AWS secret access key for the `kinesis`, `s3`, and `sqs` destinations. Required for `sqs`.
                         * @example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                         */
                        awsSecretKey?: string;
                        /**
                         * @description The optional AWS session token for the `kinesis`, `s3`, and `sqs` destinations.
                         * @example AQoEXAMPLEH4aoAH0gNCAPy...
                         */
                        awsSessionToken?: string;
                        /**
                         * @description The password for the `clickhouse` and `rabbitmq` destinations. Required for `rabbitmq`.
                         * @example my-clickhouse-password
                         */
                        password?: string;
                        /**
                         * @description The PEM-encoded RSA private key for the `snowflake` destination.
                         * @example -----BEGIN PRIVATE KEY-----
                         *     ...
                         *     -----END PRIVATE KEY-----
                         */
                        privateKey?: string;
                        /**
                         * @description The service-account credentials JSON for the `bigquery`, `gcs`, and `pubsub` destinations. Required for `pubsub`.
                         * @example {"type":"service_account", ...}
                         */
                        credentials?: string;
                        /**
                         * @description The AWS access key ID for the `redshift` destination.
                         * @example AKIAIOSFODNN7EXAMPLE
                         */
                        accessKeyId?: string;
                        /**
                         * @description The AWS secret access key for the `redshift` destination.
                         * @example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                         */
                        secretAccessKey?: string;
                        /**
                         * @description The account access key for the `azureblob` destination.
                         * @example my-azure-access-key
                         */
                        accessKey?: string;
                        /**
                         * @description The username for the `rabbitmq` destination. Required for `rabbitmq`.
                         * @example ampersand
                         */
                        username?: string;
                        /**
                         * @description The connection string for the `azureservicebus` destination. Required for `azureservicebus`.
                         * @example Endpoint=sb://my-namespace.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=...
                         */
                        connectionString?: string;
                    };
                    metadata: {
                        /**
                         * @description Webhook URL, must start with "https://". For `slack` destinations, this is the Slack incoming webhook URL.
                         * @example https://webhooks.mailmonkey.com/salesforce-lead-converted
                         */
                        url?: string;
                        headers?: components["schemas"]["WebhookHeaders"];
                        /**
                         * @description The AWS region where the Kinesis or S3 destination is hosted.
                         * @example us-east-1
                         */
                        region?: string;
                        /**
                         * @description The name of the Kinesis stream to send events to.
                         * @example my-kinesis-stream
                         */
                        streamName?: string;
                        /**
                         * @description The endpoint URL for the `kinesis` stream, or the optional custom endpoint URL for the `sqs` destination.
                         * @example https://kinesis.us-east-1.amazonaws.com
                         */
                        endpointUrl?: string;
                        /**
                         * @description The template for the partition key (a JMESPath template). Used by `kinesis`.
                         * @example data.user_id
                         */
                        partitionKeyTemplate?: string;
                        /**
                         * @description The name of the S3 bucket to write objects to.
                         * @example ampersand-integration-bucket
                         */
                        bucket?: string;
                        /**
                         * @description The template for the S3 object key to use when writing objects (a JMESPath template). If omitted, the key defaults to the message timestamp followed by the message ID.
                         * @example join('/', [metadata.objectName, metadata.operationId])
                         */
                        keyTemplate?: string;
                        /**
                         * @description The S3 storage class for written objects. Defaults to STANDARD. Common values include STANDARD, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER, GLACIER_IR, and DEEP_ARCHIVE.
                         * @example STANDARD
                         */
                        storageClass?: string;
                        /**
                         * @description The username for the `clickhouse` destination.
                         * @example default
                         */
                        username?: string;
                        /**
                         * @description The destination table name (`clickhouse`, `snowflake`, `redshift`).
                         * @example events
                         */
                        tableName?: string;
                        /**
                         * @description The database name for the `clickhouse` destination.
                         * @example analytics
                         */
                        database?: string;
                        /**
                         * @description The Snowflake account identifier for the `snowflake` destination.
                         * @example myorg-myaccount
                         */
                        accountIdentifier?: string;
                        /**
                         * @description The user ID for the `snowflake` destination.
                         * @example SVC_AMPERSAND
                         */
                        userId?: string;
                        /**
                         * @description The database name (`snowflake`, `redshift`).
                         * @example ANALYTICS
                         */
                        dbName?: string;
                        /**
                         * @description The schema name (`snowflake`, `redshift`).
                         * @example PUBLIC
                         */
                        schemaName?: string;
                        /**
                         * @description The Google Cloud project ID (`bigquery`, `pubsub`). Required for `pubsub`.
                         * @example my-gcp-project
                         */
                        projectId?: string;
                        /**
                         * @description The BigQuery dataset ID for the `bigquery` destination.
                         * @example analytics
                         */
                        datasetId?: string;
                        /**
                         * @description The BigQuery table ID for the `bigquery` destination.
                         * @example events
                         */
                        tableId?: string;
                        /**
                         * @description The Redshift Serverless workgroup name for the `redshift` destination.
                         * @example my-workgroup
                         */
                        workgroupName?: string;
                        /**
                         * @description The Redshift provisioned cluster identifier for the `redshift` destination.
                         * @example my-cluster
                         */
                        clusterIdentifier?: string;
                        /**
                         * @description The database user for the `redshift` destination.
                         * @example ampersand
                         */
                        dbUser?: string;
                        /**
                         * @description The storage account name for the `azureblob` destination.
                         * @example mystorageaccount
                         */
                        account?: string;
                        /**
                         * @description The blob container name for the `azureblob` destination.
                         * @example ampersand-data
                         */
                        container?: string;
                        /**
                         * @description The SQS queue URL for the `sqs` destination. Required for `sqs`.
                         * @example https://sqs.us-east-1.amazonaws.com/123456789012/my-queue
                         */
                        queueUrl?: string;
                        /**
                         * @description The Pub/Sub topic ID for the `pubsub` destination. Required for `pubsub`.
                         * @example ampersand-events
                         */
                        topicId?: string;
                        /**
                         * @description The AMQP server URL for the `rabbitmq` destination. Required for `rabbitmq`.
                         * @example amqp://rabbit.example.com:5672
                         */
                        serverUrl?: string;
                        /**
                         * @description The exchange to publish to for the `rabbitmq` destination. Required for `rabbitmq`.
                         * @example ampersand.events
                         */
                        exchange?: string;
                        /**
                         * @description Whether to connect over TLS. Optional for the `rabbitmq` destination.
                         * @example true
                         */
                        tls?: boolean;
                        /**
                         * @description The queue or topic name for the `azureservicebus` destination. Required for `azureservicebus`.
                         * @example ampersand-events
                         */
                        name?: string;
                        /**
                         * @description For warehouse destinations (`clickhouse`, `snowflake`, `bigquery`, `redshift`), the number of rows to buffer before flushing a batch. Defaults to 1000.
                         * @example 1000
                         */
                        batchSize?: number;
                        /**
                         * @description For warehouse destinations, the maximum number of seconds to wait before flushing a batch (whichever comes first with `batchSize`). Defaults to 30.
                         * @example 30
                         */
                        maxWaitSecs?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Destination"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getDestination: {
        parameters: {
            query?: {
                /**
                 * @description Include secrets in the response
                 * @example true
                 */
                includeSecrets?: boolean;
                /**
                 * @description Rotate the destination secrets
                 * @example true
                 */
                rotate?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /**
                 * @description The destination name.
                 * @example leadConvertedWebhook
                 */
                destination: string;
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
                    "application/json": components["schemas"]["DestinationWithSecrets"];
                };
            };
            /** @description Destination not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The destination ID */
                destination: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The destination ID. */
                destination: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Array of field paths specifying which fields to update. Allowed values include:
                     *     - name
                     *     - metadata.url
                     *     - metadata.headers
                     *     - metadata.region
                     *     - metadata.streamName
                     *     - metadata.endpointUrl
                     *     - metadata.partitionKeyTemplate
                     *     - metadata.bucket
                     *     - metadata.keyTemplate
                     *     - metadata.storageClass
                     *     - metadata.username
                     *     - metadata.tableName
                     *     - metadata.database
                     *     - metadata.accountIdentifier
                     *     - metadata.userId
                     *     - metadata.dbName
                     *     - metadata.schemaName
                     *     - metadata.projectId
                     *     - metadata.datasetId
                     *     - metadata.tableId
                     *     - metadata.workgroupName
                     *     - metadata.clusterIdentifier
                     *     - metadata.dbUser
                     *     - metadata.account
                     *     - metadata.container
                     *     - metadata.queueUrl
                     *     - metadata.topicId
                     *     - metadata.serverUrl
                     *     - metadata.exchange
                     *     - metadata.tls
                     *     - metadata.name
                     *     - metadata.batchSize
                     *     - metadata.maxWaitSecs
                     *     - secrets.awsKeyId
                     *     - secrets.awsSecretKey
                     *     - secrets.awsSessionToken
                     *     - secrets.password
                     *     - secrets.privateKey
                     *     - secrets.credentials
                     *     - secrets.accessKeyId
                     *     - secrets.secretAccessKey
                     *     - secrets.accessKey
                     *     - secrets.username
                     *     - secrets.connectionString
                     * @example [
                     *       "name",
                     *       "metadata.url",
                     *       "metadata.region",
                     *       "metadata.streamName"
                     *     ]
                     */
                    updateMask: string[];
                    destination: {
                        /**
                         * @description User-friendly name for the destination
                         * @example leadConvertedWebhook
                         */
                        name?: string;
                        metadata?: {
                            /**
                             * @description Webhook URL
                             * @example https://webhooks.mailmonkey.com/salesforce-lead-converted
                             */
                            url?: string;
                            headers?: components["schemas"]["WebhookHeaders"];
                            /**
                             * @description The AWS region where the Kinesis or S3 destination is hosted.
                             * @example us-east-1
                             */
                            region?: string;
                            /**
                             * @description The name of the Kinesis stream to send events to.
                             * @example my-kinesis-stream
                             */
                            streamName?: string;
                            /**
                             * @description The endpoint URL for the `kinesis` stream, or the optional custom endpoint URL for the `sqs` destination.
                             * @example https://kinesis.us-east-1.amazonaws.com
                             */
                            endpointUrl?: string;
                            /**
                             * @description The template for the partition key (a JMESPath template). Used by `kinesis`.
                             * @example data.user_id
                             */
                            partitionKeyTemplate?: string;
                            /**
                             * @description The name of the S3 bucket to write objects to.
                             * @example ampersand-integration-bucket
                             */
                            bucket?: string;
                            /**
                             * @description The template for the S3 object key to use when writing objects (a JMESPath template). If omitted, the key defaults to the message timestamp followed by the message ID.
                             * @example join('/', [metadata.objectName, metadata.operationId])
                             */
                            keyTemplate?: string;
                            /**
                             * @description The S3 storage class for written objects. Defaults to STANDARD. Common values include STANDARD, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER, GLACIER_IR, and DEEP_ARCHIVE.
                             * @example STANDARD
                             */
                            storageClass?: string;
                            /**
                             * @description The username for the `clickhouse` destination.
                             * @example default
                             */
                            username?: string;
                            /**
                             * @description The destination table name (`clickhouse`, `snowflake`, `redshift`).
                             * @example events
                             */
                            tableName?: string;
                            /**
                             * @description The database name for the `clickhouse` destination.
                             * @example analytics
                             */
                            database?: string;
                            /**
                             * @description The Snowflake account identifier for the `snowflake` destination.
                             * @example myorg-myaccount
                             */
                            accountIdentifier?: string;
                            /**
                             * @description The user ID for the `snowflake` destination.
                             * @example SVC_AMPERSAND
                             */
                            userId?: string;
                            /**
                             * @description The database name (`snowflake`, `redshift`).
                             * @example ANALYTICS
                             */
                            dbName?: string;
                            /**
                             * @description The schema name (`snowflake`, `redshift`).
                             * @example PUBLIC
                             */
                            schemaName?: string;
                            /**
                             * @description The Google Cloud project ID (`bigquery`, `pubsub`). Required for `pubsub`.
                             * @example my-gcp-project
                             */
                            projectId?: string;
                            /**
                             * @description The BigQuery dataset ID for the `bigquery` destination.
                             * @example analytics
                             */
                            datasetId?: string;
                            /**
                             * @description The BigQuery table ID for the `bigquery` destination.
                             * @example events
                             */
                            tableId?: string;
                            /**
                             * @description The Redshift Serverless workgroup name for the `redshift` destination.
                             * @example my-workgroup
                             */
                            workgroupName?: string;
                            /**
                             * @description The Redshift provisioned cluster identifier for the `redshift` destination.
                             * @example my-cluster
                             */
                            clusterIdentifier?: string;
                            /**
                             * @description The database user for the `redshift` destination.
                             * @example ampersand
                             */
                            dbUser?: string;
                            /**
                             * @description The storage account name for the `azureblob` destination.
                             * @example mystorageaccount
                             */
                            account?: string;
                            /**
                             * @description The blob container name for the `azureblob` destination.
                             * @example ampersand-data
                             */
                            container?: string;
                            /**
                             * @description The SQS queue URL for the `sqs` destination. Required for `sqs`.
                             * @example https://sqs.us-east-1.amazonaws.com/123456789012/my-queue
                             */
                            queueUrl?: string;
                            /**
                             * @description The Pub/Sub topic ID for the `pubsub` destination. Required for `pubsub`.
                             * @example ampersand-events
                             */
                            topicId?: string;
                            /**
                             * @description The AMQP server URL for the `rabbitmq` destination. Required for `rabbitmq`.
                             * @example amqp://rabbit.example.com:5672
                             */
                            serverUrl?: string;
                            /**
                             * @description The exchange to publish to for the `rabbitmq` destination. Required for `rabbitmq`.
                             * @example ampersand.events
                             */
                            exchange?: string;
                            /**
                             * @description Whether to connect over TLS. Optional for the `rabbitmq` destination.
                             * @example true
                             */
                            tls?: boolean;
                            /**
                             * @description The queue or topic name for the `azureservicebus` destination. Required for `azureservicebus`.
                             * @example ampersand-events
                             */
                            name?: string;
                            /**
                             * @description For warehouse destinations, rows to buffer before flushing a batch (default 1000).
                             * @example 1000
                             */
                            batchSize?: number;
                            /**
                             * @description For warehouse destinations, max seconds before flushing a batch (default 30).
                             * @example 30
                             */
                            maxWaitSecs?: number;
                        };
                        /** @description Secrets for the destination. */
                        secrets?: {
                            /**
                             * @description The AWS access key ID for the `kinesis`, `s3`, and `sqs` destinations. Required for `sqs`.
                             * @example AKIAIOSFODNN7EXAMPLE
                             */
                            awsKeyId?: string;
                            /**
                             * @description The AWS secret access key for the `kinesis`, `s3`, and `sqs` destinations. Required for `sqs`.
                             * @example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                             */
                            awsSecretKey?: string;
                            /**
                             * @description The optional AWS session token for the `kinesis`, `s3`, and `sqs` destinations.
                             * @example AQoEXAMPLEH4aoAH0gNCAPy...
                             */
                            awsSessionToken?: string;
                            /**
                             * @description The password for the `clickhouse` and `rabbitmq` destinations. Required for `rabbitmq`.
                             * @example my-clickhouse-password
                             */
                            password?: string;
                            /**
                             * @description The PEM-encoded RSA private key for the `snowflake` destination.
                             * @example -----BEGIN PRIVATE KEY-----
                             *     ...
                             *     -----END PRIVATE KEY-----
                             */
                            privateKey?: string;
                            /**
                             * @description The service-account credentials JSON for the `bigquery`, `gcs`, and `pubsub` destinations. Required for `pubsub`.
                             * @example {"type":"service_account", ...}
                             */
                            credentials?: string;
                            /**
                             * @description The AWS access key ID for the `redshift` destination.
                             * @example AKIAIOSFODNN7EXAMPLE
                             */
                            accessKeyId?: string;
                            /**
                             * @description The AWS secret access key for the `redshift` destination.
                             * @example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                             */
                            secretAccessKey?: string;
                            /**
                             * @description The account access key for the `azureblob` destination.
                             * @example my-azure-access-key
                             */
                            accessKey?: string;
                            /**
                             * @description The username for the `rabbitmq` destination. Required for `rabbitmq`.
                             * @example ampersand
                             */
                            username?: string;
                            /**
                             * @description The connection string for the `azureservicebus` destination. Required for `azureservicebus`.
                             * @example Endpoint=sb://my-namespace.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=...
                             */
                            connectionString?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Destination"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Destination not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    generateUploadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedUrl"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The organization label.
                     * @example org-123
                     */
                    label: string;
                };
            };
        };
        responses: {
            /** @description The newly created org */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Array of field paths specifying which fields to update. Allowed values include:
                     *     - label
                     * @example [
                     *       "label"
                     *     ]
                     */
                    updateMask: string[];
                    org: {
                        /**
                         * @description The organization label.
                         * @example org-123
                         */
                        label?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Updated org */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listOrgBuilders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of builders that are a part of the org */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Builder"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listOrgInvites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of invites */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createOrgInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description The email address of the user to invite.
                     * @example alice@company.com
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description The newly created invite */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getOrgInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invite */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteOrgInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    addUserToOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The ID of the builder to add to the organization
                     * @example builder-id-123
                     */
                    builderId: string;
                };
            };
        };
        responses: {
            /** @description User successfully added to organization */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request - Membership already exists or invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Forbidden - Requires org:owner permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Not Found - Organization or builder not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getMyInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Information about the current user and their organizations and projects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderInfo"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The email address that the invite was sent to */
                    invitedEmail: string;
                };
            };
        };
        responses: {
            /** @description Information about the current user and their organizations and projects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderInfo"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getOrgBillingAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the organization.
                 * @example 9f7c3e2a-61b8-4f5c-8d1a-eb24f3b05d79
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Billing account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingAccount"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createBillingAccountSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                billingAccountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The URL to redirect to once a portal session is exited.
                     * @example https://dashboard.withampersand.com/the-current-page
                     */
                    redirectUrl: string;
                    /**
                     * @description The number of seconds before the portal session expires.
                     * @example 3600
                     */
                    timeout?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The URL to redirect to in order to start the portal session.
                         * @example https://billing.portal.com/customer/session
                         */
                        url: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of topics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The name of the topic. Must contain only letters, numbers, and dashes.
                     * @example system-alerts
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Conflict - A topic with this name already exists in this project. Please choose a different name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The topic ID. */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Topic not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
                /** @description The topic ID. */
                topicId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description A human-readable name for the topic.
                     * @example Updated System Alerts
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Topic not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Conflict - A topic with this name already exists in this project. Please choose a different name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listEventTopicRoutes: {
        parameters: {
            query?: {
                /** @description Filter by topic ID. */
                topicId?: string;
                /** @description Filter by notification event type. */
                eventType?: components["schemas"]["NotificationEventType"];
            };
            header?: never;
            path: {
                /** @description The Ampersand project ID or project name. */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of event-topic routes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationEventTopicRoute"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createEventTopicRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    eventType: components["schemas"]["NotificationEventType"];
                    /** @description The ID of the topic to route events to. */
                    topicId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationEventTopicRoute"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteEventTopicRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Ampersand project ID or project name. */
                projectIdOrName: string;
                /** @description The event-topic route ID. */
                routeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Route not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listTopicDestinationRoutes: {
        parameters: {
            query?: {
                /** @description Filter by topic ID. */
                topicId?: string;
                /** @description Filter by destination ID. */
                destinationId?: string;
            };
            header?: never;
            path: {
                /** @description The Ampersand project ID or project name. */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of topic destination routes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicDestinationRoute"][];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createTopicDestinationRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Ampersand project ID or project name.
                 * @example my-project
                 */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The ID of the topic. */
                    topicId: string;
                    /** @description The ID of the destination. */
                    destinationId: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicDestinationRoute"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteTopicDestinationRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Ampersand project ID or project name. */
                projectIdOrName: string;
                /** @description The topic destination route ID. */
                routeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Route not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listJWTKeys: {
        parameters: {
            query?: {
                /**
                 * @description Filter to only return active JWT keys
                 * @example true
                 */
                active?: boolean;
            };
            header?: never;
            path: {
                /** @description Ampersand Project ID or name. */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of JWT keys retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JWTKey"][];
                };
            };
            /** @description Bad request - invalid project ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    createJWTKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ampersand Project ID or name. */
                projectIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJWTKeyRequest"];
            };
        };
        responses: {
            /** @description JWT key created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JWTKeyResponse"];
                };
            };
            /** @description Bad request - validation error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Project not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    getJWTKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ampersand Project ID or name. */
                projectIdOrName: string;
                /** @description The JWT key ID. */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JWT key retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JWTKey"];
                };
            };
            /** @description JWT key not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    deleteJWTKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ampersand Project ID or name. */
                projectIdOrName: string;
                /** @description The JWT key ID. */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JWT key deleted successfully (no content) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description JWT key not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    updateJWTKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ampersand Project ID or name. */
                projectIdOrName: string;
                /** @description The JWT key ID. */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchJWTKeyRequest"];
            };
        };
        responses: {
            /** @description JWT key updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JWTKey"];
                };
            };
            /** @description Bad request - invalid update mask or missing project/key ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description JWT key not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Unprocessable entity - value not found for mask */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    checkClaimedDomain: {
        parameters: {
            query: {
                /**
                 * @description Accepts an email address, domain name, or URL. The domain will be automatically extracted: for emails, the portion after @ is used (e.g., "user@example.com" becomes "example.com"); for URLs, the hostname is extracted (e.g., "https://www.example.com" becomes "example.com").
                 * @example xyz@withampersand.com
                 */
                domain: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domain claim status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimedDomainResponse"];
                };
            };
            /** @description Bad Request - Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Domain not claimed */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    claimDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Accepts an email address, domain name, or URL. The domain will be automatically extracted: for emails, the portion after @ is used (e.g., "user@example.com" becomes "example.com"); for URLs, the hostname is extracted (e.g., "https://www.example.com" becomes "example.com").
                     * @example xyz@withampersand.com
                     */
                    domain: string;
                    /**
                     * @description ID of the parent entity claiming the domain
                     * @example orgId
                     */
                    parentId: string;
                    /**
                     * @description Type of the parent entity
                     * @example org
                     */
                    parentType: string;
                };
            };
        };
        responses: {
            /** @description Domain claimed successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request - Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InputValidationProblem"];
                };
            };
            /** @description Domain already claimed by another organization */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
    listOrgClaimedDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Organization ID
                 * @example orgId
                 */
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of claimed domains for the organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimedDomainResponse"][];
                };
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiProblem"];
                };
            };
        };
    };
}
