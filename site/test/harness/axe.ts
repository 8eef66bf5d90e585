/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// axe-core injected into a page (the installed package's axe.min.js, no CDN), reporting the
// violations as one readable line each: rule, impact, and the first offending elements.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { repositoryRoot } from './build.ts';

const axePath = createRequire(`${repositoryRoot}package.json`).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[]).map((violation) => {
    const targets = violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target));
    const summary = violation.nodes[0]?.failureSummary?.split('\n').slice(0, 2).join(' ') ?? '';
    return `${violation.id} (${violation.impact}, ${violation.nodes.length} nodes): ${violation.help}; ${targets.join(' ')} ${summary}`;
  });
}
