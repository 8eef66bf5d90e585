import { z } from 'zod';
import { configSchema } from './config.ts';

/**
 * The JSON Schema of data/nps.config.yaml, for editors: what a user may write (the input side,
 * where defaulted keys are optional), closed to unknown keys like the zod schema.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://nps-pages.dev/schema/nps.config.schema.json',
    title: 'NPS Pages configuration (data/nps.config.yaml)',
  };
}
