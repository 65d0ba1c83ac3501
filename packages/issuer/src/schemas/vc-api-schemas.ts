// The HTTP contract (@agentvc/core) defines the VC-API request bodies.
export { issueRequestSchema, statusRequestSchema, type IssueRequest, type StatusRequest } from '@agentvc/core';
