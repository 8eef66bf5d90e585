// Writes or checks the JSON Schema of the config, generated from the zod schema (the single source
// of truth). The committed file feeds editors (yamlValidation in the VS Code extension); --check
// fails when it no longer matches the zod schema. Usage: schema-drift.ts --write | --check
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '@nps-pages/core';

const target = fileURLToPath(new URL('../../core/schema/nps.config.schema.json', import.meta.url));
const expected = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
const mode = process.argv[2];

if (mode === '--write') {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, expected);
  console.log(`wrote ${target}`);
} else if (mode === '--check') {
  const actual = await readFile(target, 'utf8').catch(() => '');
  if (actual !== expected) {
    console.error('core/schema/nps.config.schema.json is out of date with the zod schema: run `pnpm schema:write`.');
    process.exit(1);
  }
  console.log('the JSON Schema of the config matches the zod schema');
} else {
  console.error('usage: schema-drift.ts --write | --check');
  process.exit(2);
}
