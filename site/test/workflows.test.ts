// The GitHub workflows are valid against the workflow schema (@action-validator/cli), so a typo in
// a key fails here rather than on the first push to main.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './harness/build.ts';

const validator = join(repositoryRoot, 'node_modules/.bin/action-validator');
const workflowsDir = join(repositoryRoot, '.github/workflows');
const workflows = readdirSync(workflowsDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

function validate(path: string): { status: number; output: string } {
  const result = spawnSync(validator, [path], { encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('the GitHub workflows', () => {
  it('are the Pages deployment and the pull-request check', () => {
    expect(workflows).toEqual(['check.yml', 'extension.yml', 'pages.yml']);
  });

  it.each(workflows)('%s passes action-validator', (name) => {
    const { status, output } = validate(join(workflowsDir, name));
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('action-validator rejects a misspelt key (the check above can fail)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nps-workflow-')), 'broken.yml');
    writeFileSync(path, readFileSync(join(workflowsDir, 'check.yml'), 'utf8').replace('runs-on:', 'runs_on:'));
    expect(validate(path).status).not.toBe(0);
  });

  it('deploys with the permissions and base path GitHub Pages needs', () => {
    const pages = readFileSync(join(workflowsDir, 'pages.yml'), 'utf8');
    expect(pages).toMatch(/pages: write/);
    expect(pages).toMatch(/id-token: write/);
    expect(pages).toContain('actions/upload-pages-artifact@');
    expect(pages).toContain('actions/deploy-pages@');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(pages).toContain('--base "${{ steps.pages.outputs.base_path }}/"');
    const check = readFileSync(join(workflowsDir, 'check.yml'), 'utf8');
    expect(check).toContain('nps validate --format github');
  });

  it('run the one definition of the checks and tests that .ci/run runs (npm test: pnpm verify)', () => {
    for (const name of ['check.yml', 'pages.yml']) {
      expect(readFileSync(join(workflowsDir, name), 'utf8'), name).toMatch(/^\s+run: pnpm verify$/m);
    }
    const manifest = JSON.parse(readFileSync(join(workflowsDir, '../../package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.test).toMatch(/with-toolchain\.mjs verify$/);
    expect(manifest.scripts.verify).toBe('pnpm check && pnpm test:all');
    expect(manifest.scripts.check).toContain('pnpm cycles');
    expect(readFileSync(join(workflowsDir, '../../.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
