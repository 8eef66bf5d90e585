// Invalid data fails the build with every issue located, and nothing is published: a partial
// report would show a wrong NPS with the authority of a published page.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from './harness/build.ts';
import { validateIssues } from './harness/cli.ts';

const fixture = 'site/test/fixtures/invalid';

describe('a build from invalid data', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite({ data: fixture, outDir: join(mkdtempSync(join(tmpdir(), 'nps-invalid-')), 'dist') });
  });

  it('exits with an error status', () => {
    expect(build.exitCode, `${build.stdout}\n${build.stderr}`).not.toBe(0);
  });

  it('prints every issue `nps validate` finds as path:line:col CODE message', () => {
    const issues = validateIssues(fixture).filter((issue) => issue.severity === 'error');
    expect(issues.map((issue) => issue.code).sort()).toEqual(['NPS204', 'NPS211']);
    const lines = `${build.stdout}\n${build.stderr}`.split('\n');
    for (const issue of issues) {
      const located = lines.find((line) =>
        new RegExp(`responses\\.csv:${issue.line}:${issue.column}\\b.*\\b${issue.code}\\b`).test(line),
      );
      expect(
        located,
        `no line "responses.csv:${issue.line}:${issue.column} ... ${issue.code}" in:\n${lines.join('\n')}`,
      ).toBeDefined();
      expect(located).toContain(issue.message);
    }
  });

  it('publishes nothing: no output folder, or an empty one', () => {
    const published = existsSync(build.outDir) ? readdirSync(build.outDir, { recursive: true }) : [];
    expect(published).toEqual([]);
  });
});
