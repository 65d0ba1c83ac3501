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
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as readonly z.ZodType[]).map(loosen);
    // a variant added later (a new capability type) is kept as an object
    const unknownVariant = schema instanceof z.ZodDiscriminatedUnion ? [z.record(z.string(), z.unknown())] : [];
    return z.union([...options, ...unknownVariant] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  }
  return schema;
}
