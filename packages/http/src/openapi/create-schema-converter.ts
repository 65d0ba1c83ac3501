import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

export interface SchemaConverter {
  /** JSON Schema 2020-12 for a zod schema, its shared parts moved to `components`. */
  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema;
  /** `components.schemas` collected so far: schemas with a `.meta({ id })`, recursive ones. */
  readonly components: Record<string, JsonSchema>;
}

const COMPONENT_REF = '#/components/schemas/';

/**
 * z.toJSONSchema puts shared and recursive schemas in a local `$defs` with `#/$defs/..`
 * (or `#`) refs, which inside an OpenAPI document would resolve against the document root.
 * This moves them to components.schemas and rewrites the refs; unnamed ones get unique names.
 */
export function createSchemaConverter(): SchemaConverter {
  const components: Record<string, JsonSchema> = {};
  let unnamed = 0;

  const convert = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    // 'any' rather than throwing on transforms or dates: documentation must never break a start
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = json;
    const defs = isObject($defs) ? $defs : {};
    const names = new Map<string, string>();
    for (const name of Object.keys(defs)) {
      names.set(name, name.startsWith('__') ? `Schema${++unnamed}` : name);
    }
    let rootName: string | undefined;
    const retarget = (ref: string): string => {
      if (ref === '#') {
        rootName ??= `Schema${++unnamed}`;
        return COMPONENT_REF + rootName;
      }
      const local = ref.startsWith('#/$defs/') ? names.get(ref.slice('#/$defs/'.length)) : undefined;
      return local === undefined ? ref : COMPONENT_REF + local;
    };
    for (const [name, def] of Object.entries(defs)) {
      const target = names.get(name) ?? name;
      // The same id means the same schema; the first conversion wins
      if (!(target in components)) components[target] = rewriteRefs(def, retarget) as JsonSchema;
    }
    const converted = rewriteRefs(root, retarget) as JsonSchema;
    if (rootName === undefined) return converted;
    components[rootName] = converted;
    return { $ref: COMPONENT_REF + rootName };
  };

  return { convert, components };
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rewriteRefs(value: unknown, retarget: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, retarget));
  if (!isObject(value)) return value;
  const out: JsonSchema = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof child === 'string' ? retarget(child) : rewriteRefs(child, retarget);
  }
  return out;
}
