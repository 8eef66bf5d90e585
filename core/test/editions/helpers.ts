import type { Action } from '../../src/actions.ts';
import { editionPaths } from '../../src/editions/manifest.ts';
import type { EditionTexts } from '../../src/editions/read.ts';
import { type ReleasedEdition, releaseEdition } from '../../src/editions/release.ts';
import { parseConfig } from '../../src/parse/config.ts';
import type { NpsConfig } from '../../src/schema/config.ts';
import type { NpsResponse } from '../../src/schema/response.ts';

export const CONFIG: NpsConfig = (() => {
  const text = [
    'site: { locale: fr, period: month }',
    'sources: [{ path: "*.csv" }]',
    'segments: [{ field: store }]',
    'themes:',
    '  - { id: attente, label: Attente, kind: irritant, keywords: [attente] }',
  ].join('\n');
  const config = parseConfig('nps.config.yaml', text).config;
  if (!config) throw new Error('test config invalid');
  return config;
})();

/** A deterministic set of responses over two quarters, two stores, some comments and respondents. */
export function sampleResponses(count = 120): NpsResponse[] {
  const responses: NpsResponse[] = [];
  for (let index = 0; index < count; index++) {
    const month = 4 + (index % 6);
    const day = `2026-${String(month).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    const response: NpsResponse = {
      id: `r${index}`,
      day,
      score: (index * 7) % 11,
      segments: { store: index % 3 === 0 ? 'Lyon' : 'Paris' },
      respondent: `client-${index % 40}`,
    };
    if (index % 5 === 0) response.comment = `Trop d'attente, écrivez-moi à jean.dupont${index}@example.com`;
    responses.push(response);
  }
  return responses;
}

export const ACTIONS: Action[] = [
  {
    id: 'renfort',
    file: 'data/actions/renfort.md',
    body: 'Corps.',
    bodyLine: 8,
    title: 'Renfort en caisse',
    owner: 'Camille',
    status: 'done',
    opened: '2026-08-01',
    closed: '2026-09-15',
  },
  {
    id: 'ancienne',
    file: 'x',
    body: '',
    bodyLine: 1,
    title: 'Vieille',
    owner: 'A',
    status: 'done',
    opened: '2025-01-01',
    closed: '2025-02-01',
  },
];

export function release(
  options: { id?: string; from?: string; to?: string; responses?: NpsResponse[] } = {},
): Promise<ReleasedEdition> {
  return releaseEdition({
    id: options.id ?? '2026-T3',
    from: options.from ?? '2026-07-01',
    to: options.to ?? '2026-09-30',
    title: 'T3 2026',
    created: '2026-10-05',
    config: CONFIG,
    responses: options.responses ?? sampleResponses(),
    actions: ACTIONS,
  });
}

export const narrative = (status: 'draft' | 'published', period = '2026-Q3'): string =>
  `---\ntitle: T3\nperiod: "${period}"\nstatus: ${status}\nsummary: Stable.\nauthors: [CX]\n---\n\nTexte.\n`;

/** The texts readEdition takes, from a released edition (with overrides to simulate edits). */
export function textsOf(released: ReleasedEdition, overrides: Partial<EditionTexts> = {}): EditionTexts {
  const id = released.manifest.id;
  const paths = editionPaths(id);
  const text = (path: string) => released.files.find((file) => file.path === path)?.text;
  return {
    id,
    manifest: text(paths.manifest),
    responses: text(paths.responses),
    actions: text(paths.actions),
    narrative: narrative('published'),
    files: {
      manifest: `data/${paths.manifest}`,
      responses: `data/${paths.responses}`,
      actions: `data/${paths.actions}`,
      narrative: `data/${paths.narrative}`,
    },
    ...overrides,
  };
}
