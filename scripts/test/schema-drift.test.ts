import { readFile } from 'node:fs/promises';
import { configJsonSchema, parseConfig } from '@nps-pages/core';
import { describe, expect, it } from 'vitest';

const committed = new URL('../../core/schema/nps.config.schema.json', import.meta.url);

describe('the JSON Schema of the config', () => {
  it('is the one generated from the zod schema (run `pnpm schema:write` after changing it)', async () => {
    const text = await readFile(committed, 'utf8');
    expect(text).toBe(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  });

  it('is closed to unknown keys, like the zod schema that editors and `nps validate` apply', async () => {
    const schema = JSON.parse(await readFile(committed, 'utf8'));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['sources']);
    const reading = parseConfig('c.yaml', 'sources:\n  - path: a.csv\ncolour: blue\n');
    expect(reading.issues.map((issue) => issue.code)).toEqual(['NPS003']);
  });
});
