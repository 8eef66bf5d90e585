/// <reference lib="dom" />
// A team's first export, as French Excel saves it: "CSV (séparateur: point-virgule)" is Windows-1252,
// not UTF-8, and a non-mandatory NPS question leaves rows without a score. The site must publish
// every accent intact (no U+FFFD, no "Ã©") and build despite the partial answers, saying how many
// were left out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './harness/build.ts';
import { listFiles } from './harness/dist-files.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const CONFIG = `site:
  title: Avis clients
sources:
  - path: export-excel.csv
    dateFormat: DD/MM/YYYY
    columns:
      date: Date de la visite
      score: Probabilité de recommandation (0 à 10)
      comment: Pourquoi cette note ?
`;
const COMMENTS = [
  'Très bon accueil, où ça ? Là-bas, près des caisses.',
  'Cœur à l’ouvrage : l’équipe était géniale, même à Noël !',
  'Déçu… 5 € de frais de livraison, c’est cher pour un reçu égaré.',
];
const ROWS = [
  'Date de la visite;Probabilité de recommandation (0 à 10);Pourquoi cette note ?',
  `02/03/2026;10;${COMMENTS[0]}`,
  `03/03/2026;9;${COMMENTS[1]}`,
  '03/03/2026;;Je n’ai pas répondu à la note',
  `04/03/2026;3;${COMMENTS[2]}`,
  '05/03/2026;8;Bien',
];

/** Windows-1252 bytes: Latin-1 as is, plus the letters and signs that 1252 adds. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '…': 0x85, '’': 0x92, œ: 0x9c, Œ: 0x8c };
  return Buffer.from([...text].map((c) => extra[c] ?? (c.codePointAt(0) as number)));
}

describe('a French Excel export in Windows-1252, with a partial answer', () => {
  let dist = '';
  let data = '';
  let session: SiteSession;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'nps-first-contact-'));
    writeFileSync(join(data, 'nps.config.yaml'), CONFIG);
    writeFileSync(join(data, 'export-excel.csv'), windows1252(`${ROWS.join('\r\n')}\r\n`));
    const build = await buildSiteOrThrow({ data });
    dist = build.outDir;
    expect(build.stderr + build.stdout).toContain('NPS011');
    session = await openSiteSession({ root: dist });
  });
  afterAll(async () => {
    await session?.close();
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('shows every comment with its accents intact in the browser', async () => {
    const { page, close } = await session.visit('verbatims/');
    const text = await page.evaluate(() => document.body.textContent ?? '');
    await close();
    for (const comment of COMMENTS) expect(text).toContain(comment);
  });

  it('publishes no replacement character and no mojibake in any file', () => {
    for (const file of listFiles(dist)) {
      if (!/\.(html|json|csv|js|svg|txt)$/.test(file)) continue;
      const content = readFileSync(join(dist, file), 'utf8');
      expect(content, file).not.toContain('\uFFFD');
      expect(content, file).not.toMatch(/Ã[©¨ª]|â€™/);
    }
  });

  it('counts the partial answer beside the number of responses, and leaves it out of the NPS', async () => {
    const { page, close } = await session.visit('');
    const lead = ((await page.locator('p.lead').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await close();
    expect(lead).toMatch(/4 réponses \(1 réponse sans note, non comptée\)$/);
  });

  it('explains partial answers on the methodology page with this data’s count', async () => {
    const { page, close } = await session.visit('methodology/');
    const text = ((await page.locator('#partial').textContent()) ?? '').replace(/\s+/g, ' ');
    await close();
    expect(text).toContain('1 réponse de ces données n’a pas de note.');
  });

  it('says the closed loop is not tracked, with the config line that turns it on, and shows no 0 %', async () => {
    const { page, close } = await session.visit('');
    const section = page.locator('section', { has: page.locator('h3', { hasText: 'Boucle de retour client' }) });
    const text = ((await section.textContent()) ?? '').replace(/\s+/g, ' ');
    await close();
    expect(text).toContain('Non suivi : les données ne disent pas quand l’équipe a répondu au client.');
    expect(text).toContain('repliedAt: "Rappelé le"');
    expect(text).not.toContain('Part des clients recontactés');
  });
});
