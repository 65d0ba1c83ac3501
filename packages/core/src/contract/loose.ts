import { z } from 'zod';

/**
 * The client's reading of a response schema: every object keeps members it does not know and
 * every enum accepts values it does not know, so an older SDK keeps working against a newer
 * service. Typed as the strict schema's output: what the SDK knows is what it promises.
 */
export function loose<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>> {
  return loosen(schema) as unknown as z.ZodType<z.output<S>>;
}

function loosen(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, loosen(value)]));
    return z.looseObject(shape);
  }
  if (schema instanceof z.ZodArray) return z.array(loosen(schema.element as z.ZodType));
  if (schema instanceof z.ZodOptional) return loosen(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodDefault) return loosen(schema.unwrap() as z.ZodType).default(schema.def.defaultValue as never);
  if (schema instanceof z.ZodNullable) return loosen(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodRecord) return z.record(z.string(), loosen(schema.valueType as z.ZodType));
  if (schema instanceof z.ZodEnum) return z.string();
  if (schema instanceof z.ZodDiscriminatedUnion) return looseDiscriminatedUnion(schema);
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as readonly z.ZodType[]).map(loosen);
    return z.union(options as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  }
  return schema;
}

/**
 * A variant added later (a capability type this SDK does not know) is kept as an object; a
 * variant the SDK knows must match its own schema, so a malformed one is refused rather than
 * passing typed as that variant. The discriminator itself is never loosened.
 */
function looseDiscriminatedUnion(schema: z.ZodDiscriminatedUnion): z.ZodType {
  const key = schema.def.discriminator;
  const known = new Set<unknown>();
  const options = (schema.options as readonly z.ZodType[]).map((option) => {
    if (!(option instanceof z.ZodObject)) return loosen(option);
    const tag = (option.shape as Record<string, z.ZodType>)[key];
    if (tag instanceof z.ZodLiteral) for (const value of tag.values) known.add(value);
    if (tag instanceof z.ZodEnum) for (const value of tag.options) known.add(value);
    return (loosen(option) as z.ZodObject).extend({ [key]: tag as z.ZodType });
  });
  const unknownVariant = z.looseObject({ [key]: z.unknown().refine((value) => value !== undefined && !known.has(value), `a known ${key} must match its schema`) });
  return z.union([...options, unknownVariant] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
}
