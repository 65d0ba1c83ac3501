// The HTTP contract (@agentvc/core) defines what an operator sends; the registry takes it as parsed.
export { grantTemplateSchema, registerAgentSchema, type GrantTemplate, type GrantTemplateInput, type RegisterAgentInput } from '@agentvc/core';
