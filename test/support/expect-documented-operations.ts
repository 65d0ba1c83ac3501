// Every route of a service documents an operationId and examples of its request and its
// success responses; the operational routes of @agentvc/http (/health, /docs, ...) are not the app's.
type Operation = {
  operationId?: string;
  parameters?: Array<{ name: string; required?: boolean; example?: unknown }>;
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
};

const OPS_PATHS = /^\/(health|ready|metrics|openapi\.json|docs)(\/|$)/;

/** The app operations (`POST /credentials`) that lack an operationId or an example. */
export function undocumentedOperations(document: { paths: Record<string, Record<string, Operation>> }): string[] {
  const missing: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    if (OPS_PATHS.test(path)) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) missing.push(`${name}: operationId`);
      const body = operation.requestBody?.content;
      if (body && Object.values(body).some((media) => media.example === undefined)) missing.push(`${name}: request example`);
      // required parameters each, and at least one of the optional ones (a query) when there are some
      const parameters = operation.parameters ?? [];
      for (const parameter of parameters.filter((p) => p.required && p.example === undefined)) missing.push(`${name}: example of ${parameter.name}`);
      const optional = parameters.filter((p) => !p.required);
      if (optional.length > 0 && optional.every((p) => p.example === undefined)) missing.push(`${name}: example query`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^[23]/.test(status)) continue;
        if (Object.values(response.content ?? {}).some((media) => media.example === undefined)) missing.push(`${name}: ${status} example`);
      }
    }
  }
  return missing;
}
