import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalData, REDACTION_PLACEHOLDERS, type RedactOptions, redactText } from '../../src/text/redact.ts';
import { NEGATIVES, POSITIVES } from './redact-table.ts';

const FR: RedactOptions = { emails: true, phones: true, locale: 'fr' };
const EN: RedactOptions = { emails: true, phones: true, locale: 'en' };

/** The text as a reader of the site should see it: each expected finding replaced in order. */
function expectedRedaction(text: string, found: string[], kinds: ('email' | 'phone')[], options: RedactOptions): string {
  const placeholders = REDACTION_PLACEHOLDERS[options.locale];
  let result = '';
  let rest = text;
  found.forEach((piece, index) => {
    const at = rest.indexOf(piece);
    result += rest.slice(0, at) + (kinds[index] === 'email' ? placeholders.email : placeholders.phone);
    rest = rest.slice(at + piece.length);
  });
  return result + rest;
}

describe('redactText on real-looking comments', () => {
  it('has at least 40 positives and 40 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(POSITIVES.map((row) => [row.text, row] as const))('removes personal data from %j', (_, row) => {
    const redaction = redactText(row.text, FR);
    expect(redaction.text).toBe(
      expectedRedaction(
        row.text,
        row.found,
        row.found.map(() => row.kind),
        FR,
      ),
    );
    expect(row.kind === 'email' ? redaction.emails : redaction.phones).toBe(row.found.length);
  });

  it.each(NEGATIVES)('leaves %j as it is', (text) => {
    expect(redactText(text, FR)).toEqual({ text, emails: 0, phones: 0 });
    expect(containsPersonalData(text, FR)).toBe(false);
  });

  it('writes placeholders in the site language', () => {
    const text = 'Tel 06 12 34 56 78 ou jean@free.fr';
    expect(redactText(text, FR).text).toBe('Tel [téléphone masqué] ou [e-mail masqué]');
    expect(redactText(text, EN).text).toBe('Tel [phone removed] ou [email removed]');
  });

  it('redacts only what the config asks for', () => {
    const text = 'Tel 06 12 34 56 78 ou jean@free.fr';
    expect(redactText(text, { ...FR, phones: false })).toEqual({
      text: 'Tel 06 12 34 56 78 ou [e-mail masqué]',
      emails: 1,
      phones: 0,
    });
    expect(redactText(text, { ...FR, emails: false })).toEqual({
      text: 'Tel [téléphone masqué] ou jean@free.fr',
      emails: 0,
      phones: 1,
    });
    expect(redactText(text, { ...FR, emails: false, phones: false }).text).toBe(text);
    expect(containsPersonalData(text, { emails: false, phones: false })).toBe(false);
  });

  it('counts a phone number inside an e-mail address as part of the address', () => {
    expect(redactText('0612345678@sms.operateur.fr', FR)).toEqual({ text: '[e-mail masqué]', emails: 1, phones: 0 });
  });
});

// Properties
const FRENCH_WORDS = [
  'bonjour',
  'très',
  'déçu',
  'caisse',
  'le',
  'la',
  'magasin',
  'accueil',
  'point',
  'vente',
  'merci',
  'au',
  'rappeler',
  'é',
  'ça',
];
const frenchWords = fc.array(fc.constantFrom(...FRENCH_WORDS), { maxLength: 8 });
const noisyText = fc.string({
  unit: fc.constantFrom(...'0123456789 .-+()/@:,°#€%abcdefghijklmnopqrstuvwxyzéèàAT\n'.split(''), 'at', 'dot', 'point', ' at '),
  maxLength: 60,
});

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const frenchPhone = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.array(
      fc.tuple(digit, digit).map(([a, b]) => a + b),
      { minLength: 4, maxLength: 4 },
    ),
    fc.constantFrom('', ' ', '.', '-'),
    fc.constantFrom('0', '+33 ', '+33 (0)', '0033 ', '+33'),
  )
  .map(([first, pairs, separator, prefix]) => `${prefix}${first}${separator}${pairs.join(separator)}`);
const atom = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_+-éç'), minLength: 1, maxLength: 10 });
const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789éè'), minLength: 1, maxLength: 10 });
const generatedEmail = fc
  .tuple(
    fc.array(atom, { minLength: 1, maxLength: 3 }),
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('fr', 'com', 'org', 'paris'),
  )
  .map(([locals, labels, tld]) => `${locals.join('.')}@${labels.join('.')}.${tld}`);

/** Pieces of personal data and noise glued by random punctuation: where idempotency could break. */
const mixedText = fc
  .array(
    fc.tuple(
      fc.oneof(noisyText, frenchPhone, generatedEmail, fc.constantFrom(...FRENCH_WORDS)),
      fc.constantFrom(' ', '', '.', '-', ', ', '@', '\n'),
    ),
    {
      maxLength: 6,
    },
  )
  .map((pieces) => pieces.map(([piece, glue]) => piece + glue).join(''));

describe('redactText properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), noisyText, (binary, noisy) => {
        redactText(binary, FR);
        redactText(noisy, EN);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: redacting twice gives the same text as once', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string({ unit: 'grapheme' })), fc.constantFrom(FR, EN), (text, options) => {
        const once = redactText(text, options).text;
        expect(redactText(once, options)).toEqual({ text: once, emails: 0, phones: 0 });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text without digits and without at-markers unchanged', () => {
    const safe = fc.string({ unit: 'grapheme' }).filter((text) => !/[\p{N}@＠]|\bat\b|arobas/iu.test(text));
    fc.assert(
      fc.property(safe, (text) => {
        expect(redactText(text, FR).text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('removes any French phone number or e-mail address embedded in French words', () => {
    fc.assert(
      fc.property(frenchWords, fc.oneof(frenchPhone, generatedEmail), frenchWords, (before, secret, after) => {
        const text = [...before, secret, ...after].join(' ');
        const redacted = redactText(text, FR);
        expect(redacted.text).not.toContain(secret);
        expect(redacted.emails + redacted.phones).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
