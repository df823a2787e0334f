// Generated from specs/supermemory.yaml by tools/generator; do not edit (change the document or the generator).

export interface paths {
    "/v3/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add document
         * @description Add a document with any content type (text, url, file, etc.) and metadata
         */
        post: operations["postV3Documents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch add documents
         * @description Add multiple documents in a single request. Each document can have any content type (text, url, file, etc.) and metadata
         */
        post: operations["postV3DocumentsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get document
         * @description Get a document by ID
         */
        get: operations["getV3DocumentsById"];
        put?: never;
        post?: never;
        /**
         * Delete document by ID or customId
         * @description Delete a document by ID or customId
         */
        delete: operations["deleteV3DocumentsById"];
        options?: never;
        head?: never;
        /**
         * Update document
         * @description Update a document with any content type (text, url, file, etc.) and metadata
         */
        patch: operations["patchV3DocumentsById"];
        trace?: never;
    };
    "/v3/documents/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Upload a file to be processed
         */
        post: operations["postV3DocumentsFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List documents
         * @description Retrieves a paginated list of documents with their metadata and workflow status
         */
        post: operations["postV3DocumentsList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get processing documents
         * @description Get documents that are currently being processed
         */
        get: operations["getV3DocumentsProcessing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/{id}/chunks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get document chunks
         * @description Get all chunks for a document, ordered by position
         */
        get: operations["getV3DocumentsByIdChunks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/{id}/file-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get presigned file URL
         * @description Get a fresh presigned URL for a document's file. Returns a time-limited URL (24h) that can be used to download the file.
         */
        get: operations["getV3DocumentsByIdFileUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/documents/bulk": {
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
         * Bulk delete documents
         * @description Bulk delete documents by IDs or container tags
         */
        delete: operations["deleteV3DocumentsBulk"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search documents
         * @description Search memories with advanced filtering
         */
        post: operations["postV3Search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get settings
         * @description Get settings for an organization
         */
        get: operations["getV3Settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update settings
         * @description Update settings for an organization
         */
        patch: operations["patchV3Settings"];
        trace?: never;
    };
    "/v3/settings/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset organization data
         * @description Reset organization content: removes documents, memories, spaces (except default project), connections, and org settings. Preserves the org, members, and billing.
         */
        post: operations["postV3SettingsReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/settings/suggest-buckets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest profile buckets
         * @description Suggest profile bucket definitions based on the organization context prompt. Returns 3–6 bucket suggestions tailored to the use-case described in the prompt.
         */
        post: operations["postV3SettingsSuggestBuckets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/container-tags/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all container tags
         * @description List all container tags with isNova flag
         */
        get: operations["getV3ContainerTagsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/container-tags/{containerTag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get container tag settings
         * @description Get settings for a container tag
         */
        get: operations["getV3ContainerTagsByContainerTag"];
        put?: never;
        post?: never;
        /**
         * Delete container tag
         * @description Delete a container tag and all its documents and memories. Only organization owners and admins can perform this action.
         */
        delete: operations["deleteV3ContainerTagsByContainerTag"];
        options?: never;
        head?: never;
        /**
         * Update container tag settings
         * @description Update settings for a container tag
         */
        patch: operations["patchV3ContainerTagsByContainerTag"];
        trace?: never;
    };
    "/v3/container-tags/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge container tags
         * @description Merge multiple container tags into a target tag. All documents from the source tags will be updated to reference the target tag, and the source tags will be deleted after successful merge.
         */
        post: operations["postV3ContainerTagsMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/container-tags/merge/{mergeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get container tag merge status
         * @description Get queued container tag merge status
         */
        get: operations["getV3ContainerTagsMergeByMergeId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create memories directly
         * @description Create memories directly, bypassing the document ingestion workflow. Generates embeddings and makes them immediately searchable.
         */
        post: operations["postV4Memories"];
        /**
         * Forget a memory
         * @description Forget (soft delete) a memory entry. The memory is marked as forgotten but not permanently deleted.
         */
        delete: operations["deleteV4Memories"];
        options?: never;
        head?: never;
        /**
         * Update a memory (creates new version)
         * @description Update a memory by creating a new version. The original memory is preserved with isLatest=false.
         */
        patch: operations["patchV4Memories"];
        trace?: never;
    };
    "/v4/memories/forget-matching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forget memories matching a prompt/query
         * @description Agentic mass-forget. Given a prompt or query, a tool-calling agent searches the container's memories and soft-deletes everything matching the target. Use dryRun to preview first.
         */
        post: operations["postV4MemoriesForgetMatching"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/memories/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List memory entries with history
         * @description List all latest memory entries from specified container tags with their update history and source documents
         */
        post: operations["postV4MemoriesList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get user profile
         * @description Get user profile with optional search results
         */
        post: operations["postV4Profile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/profile/buckets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get profile buckets
         * @description Returns the effective profile bucket definitions for a given container tag — org-level buckets merged with any container-tag-level additions.
         */
        post: operations["postV4ProfileBuckets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search memory entries
         * @description Search memory entries - Low latency for conversational
         */
        post: operations["postV4Search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest or update conversation
         * @description Ingest or update a conversation
         */
        post: operations["postV4Conversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List connections
         * @description List all connections
         */
        post: operations["postV3ConnectionsList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{provider}": {
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
         * @description Initialize connection and get authorization URL
         */
        post: operations["postV3ConnectionsByProvider"];
        /**
         * Delete connection
         * @description Delete connection for a specific provider and container tags
         */
        delete: operations["deleteV3ConnectionsByProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{connectionId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch resources
         * @description Fetch resources for a connection (supported providers: GitHub for now)
         */
        get: operations["getV3ConnectionsByConnectionIdResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{connectionId}/configure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Configure connection
         * @description Configure resources for a connection (supported providers: GitHub for now)
         */
        post: operations["postV3ConnectionsByConnectionIdConfigure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{connectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get connection (by id)
         * @description Get connection details with id
         */
        get: operations["getV3ConnectionsByConnectionId"];
        put?: never;
        post?: never;
        /**
         * Delete connection by ID
         * @description Delete a specific connection by ID
         */
        delete: operations["deleteV3ConnectionsByConnectionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{provider}/connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get connection (by provider)
         * @description Get connection details with provider and container tags
         */
        post: operations["postV3ConnectionsByProviderConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{provider}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List documents
         * @description List documents indexed for a provider and container tags
         */
        post: operations["postV3ConnectionsByProviderDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/connections/{provider}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync connection
         * @description Initiate a manual sync of connections
         */
        post: operations["postV3ConnectionsByProviderImport"];
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
        ErrorResponse: {
            /**
             * @description Error message
             * @example Invalid request parameters
             */
            error: string;
            /**
             * @description Additional error details
             * @example Query must be at least 1 character long
             */
            details?: string;
        };
        /** @description A single filter condition based on metadata, numeric values, array contents, or string matching */
        FilterCondition: {
            /**
             * @default metadata
             * @enum {string}
             */
            filterType?: "metadata" | "numeric" | "array_contains" | "string_contains";
            key: string;
            negate?: boolean | ("true" | "false");
            ignoreCase?: boolean | ("true" | "false");
            /**
             * @default =
             * @enum {string}
             */
            numericOperator?: ">" | "<" | ">=" | "<=" | "=";
            value: string;
        };
        /** @description A single filter condition or a nested AND/OR expression. The API validates up to 5 levels of nesting. */
        LogicalExpression: components["schemas"]["FilterCondition"] | {
            /** @description OR: Array of conditions or nested expressions */
            OR: components["schemas"]["LogicalExpression"][];
        } | {
            /** @description AND: Array of conditions or nested expressions */
            AND: components["schemas"]["LogicalExpression"][];
        };
        /** @description Root query object that must contain either an AND or OR array of filter expressions */
        QueryFilter: {
            /** @description Array of OR filter expressions */
            OR: components["schemas"]["LogicalExpression"][];
        } | {
            /** @description Array of AND filter expressions */
            AND: components["schemas"]["LogicalExpression"][];
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
    postV3Documents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The content to extract and process into a document. This can be a URL to a website, a PDF, an image, or a video. */
                    content: string;
                    /** @description Optional tag this document should be containerized by. Max 100 characters, alphanumeric with hyphens, underscores, and dots only. */
                    containerTag?: string;
                    /** @deprecated */
                    containerTags?: string[];
                    /**
                     * maxLength(1500)
                     * @description Optional entity context for this container tag. Max 1500 characters. Used during document processing to guide memory extraction.
                     */
                    entityContext?: string;
                    /** @description Optional custom ID of the document. Max 100 characters, alphanumeric with hyphens, underscores, and dots only. */
                    customId?: string;
                    /** @description Optional metadata for the document. */
                    metadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                    /**
                     * @description Task type: "memory" (default) for full context layer with SuperRAG built in, "superrag" for managed RAG as a service.
                     * @enum {string}
                     */
                    taskType?: "memory" | "superrag";
                    /** @description Optional file path for the document. Used by supermemoryfs to store the full path of the file. */
                    filepath?: string;
                    /** @description Optional metadata filter to apply when pulling related memories and profile during ingestion. Only memories matching these filters will be used as context. */
                    filterByMetadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                    /**
                     * @description Processing mode. "dynamic" (default) groups related documents together so memories form from coherent, logical units rather than one isolated entry at a time. "instant" processes each document on its own right away, and bills one extra operation per document.
                     * @enum {string}
                     */
                    dreaming?: "instant" | "dynamic";
                };
            };
        };
        responses: {
            /** @description Document added successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Unique identifier of the document */
                        id: string;
                        /** @description Status of the document */
                        status: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3DocumentsBatch: {
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
                     * @description Optional tag this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                     * @example user_alex
                     */
                    containerTag?: string;
                    /**
                     * @deprecated
                     * @description (DEPRECATED: Use containerTag instead) Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                     */
                    containerTags?: string[];
                    /**
                     * @description Optional metadata for the document. This is used to store additional information about the document. You can use this to store any additional information you need about the document. Metadata can be filtered through. Keys must be strings and are case sensitive. Values can be strings, numbers, or booleans. You cannot nest objects.
                     * @example {
                     *       "source": "upload",
                     *       "language": "en"
                     *     }
                     */
                    metadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                    /**
                     * @description Task type: "memory" (default) for full context layer with SuperRAG built in, "superrag" for managed RAG as a service.
                     * @example memory
                     * @enum {string}
                     */
                    taskType?: "memory" | "superrag";
                    /**
                     * @description Optional file path for the document (e.g., '/documents/reports/file.pdf'). Used by supermemoryfs to map documents to filesystem paths.
                     * @example /documents/reports/file.pdf
                     */
                    filepath?: string;
                    /**
                     * @description Optional metadata filter scoping which existing memories are pulled as context during ingestion. Scalar values match exactly (AND across keys); array values match ANY (OR within key). Only memories whose source documents match this filter are used as context.
                     * @example {
                     *       "department": "engineering",
                     *       "region": "us"
                     *     }
                     */
                    filterByMetadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                    /**
                     * @description Optional entity context for this container tag. Max 1500 characters. Used during document processing to guide memory extraction.
                     * @example User's name is {XYZ}
                     */
                    entityContext?: string;
                    /**
                     * @description Processing mode. "dynamic" (default) groups related documents together so memories form from coherent, logical units rather than one isolated entry at a time. "instant" processes each document on its own right away, and bills one extra operation per document.
                     * @example instant
                     * @enum {string}
                     */
                    dreaming?: "instant" | "dynamic";
                    documents: {
                        /**
                         * @description Optional tag this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                         * @example user_alex
                         */
                        containerTag?: string;
                        /**
                         * @deprecated
                         * @description (DEPRECATED: Use containerTag instead) Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                         */
                        containerTags?: string[];
                        /**
                         * @description The content to extract and process into a document. This can be a URL to a website, a PDF, an image, or a video.
                         *
                         *     Plaintext: Any plaintext format
                         *
                         *     URL: A URL to a website, PDF, image, or video
                         *
                         *     We automatically detect the content type from the url's response format.
                         * @example Our API rate limits are 100 req/min on free and 1000 on pro. Clients should use exponential backoff on 429s.
                         */
                        content: string;
                        /**
                         * @description Optional custom ID of the document. This could be an ID from your database that will uniquely identify this document.
                         * @example doc-api-rate-limits
                         */
                        customId?: string;
                        /**
                         * @description Optional metadata for the document. This is used to store additional information about the document. You can use this to store any additional information you need about the document. Metadata can be filtered through. Keys must be strings and are case sensitive. Values can be strings, numbers, or booleans. You cannot nest objects.
                         * @example {
                         *       "source": "upload",
                         *       "language": "en"
                         *     }
                         */
                        metadata?: {
                            [key: string]: string | number | boolean | string[];
                        };
                        /**
                         * @description Task type: "memory" (default) for full context layer with SuperRAG built in, "superrag" for managed RAG as a service.
                         * @example memory
                         * @enum {string}
                         */
                        taskType?: "memory" | "superrag";
                        /**
                         * @description Optional file path for the document (e.g., '/documents/reports/file.pdf'). Used by supermemoryfs to map documents to filesystem paths.
                         * @example /documents/reports/file.pdf
                         */
                        filepath?: string;
                        /**
                         * @description Optional metadata filter scoping which existing memories are pulled as context during ingestion. Scalar values match exactly (AND across keys); array values match ANY (OR within key). Only memories whose source documents match this filter are used as context.
                         * @example {
                         *       "department": "engineering",
                         *       "region": "us"
                         *     }
                         */
                        filterByMetadata?: {
                            [key: string]: string | number | boolean | string[];
                        };
                        /**
                         * @description Optional entity context for this container tag. Max 1500 characters. Used during document processing to guide memory extraction.
                         * @example User's name is {XYZ}
                         */
                        entityContext?: string;
                        /**
                         * @description Processing mode. "dynamic" (default) groups related documents together so memories form from coherent, logical units rather than one isolated entry at a time. "instant" processes each document on its own right away, and bills one extra operation per document.
                         * @example instant
                         * @enum {string}
                         */
                        dreaming?: "instant" | "dynamic";
                    }[] | string[];
                    content?: null;
                };
            };
        };
        responses: {
            /** @description Documents added successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Array of results for each document in the batch */
                        results: {
                            /** @description Unique identifier of the document (empty string for failed items) */
                            id: string;
                            /** @description Status of the document (e.g. 'done', 'queued', 'error') */
                            status: string;
                            /** @description Error message when status is 'error' */
                            error?: string;
                            /** @description Additional error details when status is 'error' */
                            details?: string;
                        }[];
                        /** @description Count of documents that failed to add */
                        failed: number;
                        /** @description Count of documents successfully added */
                        success: number;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document token limit reached */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3DocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example doc_abc123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        connectionId: (string | null) | null;
                        content: string | null;
                        /**
                         * @deprecated
                         * @description Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                         */
                        readonly containerTags?: string[];
                        /**
                         * Format: datetime
                         * @description Creation timestamp
                         * @example 1970-01-01T00:00:00.000Z
                         */
                        createdAt: string;
                        customId: string | null;
                        /**
                         * @description Unique identifier of the document.
                         * @example acxV5LHMEsG2hMSNb4umbn
                         */
                        id: string;
                        metadata: ((string | number | boolean | null) | {
                            [key: string]: unknown;
                        } | unknown[]) | null;
                        ogImage: string | null;
                        raw: unknown | null;
                        source: string | null;
                        /**
                         * @description Task type: "memory" (default) for full context layer with SuperRAG built in, "superrag" for managed RAG as a service.
                         * @example memory
                         * @enum {string}
                         */
                        taskType: "memory" | "superrag";
                        /**
                         * @description Status of the document
                         * @example done
                         * @enum {string}
                         */
                        status: "unknown" | "queued" | "extracting" | "chunking" | "embedding" | "indexing" | "done" | "failed";
                        /** @enum {string} */
                        dreamingStatus: "dreaming" | "done";
                        summary: string | null;
                        title: string | null;
                        /**
                         * @description Type of the document
                         * @example text
                         * @enum {string}
                         */
                        type: "text" | "pdf" | "tweet" | "google_doc" | "google_slide" | "google_sheet" | "image" | "video" | "audio" | "notion_doc" | "webpage" | "onedrive" | "github_markdown" | "granola";
                        /**
                         * Format: datetime
                         * @description Last update timestamp
                         * @example 1970-01-01T00:00:00.000Z
                         */
                        updatedAt: string;
                        url?: (string | null) | null;
                        filepath: string | null;
                        /** @description Memories extracted from this document. Omitted when the document has no memories (e.g. still processing). */
                        memories?: {
                            id: string;
                            memory: string;
                            /**
                             * Format: datetime
                             * @description Creation timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: datetime
                             * @description Last update timestamp
                             */
                            updatedAt: string | null;
                            isLatest: boolean;
                            isForgotten: boolean;
                            isStatic: boolean;
                            isInference: boolean;
                            version: number;
                            sourceCount: number;
                            metadata: ((string | number | boolean | null) | {
                                [key: string]: unknown;
                            } | unknown[]) | null;
                            parentMemoryId: string | null;
                            rootMemoryId: string | null;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteV3DocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example doc_abc123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document deleted successfully */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchV3DocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example doc_abc123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Optional tag this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                     * @example user_alex
                     */
                    containerTag?: string;
                    /**
                     * @deprecated
                     * @description (DEPRECATED: Use containerTag instead) Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                     */
                    containerTags?: string[];
                    /**
                     * @description The content to extract and process into a document. This can be a URL to a website, a PDF, an image, or a video.
                     *
                     *     Plaintext: Any plaintext format
                     *
                     *     URL: A URL to a website, PDF, image, or video
                     *
                     *     We automatically detect the content type from the url's response format.
                     * @example Our API rate limits are 100 req/min on free and 1000 on pro. Clients should use exponential backoff on 429s.
                     */
                    content?: string;
                    /**
                     * @description Optional custom ID of the document. This could be an ID from your database that will uniquely identify this document.
                     * @example doc-api-rate-limits
                     */
                    customId?: string;
                    /**
                     * @description Optional metadata for the document. This is used to store additional information about the document. You can use this to store any additional information you need about the document. Metadata can be filtered through. Keys must be strings and are case sensitive. Values can be strings, numbers, or booleans. You cannot nest objects.
                     * @example {
                     *       "source": "upload",
                     *       "language": "en"
                     *     }
                     */
                    metadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                    /**
                     * @description Task type: "memory" (default) for full context layer with SuperRAG built in, "superrag" for managed RAG as a service.
                     * @example memory
                     * @enum {string}
                     */
                    taskType?: "memory" | "superrag";
                    /**
                     * @description Optional file path for the document (e.g., '/documents/reports/file.pdf'). Used by supermemoryfs to map documents to filesystem paths.
                     * @example /documents/reports/file.pdf
                     */
                    filepath?: string;
                    /**
                     * @description Optional metadata filter scoping which existing memories are pulled as context during ingestion. Scalar values match exactly (AND across keys); array values match ANY (OR within key). Only memories whose source documents match this filter are used as context.
                     * @example {
                     *       "department": "engineering",
                     *       "region": "us"
                     *     }
                     */
                    filterByMetadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                };
            };
        };
        responses: {
            /** @description Document updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Unique identifier of the document */
                        id: string;
                        /** @description Status of the document */
                        status: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3DocumentsFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description File to upload and process
                     */
                    file: Blob | ReadableStream<Uint8Array> | Uint8Array;
                    /**
                     * @description Optional container tag (e.g., 'user_123'). Use this for a single tag.
                     * @example user_alex
                     */
                    containerTag?: string;
                    /**
                     * @deprecated
                     * @description Optional container tags. Can be either a JSON string of an array (e.g., '["user_123", "project_123"]') or a single string (e.g., 'user_123'). Single strings will be automatically converted to an array.
                     */
                    containerTags?: string;
                    /**
                     * @description Optional file type override to force specific processing behavior. Valid values: text, pdf, tweet, google_doc, google_slide, google_sheet, image, video, notion_doc, webpage, onedrive
                     * @example image
                     */
                    fileType?: string;
                    /** @description Required when fileType is 'image' or 'video'. Specifies the exact MIME type to use (e.g., 'image/png', 'image/jpeg', 'video/mp4', 'video/webm') */
                    mimeType?: string;
                    /**
                     * @description Optional metadata for the document as a JSON string. This is used to store additional information about the document. Keys must be strings and values can be strings, numbers, or booleans.
                     * @example {"category": "technology", "isPublic": true, "readingTime": 5}
                     */
                    metadata?: string;
                    /**
                     * @description Optional metadata filter as a JSON string. Scopes which existing memories are pulled as context during ingestion. Scalar values match exactly (AND across keys); array values match ANY (OR within key).
                     * @example {"department": "engineering"}
                     */
                    filterByMetadata?: string;
                    /**
                     * @description Optional file path for the uploaded file (e.g., '/documents/reports/file.pdf'). Used by supermemoryfs to map documents to filesystem paths.
                     * @example /documents/reports/file.pdf
                     */
                    filepath?: string;
                    /**
                     * @deprecated
                     * @description DEPRECATED: This field is no longer used. Advanced PDF processing is now automatic with our hybrid Mistral OCR + Gemini pipeline. This parameter will be accepted but ignored for backwards compatibility.
                     * @example true
                     */
                    useAdvancedProcessing?: string;
                    /**
                     * @description Optional custom ID of the document. Max 100 characters, alphanumeric with hyphens, underscores, and colons only.
                     * @example mem_abc123
                     */
                    customId?: string;
                    /**
                     * @description Optional entity context for this container tag. Max 1500 characters. Used during document processing to guide memory extraction.
                     * @example User's name is {XYZ}
                     */
                    entityContext?: string;
                    /**
                     * @description Task type: "memory" (default) for full context layer with SuperRAG built in, "superrag" for managed RAG as a service.
                     * @example memory
                     * @enum {string}
                     */
                    taskType?: "memory" | "superrag";
                    /**
                     * @description Processing mode. "dynamic" (default) groups related documents together so memories form from coherent, logical units rather than one isolated entry at a time. "instant" processes each document on its own right away, and bills one extra operation per document.
                     * @example instant
                     * @enum {string}
                     */
                    dreaming?: "instant" | "dynamic";
                } | FormData;
            };
        };
        responses: {
            /** @description Successfully uploaded file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Unique identifier of the document */
                        id: string;
                        /** @description Status of the document */
                        status: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3DocumentsList: {
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
                     * @deprecated
                     * @description Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                     */
                    containerTags?: string[];
                    /** @description Optional filters to apply to the search. Can be a JSON string or Query object. */
                    filters?: components["schemas"]["QueryFilter"];
                    /**
                     * @description Whether to include the content field in the response. Warning: This can make responses significantly larger.
                     * @default false
                     * @example false
                     */
                    includeContent?: boolean;
                    /**
                     * @description Number of items per page
                     * @example 10
                     */
                    limit?: string | number;
                    /**
                     * @description Sort order
                     * @default desc
                     * @example desc
                     * @enum {string}
                     */
                    order?: "asc" | "desc";
                    /**
                     * @description Page number to fetch
                     * @example 1
                     */
                    page?: string | number;
                    /**
                     * @description Field to sort by
                     * @default createdAt
                     * @example createdAt
                     * @enum {string}
                     */
                    sort?: "createdAt" | "updatedAt";
                    /** @description Filter documents by filepath. Exact match for full paths, prefix match if ending with / */
                    filepath?: string;
                };
            };
        };
        responses: {
            /** @description Successfully retrieved documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memories: {
                            connectionId: (string | null) | null;
                            /**
                             * @deprecated
                             * @description Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                             */
                            readonly containerTags?: string[];
                            /**
                             * Format: datetime
                             * @description Creation timestamp
                             * @example 1970-01-01T00:00:00.000Z
                             */
                            createdAt: string;
                            customId: string | null;
                            filepath: string | null;
                            /**
                             * @description Unique identifier of the document.
                             * @example acxV5LHMEsG2hMSNb4umbn
                             */
                            id: string;
                            metadata: ((string | number | boolean | null) | {
                                [key: string]: unknown;
                            } | unknown[]) | null;
                            /**
                             * @description Status of the document
                             * @example done
                             * @enum {string}
                             */
                            status: "unknown" | "queued" | "extracting" | "chunking" | "embedding" | "indexing" | "done" | "failed";
                            summary: string | null;
                            title: string | null;
                            /**
                             * @description Type of the document
                             * @example text
                             * @enum {string}
                             */
                            type: "text" | "pdf" | "tweet" | "google_doc" | "google_slide" | "google_sheet" | "image" | "video" | "audio" | "notion_doc" | "webpage" | "onedrive" | "github_markdown" | "granola";
                            /**
                             * Format: datetime
                             * @description Last update timestamp
                             * @example 1970-01-01T00:00:00.000Z
                             */
                            updatedAt: string;
                            url?: (string | null) | null;
                            /**
                             * @description Content of the document (only included when includeContent=true)
                             * @example This is the content of the document...
                             */
                            content?: string;
                        }[];
                        /**
                         * @description Pagination metadata
                         * @example {
                         *       "currentPage": 1,
                         *       "limit": 10,
                         *       "totalItems": 100,
                         *       "totalPages": 10
                         *     }
                         */
                        pagination: {
                            currentPage: number;
                            /** @default 10 */
                            limit?: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3DocumentsProcessing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved processing documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documents: {
                            /**
                             * @description Unique identifier of the document.
                             * @example acxV5LHMEsG2hMSNb4umbn
                             */
                            id: string;
                            customId: string | null;
                            title: string | null;
                            /**
                             * @description Type of the document
                             * @example text
                             * @enum {string}
                             */
                            type: "text" | "pdf" | "tweet" | "google_doc" | "google_slide" | "google_sheet" | "image" | "video" | "audio" | "notion_doc" | "webpage" | "onedrive" | "github_markdown" | "granola";
                            /**
                             * @description Status of the document
                             * @example done
                             * @enum {string}
                             */
                            status: "unknown" | "queued" | "extracting" | "chunking" | "embedding" | "indexing" | "done" | "failed";
                            /**
                             * Format: datetime
                             * @description Creation timestamp
                             * @example 1970-01-01T00:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: datetime
                             * @description Last update timestamp
                             * @example 1970-01-01T00:00:00.000Z
                             */
                            updatedAt: string;
                            metadata: ((string | number | boolean | null) | {
                                [key: string]: unknown;
                            } | unknown[]) | null;
                            /**
                             * @deprecated
                             * @description Optional tags this document should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to group documents.
                             */
                            readonly containerTags?: string[];
                        }[];
                        /**
                         * @description Total number of processing documents
                         * @example 5
                         */
                        totalCount: number;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3DocumentsByIdChunks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example doc_abc123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document chunks retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The document ID */
                        documentId: string;
                        /** @description Ordered list of chunks */
                        chunks: {
                            /** @description Unique identifier of the chunk */
                            id: string;
                            /** @description Sequential position within the document */
                            position: number;
                            /** @description Chunk text content */
                            content: string;
                            /** @description Chunk type (text or image) */
                            type: string;
                            /** @description Optional metadata attached to the chunk */
                            metadata?: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: datetime
                             * @description Creation timestamp
                             */
                            createdAt: string;
                        }[];
                        /** @description Total number of chunks */
                        total: number;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3DocumentsByIdFileUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example doc_abc123 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Presigned URL generated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document not found or has no file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteV3DocumentsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Array of document IDs to delete (max 100 at once) */
                    ids?: string[];
                    /**
                     * @deprecated
                     * @description Array of container tags - all documents in these containers will be deleted
                     */
                    containerTags?: string[];
                    /** @description Delete documents matching this filepath. Exact match for full paths, prefix match if ending with / */
                    filepath?: string;
                };
            };
        };
        responses: {
            /** @description Bulk deletion completed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Whether the bulk deletion was successful
                         * @example true
                         */
                        success: boolean;
                        /**
                         * @description Number of documents successfully deleted
                         * @example 2
                         */
                        deletedCount: number;
                        /** @description Array of errors for documents that couldn't be deleted (only applicable when deleting by IDs) */
                        errors?: {
                            id: string;
                            error: string;
                        }[];
                        /**
                         * @deprecated
                         * @description Container tags that were processed (only applicable when deleting by container tags)
                         */
                        containerTags?: string[];
                    };
                };
            };
            /** @description Bad request - either 'ids' or 'containerTags' must be provided */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3Search: {
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
                     * @description Threshold / sensitivity for chunk selection. 0 is least sensitive (returns most chunks, more results), 1 is most sensitive (returns lesser chunks, accurate results)
                     * @default 0
                     * @example 0.5
                     */
                    chunkThreshold?: number;
                    /**
                     * @description Optional single container tag. Use this or containerTags.
                     * @example user_alex
                     */
                    containerTag?: string;
                    /** @description Optional tags this search should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to filter documents. */
                    containerTags?: string[];
                    /** @description Optional document ID to search within. You can use this to find chunks in a very large document. */
                    docId?: string;
                    /**
                     * @deprecated
                     * @description DEPRECATED: This field is no longer used in v3 search. The search now uses chunkThreshold only. This parameter will be ignored.
                     * @default 0
                     */
                    documentThreshold?: number;
                    /** @description Optional filters to apply to the search. Can be a JSON string or Query object. */
                    filters?: components["schemas"]["QueryFilter"];
                    /**
                     * @description If true, include full document in the response. This is helpful if you want a chatbot to know the full context of the document.
                     * @default false
                     * @example false
                     */
                    includeFullDocs?: boolean;
                    /**
                     * @description If true, include document summary in the response. This is helpful if you want a chatbot to know the full context of the document.
                     * @default false
                     */
                    includeSummary?: boolean;
                    /**
                     * @description Maximum number of results to return
                     * @default 10
                     * @example 10
                     */
                    limit?: number;
                    /**
                     * @description If true, only return matching chunks without context. Normally, we send the previous and next chunk to provide more context for LLMs. If you only want the matching chunk, set this to true.
                     * @default true
                     */
                    onlyMatchingChunks?: boolean;
                    /**
                     * @description Search query string
                     * @example what are the API rate limits
                     */
                    q: string;
                    /**
                     * @description If true, rerank the results based on the query. This is helpful if you want to ensure the most relevant results are returned.
                     * @default false
                     * @example false
                     */
                    rerank?: boolean;
                    /**
                     * @description If true, rewrites the query to make it easier to find documents. This increases the latency by about 400ms
                     * @default false
                     * @example false
                     */
                    rewriteQuery?: boolean;
                    /**
                     * @deprecated
                     * @description DEPRECATED: Optional category filters
                     */
                    categoriesFilter?: string[];
                    /** @description Filter search results by filepath. Exact match for full paths, prefix match if ending with / */
                    filepath?: string;
                };
            };
        };
        responses: {
            /** @description Search results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /**
                             * @description Matching content chunks from the document
                             * @example [
                             *       {
                             *         "content": "Rate limit headers are included in every response. Clients should implement exponential backoff when receiving 429 responses.",
                             *         "isRelevant": true,
                             *         "score": 0.85
                             *       }
                             *     ]
                             */
                            chunks: {
                                /**
                                 * @description Content of the matching chunk
                                 * @example Rate limit headers are included in every response. Clients should implement exponential backoff when receiving 429 responses.
                                 */
                                content: string;
                                /**
                                 * @description Whether this chunk is relevant to the query
                                 * @example true
                                 */
                                isRelevant: boolean;
                                /**
                                 * @description Similarity score for this chunk
                                 * @example 0.85
                                 */
                                score: number;
                            }[];
                            /**
                             * Format: datetime
                             * @description Document creation date
                             * @example 1970-01-01T00:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * @description ID of the matching document
                             * @example doc_xyz789
                             */
                            documentId: string;
                            /**
                             * @description Document metadata
                             * @example {
                             *       "source": "upload",
                             *       "language": "en"
                             *     }
                             */
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * @description Relevance score of the match
                             * @example 0.95
                             */
                            score: number;
                            /**
                             * @description Document summary
                             * @example API rate limit policy: 100 req/min free, 1000 req/min pro.
                             */
                            summary?: string | null;
                            /**
                             * @description Full document content (only included when includeFullDocs=true)
                             * @example Our API rate limits are 100 req/min on free and 1000 on pro. Clients should use exponential backoff on 429s.
                             */
                            content?: string | null;
                            /**
                             * @description Document title
                             * @example API Rate Limiting Policy
                             */
                            title: string | null;
                            /**
                             * Format: datetime
                             * @description Document last update date
                             * @example 1970-01-01T00:00:00.000Z
                             */
                            updatedAt: string;
                            /**
                             * @description Document type
                             * @example web
                             */
                            type: string | null;
                        }[];
                        timing: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Search quota or credits exhausted */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Document not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3Settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        excludeItems?: ((string | number | boolean | null) | {
                            [key: string]: unknown;
                        } | unknown[]) | null;
                        filterPrompt?: string | null;
                        googleDriveClientId?: string | null;
                        googleDriveClientSecret?: string | null;
                        googleDriveCustomKeyEnabled?: boolean | null;
                        includeItems?: ((string | number | boolean | null) | {
                            [key: string]: unknown;
                        } | unknown[]) | null;
                        notionClientId?: string | null;
                        notionClientSecret?: string | null;
                        notionCustomKeyEnabled?: boolean | null;
                        onedriveClientId?: string | null;
                        onedriveClientSecret?: string | null;
                        onedriveCustomKeyEnabled?: boolean | null;
                        githubClientId?: string | null;
                        githubClientSecret?: string | null;
                        githubCustomKeyEnabled?: boolean | null;
                        shouldLLMFilter?: boolean | null;
                        chunkSize?: number | null;
                        /** @description Profile bucket definitions */
                        profileBuckets?: {
                            /** @description Stable slug for the bucket, stored on each memory */
                            key: string;
                            /**
                             * @description What belongs in this bucket — used to guide the ingestion classifier.
                             * @default
                             */
                            description?: string;
                        }[];
                        workspacePrompt?: string | null;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchV3Settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workspacePrompt: string | null;
                } | {
                    excludeItems?: ((string | number | boolean | null) | {
                        [key: string]: unknown;
                    } | unknown[]) | null;
                    filterPrompt?: string | null;
                    googleDriveClientId?: string | null;
                    googleDriveClientSecret?: string | null;
                    googleDriveCustomKeyEnabled?: boolean | null;
                    includeItems?: ((string | number | boolean | null) | {
                        [key: string]: unknown;
                    } | unknown[]) | null;
                    notionClientId?: string | null;
                    notionClientSecret?: string | null;
                    notionCustomKeyEnabled?: boolean | null;
                    onedriveClientId?: string | null;
                    onedriveClientSecret?: string | null;
                    onedriveCustomKeyEnabled?: boolean | null;
                    githubClientId?: string | null;
                    githubClientSecret?: string | null;
                    githubCustomKeyEnabled?: boolean | null;
                    shouldLLMFilter?: boolean | null;
                    chunkSize?: number | null;
                    /** @description Profile bucket definitions */
                    profileBuckets?: {
                        /** @description Stable slug for the bucket, stored on each memory */
                        key: string;
                        /**
                         * @description What belongs in this bucket — used to guide the ingestion classifier.
                         * @default
                         */
                        description?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Settings updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orgId: string;
                        orgSlug: string;
                        updated: {
                            excludeItems?: ((string | number | boolean | null) | {
                                [key: string]: unknown;
                            } | unknown[]) | null;
                            filterPrompt?: string | null;
                            googleDriveClientId?: string | null;
                            googleDriveClientSecret?: string | null;
                            googleDriveCustomKeyEnabled?: boolean | null;
                            includeItems?: ((string | number | boolean | null) | {
                                [key: string]: unknown;
                            } | unknown[]) | null;
                            notionClientId?: string | null;
                            notionClientSecret?: string | null;
                            notionCustomKeyEnabled?: boolean | null;
                            onedriveClientId?: string | null;
                            onedriveClientSecret?: string | null;
                            onedriveCustomKeyEnabled?: boolean | null;
                            githubClientId?: string | null;
                            githubClientSecret?: string | null;
                            githubCustomKeyEnabled?: boolean | null;
                            shouldLLMFilter?: boolean | null;
                            chunkSize?: number | null;
                            /** @description Profile bucket definitions */
                            profileBuckets?: {
                                /** @description Stable slug for the bucket, stored on each memory */
                                key: string;
                                /**
                                 * @description What belongs in this bucket — used to guide the ingestion classifier.
                                 * @default
                                 */
                                description?: string;
                            }[];
                            workspacePrompt?: string | null;
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
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3SettingsReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    confirmation: string;
                };
            };
        };
        responses: {
            /** @description Organization reset completed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        success: true;
                        deletedConnections: number;
                        deletedDocumentBatches: number;
                        deletedDocumentsApprox: number;
                        deletedMemoryRows: number;
                        deletedExtraSpaces: number;
                        clearedDefaultSpaceContext: boolean;
                        clearedBrainMemoryRegistry: boolean;
                        settingsReset: boolean;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3SettingsSuggestBuckets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bucket suggestions generated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggestions: {
                            /** @description Stable slug for the bucket, stored on each memory */
                            key: string;
                            /**
                             * @description What belongs in this bucket — used to guide the ingestion classifier.
                             * @default
                             */
                            description?: string;
                        }[];
                    };
                };
            };
            /** @description No context available */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3ContainerTagsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Container tags list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Unique identifier of the space/container tag */
                        id: string;
                        /** @description Display name */
                        name: string;
                        /** @description Container tag identifier */
                        containerTag: string;
                        /** @description Auto-maintained, keyword-dense summary of the container's recurring topics, refreshed on each ingestion. Use it to pick the right container tag to read from or write to. */
                        description: string | null;
                        /**
                         * Format: datetime
                         * @description Creation timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: datetime
                         * @description Last update timestamp
                         */
                        updatedAt: string;
                        /** @description Whether the space is in experimental mode */
                        isExperimental: boolean;
                        /** @description Emoji icon */
                        emoji?: string;
                        /**
                         * @description Space visibility: public (org-shared) or private (owner-only)
                         * @enum {string}
                         */
                        visibility?: "public" | "private" | "unlisted";
                        /** @description Whether this is a Nova space (sm_project_* prefix) */
                        isNova: boolean;
                        /** @description Number of documents linked to this container tag */
                        documentCount: number;
                        /** @description Number of active memory entries (latest, not forgotten) in this container tag */
                        memoryCount: number;
                        /**
                         * Format: datetime
                         * @description Most recent activity timestamp across documents and memories
                         */
                        lastActivityAt: string | null;
                        /**
                         * @description Whether this tag is involved in an active merge
                         * @enum {string}
                         */
                        mergeStatus?: "source" | "target";
                        /** @description Active merge job identifier */
                        mergeId?: string;
                        /** @description Target tag for an active source-tag merge */
                        mergeTargetTag?: string;
                    }[];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3ContainerTagsByContainerTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example user_123 */
                containerTag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Container tag settings retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The container tag identifier
                         * @example sm_project_default
                         */
                        containerTag: string;
                        /** @description Display name for this container tag */
                        name: string | null;
                        /**
                         * @description Custom context prompt for this container tag. Used to provide additional context when processing documents in this container.
                         * @example This project contains research papers about machine learning.
                         */
                        entityContext: string | null;
                        /**
                         * @description Per-tag allowlist of filesystem paths that trigger memory generation for mount-ingested documents. Docs whose filepath does not match are ingested as 'superrag' (chunked and searchable, no memory extraction).
                         * @example [
                         *       "/memory/",
                         *       "/user.md"
                         *     ]
                         */
                        memoryFilesystemPaths: string[] | null;
                        /** @description Container-tag-level buckets added on top of the org buckets (add-only) */
                        profileBuckets: {
                            /** @description Stable slug for the bucket, stored on each memory */
                            key: string;
                            /**
                             * @description What belongs in this bucket — used to guide the ingestion classifier.
                             * @default
                             */
                            description?: string;
                        }[];
                        /**
                         * Format: datetime
                         * @description Creation timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: datetime
                         * @description Last update timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Container tag not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteV3ContainerTagsByContainerTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example user_123 */
                containerTag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Container tag deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether the deletion was successful */
                        success: boolean;
                        /** @description The deleted container tag */
                        containerTag: string;
                        /** @description Number of documents deleted */
                        deletedDocumentsCount: number;
                        /** @description Number of memories marked as forgotten */
                        deletedMemoriesCount: number;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden - only owners and admins can delete container tags */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Container tag not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchV3ContainerTagsByContainerTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example user_123 */
                containerTag: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Display name for this container tag. This does not change the container tag identifier.
                     * @example Research Notes
                     */
                    name?: string;
                    /**
                     * @description Custom context prompt for this container tag. Used to provide additional context when processing documents in this container. Maximum 1500 characters.
                     * @example This project contains research papers about machine learning.
                     */
                    entityContext?: string | null;
                    /**
                     * @description Per-tag allowlist of filesystem paths that trigger memory generation for mount-ingested documents. Docs whose filepath does not match are ingested as 'superrag' (chunked and searchable, no memory extraction).
                     * @example [
                     *       "/memory/",
                     *       "/user.md"
                     *     ]
                     */
                    memoryFilesystemPaths?: string[] | null;
                    /** @description Container-tag-level buckets to set (add-only on top of org buckets). Replaces this tag's own bucket list; cannot override or remove org buckets. */
                    profileBuckets?: {
                        /** @description Stable slug for the bucket, stored on each memory */
                        key: string;
                        /**
                         * @description What belongs in this bucket — used to guide the ingestion classifier.
                         * @default
                         */
                        description?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Container tag settings updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The container tag identifier
                         * @example sm_project_default
                         */
                        containerTag: string;
                        /** @description Display name for this container tag */
                        name: string | null;
                        /**
                         * @description Custom context prompt for this container tag. Used to provide additional context when processing documents in this container.
                         * @example This project contains research papers about machine learning.
                         */
                        entityContext: string | null;
                        /**
                         * @description Per-tag allowlist of filesystem paths that trigger memory generation for mount-ingested documents. Docs whose filepath does not match are ingested as 'superrag' (chunked and searchable, no memory extraction).
                         * @example [
                         *       "/memory/",
                         *       "/user.md"
                         *     ]
                         */
                        memoryFilesystemPaths: string[] | null;
                        /** @description Container-tag-level buckets added on top of the org buckets (add-only) */
                        profileBuckets: {
                            /** @description Stable slug for the bucket, stored on each memory */
                            key: string;
                            /**
                             * @description What belongs in this bucket — used to guide the ingestion classifier.
                             * @default
                             */
                            description?: string;
                        }[];
                        /**
                         * Format: datetime
                         * @description Last update timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Container tag not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ContainerTagsMerge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description List of container tags to merge (min: 2, max: 2). All documents from these tags will be merged into the target. */
                    containerTags: string[];
                    targetContainerTag: string;
                };
            };
        };
        responses: {
            /** @description Merge queued successfully */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether the merge job was queued successfully. */
                        success: boolean;
                        /**
                         * @description The queued status of the merge job.
                         * @enum {string}
                         */
                        status: "queued";
                        /** @description Identifier for the queued merge job. */
                        mergeId: string;
                        /** @description The target container tag that documents will be merged into. */
                        targetTag: string;
                        /** @description List of source container tags queued for merge. */
                        sourceTags: string[];
                    };
                };
            };
            /** @description Bad request (e.g., invalid parameters) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden - Only organization admins and owners can merge container tags */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description One or more container tags not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3ContainerTagsMergeByMergeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example merge_7Hk2Lp9QwErT */
                mergeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Merge job status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Merge job not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4Memories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Array of memories to create */
                    memories: {
                        /**
                         * @description The memory text. Should be entity-centric, e.g. 'John prefers dark mode'.
                         * @example John prefers dark mode
                         */
                        content: string;
                        /**
                         * @description Mark as true for permanent traits (name, profession, hometown). Defaults to false.
                         * @example false
                         */
                        isStatic?: boolean;
                        /** @description Arbitrary key-value metadata to attach. */
                        metadata?: {
                            [key: string]: string | number | boolean | string[];
                        };
                        /**
                         * Format: datetime
                         * @description ISO 8601 datetime string. The memory will be auto-forgotten after this time. Pass null or omit for no expiry.
                         * @example 2026-06-01T00:00:00Z
                         */
                        forgetAfter?: string | null;
                        /**
                         * @description Optional reason for the scheduled forgetting. Only meaningful when forgetAfter is set.
                         * @example temporary project deadline
                         */
                        forgetReason?: string | null;
                        /** @description Structured temporal metadata. Merged into the metadata JSON column. */
                        temporalContext?: {
                            /**
                             * Format: datetime
                             * @description Date the document was authored
                             */
                            documentDate?: string | null;
                            /** @description Dates of events referenced in the memory */
                            eventDate?: string[] | null;
                        };
                    }[];
                    /**
                     * @description The space / container tag these memories belong to.
                     * @example user_123
                     */
                    containerTag: string;
                };
            };
        };
        responses: {
            /** @description Memories created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ID of the source document created */
                        documentId: string | null;
                        memories: {
                            id: string;
                            memory: string;
                            isStatic: boolean;
                            createdAt: string;
                            /** @description ISO datetime when this memory expires */
                            forgetAfter: string | null;
                            /** @description Reason for scheduled forgetting */
                            forgetReason: string | null;
                            /** @description Arbitrary key-value metadata attached to this memory, or null if none was provided */
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Space not found for the given containerTag */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteV4Memories: {
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
                     * @description ID of the memory entry to operate on
                     * @example mem_abc123
                     */
                    id?: string;
                    /**
                     * @description Exact content match of the memory entry to operate on. Use this when you don't have the ID.
                     * @example John prefers dark mode
                     */
                    content?: string;
                    /**
                     * @description Container tag / space identifier. Required to scope the operation.
                     * @example user_123
                     */
                    containerTag: string;
                } & {
                    /**
                     * @description Optional reason for forgetting this memory
                     * @example outdated information
                     */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Memory forgotten successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description ID of the memory that was forgotten
                         * @example mem_abc123
                         */
                        id: string;
                        /**
                         * @description Indicates the memory was successfully forgotten
                         * @example true
                         */
                        forgotten: boolean;
                    };
                };
            };
            /** @description Invalid request - missing id or content */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Memory not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Memory already forgotten */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    patchV4Memories: {
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
                     * @description ID of the memory entry to operate on
                     * @example mem_abc123
                     */
                    id?: string;
                    /**
                     * @description Exact content match of the memory entry to operate on. Use this when you don't have the ID.
                     * @example John prefers dark mode
                     */
                    content?: string;
                    /**
                     * @description Container tag / space identifier. Required to scope the operation.
                     * @example user_123
                     */
                    containerTag: string;
                } & {
                    /**
                     * @description The new content that will replace the existing memory
                     * @example John now prefers light mode
                     */
                    newContent: string;
                    /** @description Optional metadata. If not provided, inherits from the previous version. */
                    metadata?: {
                        [key: string]: string | number | boolean | string[];
                    };
                    /**
                     * Format: datetime
                     * @description ISO 8601 datetime string. The memory will be auto-forgotten after this time. Pass null to clear an existing expiry. Omit to inherit from the previous version.
                     * @example 2026-06-01T00:00:00Z
                     */
                    forgetAfter?: string | null;
                    /**
                     * @description Optional reason for the scheduled forgetting. Cleared automatically when forgetAfter is set to null.
                     * @example temporary project deadline
                     */
                    forgetReason?: string | null;
                    /** @description Structured temporal metadata. Merged into the metadata JSON column. If omitted, existing temporalContext is preserved. */
                    temporalContext?: {
                        /**
                         * Format: datetime
                         * @description Date the document was authored
                         */
                        documentDate?: string | null;
                        /** @description Dates of events referenced in the memory */
                        eventDate?: string[] | null;
                    };
                };
            };
        };
        responses: {
            /** @description Memory updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description ID of the newly created memory version
                         * @example mem_xyz789
                         */
                        id: string;
                        /**
                         * @description The content of the new memory version
                         * @example John now prefers light mode
                         */
                        memory: string;
                        /**
                         * @description Version number of this memory entry
                         * @example 2
                         */
                        version: number;
                        /**
                         * @description ID of the memory this version updates
                         * @example mem_abc123
                         */
                        parentMemoryId: string | null;
                        /**
                         * @description ID of the first memory in this version chain
                         * @example mem_abc123
                         */
                        rootMemoryId: string | null;
                        /**
                         * Format: datetime
                         * @description When this memory version was created
                         */
                        createdAt: string;
                        /**
                         * Format: datetime
                         * @description When this memory will be auto-forgotten, or null if no expiry
                         */
                        forgetAfter: string | null;
                        /** @description Reason for the scheduled forgetting, or null */
                        forgetReason: string | null;
                        /** @description Arbitrary key-value metadata attached to this memory, or null if none was provided */
                        metadata: {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
            /** @description Invalid request - missing required fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Memory not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4MemoriesForgetMatching: {
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
                     * @description Natural-language instruction ('forget everything about Project Titan') or a bare topic ('Project Titan'). The service searches the container's memories and selects matches to forget. Provide either query or ids.
                     * @example forget everything about Project Titan
                     */
                    query?: string;
                    /**
                     * @description Forget exactly these memory ids, with no semantic search. Ids are validated against the containerTag, so unknown or out-of-scope ids are ignored. Provide either query or ids.
                     * @example [
                     *       "abc123",
                     *       "def456"
                     *     ]
                     */
                    ids?: string[];
                    /**
                     * @description Container tag / space the forget operation is scoped to.
                     * @example user_123
                     */
                    containerTag: string;
                    /**
                     * @description When true, returns the memories that WOULD be forgotten without mutating anything. Defaults to false (forgets for real).
                     * @default false
                     * @example false
                     */
                    dryRun?: boolean;
                    /**
                     * @description Minimum cosine similarity a memory must have to be considered. Lower = wider net. Defaults to 0.5.
                     * @default 0.5
                     * @example 0.5
                     */
                    threshold?: number;
                    /**
                     * @description Maximum number of memories this call may forget. Defaults to 100, max 500.
                     * @default 100
                     * @example 100
                     */
                    maxForget?: number;
                    /**
                     * @description Optional reason stored as forgetReason on each memory.
                     * @example project cancelled
                     */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Forget operation completed (or previewed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether this was a preview (no mutation) or a real forget */
                        dryRun: boolean;
                        /** @description Number of memories selected / forgotten */
                        count: number;
                        /** @description ID tagged on every memory forgotten in this call (null on dryRun) */
                        forgetBatchId: string | null;
                        /** @description The agent's one-line summary of what it did */
                        summary: string;
                        /** @description On dryRun: the memories that would be forgotten */
                        candidates?: {
                            /** @description Memory ID */
                            id: string;
                            /** @description Memory content */
                            memory: string;
                            /** @description Similarity score against the forget query */
                            score: number;
                        }[];
                        /** @description On apply: the memories that were forgotten */
                        forgotten?: {
                            /** @description Memory ID */
                            id: string;
                            /** @description Memory content */
                            memory: string;
                            /** @description Similarity score against the forget query */
                            score: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4MemoriesList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Container tags to filter memory entries. At least one tag is required. */
                    containerTags: string[];
                    /** @description Optional filters to apply to the search. Can be a JSON string or Query object. */
                    filters?: components["schemas"]["QueryFilter"];
                    /**
                     * @description Number of items per page
                     * @example 10
                     */
                    limit?: string | number;
                    /**
                     * @description Sort order
                     * @default desc
                     * @example desc
                     * @enum {string}
                     */
                    order?: "asc" | "desc";
                    /**
                     * @description Page number to fetch
                     * @example 1
                     */
                    page?: string | number;
                    /**
                     * @description Field to sort by
                     * @default createdAt
                     * @example createdAt
                     * @enum {string}
                     */
                    sort?: "createdAt" | "updatedAt";
                };
            };
        };
        responses: {
            /** @description Successfully retrieved memory entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memoryEntries: {
                            /** @description Unique identifier for the memory entry */
                            id: string;
                            /** @description The memory content/text */
                            memory: string;
                            /** @description Version number of this memory */
                            version: number;
                            /** @description Whether this is the latest version */
                            isLatest: boolean;
                            /** @description Whether this memory has been forgotten */
                            isForgotten: boolean;
                            /** @description Whether this is a static profile memory */
                            isStatic: boolean;
                            /** @description Whether this is an inferred memory */
                            isInference: boolean | null;
                            /** @description ISO timestamp of creation */
                            createdAt: string;
                            /** @description ISO timestamp of last update */
                            updatedAt: string;
                            /** @description ID of the space this memory belongs to */
                            spaceId: string;
                            /** @description Organization ID */
                            orgId: string;
                            /** @description Number of source documents for this memory */
                            sourceCount: number;
                            /** @description ID of the parent memory (previous version) */
                            parentMemoryId: string | null;
                            /** @description ID of the root memory (first version) */
                            rootMemoryId: string | null;
                            /** @description ISO timestamp when memory should be forgotten */
                            forgetAfter: string | null;
                            /** @description Reason for forgetting */
                            forgetReason: string | null;
                            /** @description Metadata including temporal context and other information */
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Relations to other memories */
                            memoryRelations: {
                                [key: string]: "updates" | "extends" | "derives";
                            } | null;
                            /** @description Temporal context metadata (alias for metadata field) */
                            temporalContext: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Previous versions of this memory */
                            history: {
                                id: string;
                                memory: string;
                                version: number;
                                createdAt: string;
                                updatedAt: string;
                                parentMemoryId: string | null;
                                rootMemoryId: string | null;
                                isLatest: boolean;
                                isForgotten: boolean;
                            }[];
                            /** @description IDs of source documents for this memory */
                            documentIds: string[];
                        }[];
                        /**
                         * @description Pagination metadata
                         * @example {
                         *       "currentPage": 1,
                         *       "limit": 10,
                         *       "totalItems": 100,
                         *       "totalPages": 10
                         *     }
                         */
                        pagination: {
                            currentPage: number;
                            /** @default 10 */
                            limit?: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description Bad request - containerTags are required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4Profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Optional search query to include search results in the response */
                    q?: string;
                    /** @description Tag to filter the profile by. This can be an ID for your user, a project ID, or any other identifier you wish to use to filter memories. */
                    containerTag: string;
                    /** @description Threshold for search results. Only results with a score above this threshold will be included. */
                    threshold?: number;
                    /** @description Optional metadata filters to apply to profile results and search results. Supports complex AND/OR queries with multiple conditions. */
                    filters?: components["schemas"]["QueryFilter"];
                    /** @description Profile sections to return. Omit to return all sections. Pass a subset to reduce payload — e.g. ["buckets"] skips static and dynamic entirely. */
                    include?: ("static" | "dynamic" | "buckets")[];
                    /** @description Specific bucket keys to return. Omit to return all configured buckets. Only relevant when "buckets" is included. */
                    buckets?: string[];
                };
            };
        };
        responses: {
            /** @description User profile with optional search results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        profile: {
                            /** @description Static profile information that remains relevant long-term */
                            static?: string[];
                            /** @description Dynamic profile information (recent memories) */
                            dynamic?: string[];
                            /** @description Per-bucket memory lists, keyed by bucket key */
                            buckets?: {
                                [key: string]: string[];
                            };
                        };
                        /** @description Search results if a search query was provided */
                        searchResults?: {
                            /** @description Search results for the provided query */
                            results: unknown[];
                            /** @description Total number of search results */
                            total: number;
                            /** @description Search timing in milliseconds */
                            timing: number;
                        };
                    };
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Search quota or credits exhausted (when search query is provided) */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4ProfileBuckets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tag to resolve effective bucket definitions for. Can be a user ID, project ID, or any identifier used to scope memories. */
                    containerTag: string;
                };
            };
        };
        responses: {
            /** @description Effective bucket definitions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buckets: {
                            key: string;
                            description: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4Search: {
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
                     * @description Optional tag this search should be containerized by. This can be an ID for your user, a project ID, or any other identifier you wish to use to filter memories.
                     * @example user_alex
                     */
                    containerTag?: string;
                    /**
                     * @description Optional tags this search should be containerized by. Search is scoped to memories under these tags.
                     * @example [
                     *       "user_alex"
                     *     ]
                     */
                    containerTags?: string[];
                    /**
                     * @description Threshold / sensitivity for memories selection. 0 is least sensitive (returns most memories, more results), 1 is most sensitive (returns lesser memories, accurate results)
                     * @default 0.6
                     * @example 0.5
                     */
                    threshold?: number;
                    /** @description Optional filters to apply to the search. Can be a JSON string or Query object. */
                    filters?: components["schemas"]["QueryFilter"];
                    /**
                     * @default {
                     *       "documents": false,
                     *       "summaries": false,
                     *       "relatedMemories": false,
                     *       "forgottenMemories": false,
                     *       "chunks": false
                     *     }
                     */
                    include?: {
                        /** @default false */
                        documents?: boolean;
                        /** @default false */
                        summaries?: boolean;
                        /** @default false */
                        relatedMemories?: boolean;
                        /**
                         * @description If true, include forgotten memories in search results. Forgotten memories are memories that have been explicitly forgotten or have passed their expiration date.
                         * @default false
                         * @example false
                         */
                        forgottenMemories?: boolean;
                        /**
                         * @deprecated
                         * @description DEPRECATED: Use searchMode='hybrid' instead. If true, automatically switches to hybrid mode. This field is kept for backward compatibility only.
                         * @default false
                         * @example false
                         */
                        chunks?: boolean;
                    };
                    /**
                     * @description Maximum number of results to return
                     * @default 10
                     * @example 10
                     */
                    limit?: number;
                    /**
                     * @description Search query string
                     * @example what are the API rate limits
                     */
                    q: string;
                    /**
                     * @description If true, rerank the results based on the query. This is helpful if you want to ensure the most relevant results are returned.
                     * @default false
                     * @example false
                     */
                    rerank?: boolean;
                    /**
                     * @description If true, aggregates information from multiple memories to create new synthesized memories. The result will be a mix of aggregated and non-aggregated memories, reranked by relevance to the query. Works in conjunction with reranking.
                     * @default false
                     * @example false
                     */
                    aggregate?: boolean;
                    /**
                     * @description If true, rewrites the query to make it easier to find documents. This increases the latency by about 400ms
                     * @default false
                     * @example false
                     */
                    rewriteQuery?: boolean;
                    /**
                     * @description Search mode. 'memories' searches only memory entries (default). 'hybrid' searches both memories and document chunks. 'documents' searches only document chunks.
                     * @default memories
                     * @example memories
                     * @enum {string}
                     */
                    searchMode?: "memories" | "hybrid" | "documents";
                    /** @description Filter search results by filepath. Exact match for full paths, prefix match if ending with / */
                    filepath?: string;
                };
            };
        };
        responses: {
            /** @description Memory search results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Array of matching memory entries and chunks with similarity scores. Contains memory results when searchMode='memories', both memory and chunk results when searchMode='hybrid', or only chunk results when searchMode='documents'. Memory results have 'memory' field, chunk results have 'chunk' field. BACKWARD COMPATIBILITY: When using deprecated include.chunks=true, only memory results are returned with chunks embedded in them (old format). */
                        results: {
                            /**
                             * @description Memory entry ID or chunk ID
                             * @example mem_abc123
                             */
                            id: string;
                            /**
                             * @description The memory content (only present for memory results)
                             * @example The user prefers detailed API responses over minimal ones.
                             */
                            memory?: string;
                            /**
                             * @description The chunk content (only present for chunk results from hybrid search)
                             * @example This is a chunk of content from a document...
                             */
                            chunk?: string;
                            /**
                             * @description Memory metadata
                             * @example {
                             *       "source": "conversation",
                             *       "confidence": 0.9
                             *     }
                             */
                            metadata: {
                                [key: string]: unknown;
                            } | null;
                            /**
                             * Format: datetime
                             * @description Memory last update date
                             */
                            updatedAt: string;
                            /**
                             * @description Similarity score between the query and memory entry
                             * @example 0.89
                             */
                            similarity: number;
                            /** @description Filepath of the source document this memory or chunk came from */
                            filepath?: string | null;
                            /**
                             * @description Version number of this memory entry
                             * @example 3
                             */
                            version?: number | null;
                            /** @description Object containing version history (parents/children via updates) and related memories (extends/derives) */
                            context?: {
                                parents?: {
                                    /**
                                     * @description Relation type between this memory and its parent/child
                                     * @example updates
                                     * @enum {string}
                                     */
                                    relation: "updates" | "extends" | "derives";
                                    /**
                                     * @description Relative version distance from the primary memory (-1 for direct parent, -2 for grand-parent, etc.)
                                     * @example -1
                                     */
                                    version?: number | null;
                                    /**
                                     * @description The contextual memory content
                                     * @example Earlier version: API rate limit is 50 req/min on the free tier.
                                     */
                                    memory: string;
                                    /** @description Contextual memory metadata */
                                    metadata?: {
                                        [key: string]: unknown;
                                    } | null;
                                    /**
                                     * Format: datetime
                                     * @description Contextual memory last update date
                                     */
                                    updatedAt: string;
                                }[];
                                children?: {
                                    /**
                                     * @description Relation type between this memory and its parent/child
                                     * @example extends
                                     * @enum {string}
                                     */
                                    relation: "updates" | "extends" | "derives";
                                    /**
                                     * @description Relative version distance from the primary memory (+1 for direct child, +2 for grand-child, etc.)
                                     * @example 1
                                     */
                                    version?: number | null;
                                    /**
                                     * @description The contextual memory content
                                     * @example Later version: API rate limit increased to 100 req/min on the free tier.
                                     */
                                    memory: string;
                                    /** @description Contextual memory metadata */
                                    metadata?: {
                                        [key: string]: unknown;
                                    } | null;
                                    /**
                                     * Format: datetime
                                     * @description Contextual memory last update date
                                     */
                                    updatedAt: string;
                                }[];
                                related?: {
                                    /**
                                     * @description Relation type
                                     * @enum {string}
                                     */
                                    relation: "extends" | "derives";
                                    /** @description The related memory content */
                                    memory: string;
                                    /** @description Related memory metadata */
                                    metadata?: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @description Related memory last update date */
                                    updatedAt: string;
                                }[];
                            };
                            /** @description Associated documents for this memory entry */
                            documents?: {
                                /**
                                 * @description Document ID
                                 * @example doc_xyz789
                                 */
                                id: string;
                                /**
                                 * @description Document title (only included when documents=true)
                                 * @example API Rate Limiting Policy
                                 */
                                title?: string;
                                /**
                                 * @description Document type (only included when documents=true)
                                 * @example web
                                 */
                                type?: string;
                                /**
                                 * @description Document metadata (only included when documents=true)
                                 * @example {
                                 *       "source": "upload",
                                 *       "language": "en"
                                 *     }
                                 */
                                metadata?: {
                                    [key: string]: unknown;
                                } | null;
                                /**
                                 * @description Document summary (only included when summaries=true)
                                 * @example API rate limit policy: 100 req/min free, 1000 req/min pro.
                                 */
                                summary?: string | null;
                                /**
                                 * Format: datetime
                                 * @description Document creation date
                                 */
                                createdAt: string;
                                /**
                                 * Format: datetime
                                 * @description Document last update date
                                 */
                                updatedAt: string;
                            }[];
                            /** @description Relevant chunks from associated documents (only included when chunks=true) */
                            chunks?: {
                                /**
                                 * @description Content of the chunk
                                 * @example This is a chunk of content from the document...
                                 */
                                content: string;
                                /**
                                 * @description Similarity score between the query and chunk
                                 * @example 0.85
                                 */
                                score: number;
                                /**
                                 * @description Position of chunk in the document (0-indexed)
                                 * @example 0
                                 */
                                position: number;
                                /**
                                 * @description ID of the document this chunk belongs to
                                 * @example doc_xyz789
                                 */
                                documentId: string;
                            }[];
                            /**
                             * @description Indicates if this memory was created by aggregating multiple source memories
                             * @example false
                             */
                            isAggregated?: boolean;
                        }[];
                        /**
                         * @description Search execution time in milliseconds
                         * @example 245
                         */
                        timing: number;
                        /**
                         * @description Total number of results returned
                         * @example 5
                         */
                        total: number;
                    };
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Search quota or credits exhausted */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV4Conversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                    messages: {
                        /** @enum {string} */
                        role: "user" | "assistant" | "system" | "tool";
                        content: string | ({
                            /** @constant */
                            type: "text";
                            text: string;
                        } | {
                            /** @constant */
                            type: "image_url";
                            imageUrl: {
                                /** Format: uri */
                                url: string;
                            };
                        })[];
                        name?: string;
                        tool_calls?: unknown[];
                        tool_call_id?: string;
                    }[];
                    containerTags?: string[];
                    metadata?: {
                        [key: string]: string | number | boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Conversation ingested/updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Quota exceeded */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ConnectionsList: {
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
                     * @description Optional comma-separated list of container tags to filter documents by
                     * @example [
                     *       "user_123",
                     *       "project_123"
                     *     ]
                     */
                    containerTags?: string[];
                };
            };
        };
        responses: {
            /** @description Connections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: datetime */
                        createdAt: string;
                        documentLimit?: number;
                        email?: string;
                        /** Format: datetime */
                        expiresAt?: string;
                        id: string;
                        metadata?: {
                            [key: string]: unknown;
                        };
                        provider: string;
                        /** @deprecated */
                        containerTags?: string[];
                        lastSyncRun?: {
                            status: string;
                            errorCode?: ("auth_expired" | "rate_limited" | "plan_required" | "provider_unavailable" | "internal") | null;
                            error?: string | null;
                            /** Format: datetime */
                            startedAt?: string;
                            /** Format: datetime */
                            completedAt?: string;
                        };
                    }[];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ConnectionsByProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    containerTag?: string;
                    containerTags?: string[];
                    documentLimit?: number;
                    metadata?: {
                        [key: string]: string | number | boolean;
                    } | null;
                    redirectUrl?: string;
                };
            };
        };
        responses: {
            /** @description Authorization URL */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authLink: string | null;
                        expiresIn: string | null;
                        id: string;
                        redirectsTo?: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteV3ConnectionsByProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Optional comma-separated list of container tags to filter connections by
                     * @example [
                     *       "user_123",
                     *       "project_123"
                     *     ]
                     */
                    containerTags: string[];
                };
            };
        };
        responses: {
            /** @description Connection deleted successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        provider: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Provider not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3ConnectionsByConnectionIdResources: {
        parameters: {
            query?: {
                page?: number;
                parent_id?: string;
                per_page?: number;
            };
            header?: never;
            path: {
                /** @example conn_Gh3bR8yTn5KwQs1D */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of accessible resources */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resources: {
                            [key: string]: unknown;
                        }[];
                        total_count?: number;
                    };
                };
            };
            /** @description Connection missing refresh token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Connection not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Provider does not support resource fetching */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ConnectionsByConnectionIdConfigure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example conn_Gh3bR8yTn5KwQs1D */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resources: {
                        [key: string]: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description Resources configured successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                        message: string;
                        webhooksRegistered?: number;
                    };
                };
            };
            /** @description Connection missing refresh token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Connection not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Provider does not support resource configuration */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getV3ConnectionsByConnectionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example conn_8f2kQ1xZt7LmVb3R */
                connectionId: string;
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
                    "application/json": {
                        /** Format: datetime */
                        createdAt: string;
                        documentLimit?: number;
                        email?: string;
                        /** Format: datetime */
                        expiresAt?: string;
                        id: string;
                        metadata?: {
                            [key: string]: unknown;
                        };
                        provider: string;
                        /** @deprecated */
                        containerTags?: string[];
                        lastSyncRun?: {
                            status: string;
                            errorCode?: ("auth_expired" | "rate_limited" | "plan_required" | "provider_unavailable" | "internal") | null;
                            error?: string | null;
                            /** Format: datetime */
                            startedAt?: string;
                            /** Format: datetime */
                            completedAt?: string;
                        };
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Connection not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteV3ConnectionsByConnectionId: {
        parameters: {
            query?: {
                /** @description Whether to also delete documents imported by this connection. Defaults to true. */
                deleteDocuments?: string;
            };
            header?: never;
            path: {
                /** @example conn_8f2kQ1xZt7LmVb3R */
                connectionId: string;
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
                        id: string;
                        provider: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Connection not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ConnectionsByProviderConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Comma-separated list of container tags to filter connection by
                     * @example [
                     *       "user_123",
                     *       "project_123"
                     *     ]
                     */
                    containerTags: string[];
                };
            };
        };
        responses: {
            /** @description Connection details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: datetime */
                        createdAt: string;
                        documentLimit?: number;
                        email?: string;
                        /** Format: datetime */
                        expiresAt?: string;
                        id: string;
                        metadata?: {
                            [key: string]: unknown;
                        };
                        provider: string;
                        /** @deprecated */
                        containerTags?: string[];
                        lastSyncRun?: {
                            status: string;
                            errorCode?: ("auth_expired" | "rate_limited" | "plan_required" | "provider_unavailable" | "internal") | null;
                            error?: string | null;
                            /** Format: datetime */
                            startedAt?: string;
                            /** Format: datetime */
                            completedAt?: string;
                        };
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Connection not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ConnectionsByProviderDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Optional comma-separated list of container tags to filter documents by
                     * @example [
                     *       "user_123",
                     *       "project_123"
                     *     ]
                     */
                    containerTags?: string[];
                };
            };
        };
        responses: {
            /** @description List of documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: datetime */
                        createdAt: string;
                        id: string;
                        /** Format: datetime */
                        status: string;
                        summary: string | null;
                        title: string | null;
                        type: string;
                        /** Format: datetime */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Provider not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    postV3ConnectionsByProviderImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "notion" | "google-drive" | "onedrive" | "gmail" | "github" | "web-crawler" | "s3" | "granola";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Optional comma-separated list of container tags to filter connections by
                     * @example [
                     *       "user_123",
                     *       "project_123"
                     *     ]
                     */
                    containerTags?: string[];
                };
            };
        };
        responses: {
            /** @description Importing connections... */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
