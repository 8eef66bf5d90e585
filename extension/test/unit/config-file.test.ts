import { CONFIG_FILE_NAME } from '@nps-pages/core';
import { describe, expect, it } from 'vitest';
import manifest from '../../package.json' with { type: 'json' };
import { CONFIG_FILE } from '../../src/config-file.ts';

describe("the config file's name", () => {
  it("is core's, in the entry and in the manifest's activation events and schema association", () => {
    expect(CONFIG_FILE).toBe(CONFIG_FILE_NAME);
    expect(manifest.activationEvents).toContain(`workspaceContains:data/${CONFIG_FILE_NAME}`);
    expect(manifest.contributes.yamlValidation[0]?.fileMatch).toContain(CONFIG_FILE_NAME);
  });
});
