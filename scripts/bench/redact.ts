// Redaction: our phone rules against libphonenumber-js, on accuracy and on speed.
// Usage: node scripts/bench/redact.ts [comments]
//
// 1. Accuracy on the table of core/test/text/redact-table.ts (French and English comments): a
//    positive row counts as found when every expected number is covered exactly; a negative row
//    counts as a false positive when anything is detected in it.
// 2. Speed on 100k generated comments (1 in 20 with a phone number, 1 in 50 with an e-mail, many
//    with dates, prices and order numbers): median of 3 runs.
import { findNumbers } from 'libphonenumber-js';
import { findPhones } from '../../core/src/text/find-phones.ts';
import { redactText } from '../../core/src/text/redact.ts';
import { NEGATIVES, POSITIVES } from '../../core/test/text/redact-table.ts';
import { median } from './lib/measure.ts';

const COUNT = Number(process.argv[2] ?? 100_000);

interface Span {
  start: number;
  end: number;
}
type Detector = (text: string) => Span[];

const ours: Detector = findPhones;
const libphonenumber: Detector = (text) =>
  findNumbers(text, { defaultCountry: 'FR', v2: true }).map((hit) => ({ start: hit.startsAt, end: hit.endsAt }));

function accuracy(name: string, detect: Detector): void {
  const phoneRows = POSITIVES.filter((row) => row.kind === 'phone');
  const missed: string[] = [];
  for (const row of phoneRows) {
    const found = detect(row.text).map((span) => row.text.slice(span.start, span.end));
    if (!row.found.every((expected) => found.includes(expected))) missed.push(`${row.text} -> ${JSON.stringify(found)}`);
  }
  const falsePositives = NEGATIVES.filter((text) => detect(text).length > 0);
  const recall = (phoneRows.length - missed.length) / phoneRows.length;
  console.log(
    `${name.padEnd(16)} recall ${(recall * 100).toFixed(0)}% (${phoneRows.length - missed.length}/${phoneRows.length} rows), ` +
      `false positives ${falsePositives.length}/${NEGATIVES.length} rows`,
  );
  for (const row of missed) console.log(`   missed: ${row}`);
  for (const text of falsePositives)
    console.log(`   false positive: ${text} -> ${JSON.stringify(detect(text).map((s) => text.slice(s.start, s.end)))}`);
}

function makeComments(count: number): string[] {
  const plain = [
    'Très bon accueil, personnel souriant mais temps d’attente en caisse trop long.',
    'Commande n° 123456789 livrée le 12/03/2026 avec deux jours de retard, colis abîmé.',
    'Prix en hausse de 12 % : 1 299,00 € pour un lave-linge, trop cher.',
    'Great service at the store, will come back. Delivered on 2026-03-12 at 14:05.',
    'Rien à signaler.',
  ];
  const comments: string[] = [];
  for (let index = 0; index < count; index++) {
    const base = plain[index % plain.length] as string;
    if (index % 20 === 0) comments.push(`${base} Rappelez-moi au 06 ${String(10 + (index % 89))} 34 56 78.`);
    else if (index % 50 === 1) comments.push(`${base} Mon mail : client${index}@exemple.fr`);
    else comments.push(base);
  }
  return comments;
}

function time(label: string, run: () => number): void {
  const seconds: number[] = [];
  let hits = 0;
  for (let turn = 0; turn < 3; turn++) {
    const started = performance.now();
    hits = run();
    seconds.push((performance.now() - started) / 1000);
  }
  const best = median(seconds);
  console.log(
    `${label.padEnd(40)} ${(best * 1000).toFixed(0)} ms  (${((best / COUNT) * 1e6).toFixed(2)} µs a comment, ${hits} found)`,
  );
}

console.log('Accuracy on the table (phones):');
accuracy('our rules', ours);
accuracy('libphonenumber-js', libphonenumber);

const comments = makeComments(COUNT);
console.log(`\nSpeed on ${COUNT} comments:`);
time('findPhones (our rules)', () => comments.reduce((sum, comment) => sum + ours(comment).length, 0));
time('libphonenumber-js findNumbers (FR)', () => comments.reduce((sum, comment) => sum + libphonenumber(comment).length, 0));
time('redactText (e-mails and phones)', () =>
  comments.reduce((sum, comment) => {
    const redaction = redactText(comment, { emails: true, phones: true, locale: 'fr' });
    return sum + redaction.emails + redaction.phones;
  }, 0),
);
