import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.ts';

describe('foldText', () => {
  it.each([
    ['DÉLAI d’attente', "delai d'attente"],
    ['Œuvre, cœur, Æsop', 'oeuvre, coeur, aesop'],
    ['Straße', 'strasse'],
    ['ﬁdélité', 'fidelite'],
    ['prix\u00a0:\u202f12\u00a0€', 'prix : 12 €'],
    ['self‑checkout — top', 'self-checkout - top'],
    ['l`accueil', "l'accueil"],
    ['İSTANBUL ıi', 'istanbul ii'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['Ｆｕｌｌ ｗｉｄｔｈ', 'full width'],
    ['plain ascii TEXT', 'plain ascii text'],
  ])('%j -> %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds Latin text through its table exactly as the full Unicode path does', () => {
    // A CJK character sends the whole text through the full path; it folds to itself.
    const latin = fc.string({ unit: fc.integer({ min: 0, max: 0x36f }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    fc.assert(
      fc.property(latin, (text) => {
        expect(`${foldText(text)}一`).toBe(foldText(`${text}一`));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent and never leaves upper case or combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(folded).toBe(folded.toLowerCase());
        expect(/\p{M}/u.test(folded)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
