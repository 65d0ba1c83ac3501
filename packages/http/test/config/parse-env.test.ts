// parseEnv: values through a schema, or one line naming every bad variable.
import { parseEnv } from '@agentvc/http';
import { z } from 'zod';

describe('parseEnv', () => {
  const schema = z.object({ A_PORT: z.coerce.number().int().max(65_535), A_NAME: z.string().default('x') });

  it('returns the parsed values', () => {
    expect(parseEnv(schema, { A_PORT: '80' })).toEqual({ A_PORT: 80, A_NAME: 'x' });
  });

  it('names every invalid variable in one error', () => {
    expect(() => parseEnv(schema, { A_PORT: '70000', A_NAME: undefined })).toThrow(/^invalid configuration: A_PORT: [^;]+$/);
    expect(() => parseEnv(z.object({ B: z.string(), C: z.string() }), {})).toThrow(/^invalid configuration: B: .+; C: .+$/);
  });
});
