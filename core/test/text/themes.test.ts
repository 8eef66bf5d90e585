import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.ts';
import { compileThemes, type ThemeRules } from '../../src/text/themes.ts';

const THEMES: ThemeRules[] = [
  { id: 'attente', keywords: ["temps d'attente", 'queue', 'délai*'], patterns: [] },
  { id: 'caisse', keywords: ['caisse', 'self-checkout'], patterns: [] },
  { id: 'accueil', keywords: ['Accueil', 'souriant*', 'friendly'], patterns: [] },
  { id: 'stock', keywords: ['rupture*'], patterns: ['manqu(?:e|ait|aient)\\s+(?:de\\s+)?produits?'] },
  { id: 'coeur', keywords: ['cœur'], patterns: [] },
];

describe('compileThemes', () => {
  const matcher = compileThemes(THEMES);

  it.each([
    ['Le temps d’attente en caisse était interminable', ['attente', 'caisse']],
    ["TEMPS D'ATTENTE trop long", ['attente']],
    ['temps\n  d’attente', ['attente']],
    ['Délais non respectés', ['attente']],
    ['delai de livraison', ['attente']],
    ['Payé en caisse, rapide.', ['caisse']],
    ['Caisses automatiques en panne', []],
    ['il faut encaisser', []],
    ['La self‑checkout ne marche pas', ['caisse']],
    ['ACCUEIL très souriant', ['accueil']],
    ['Personnel SOURIANTE et friendly', ['accueil']],
    ['Ruptures de stock fréquentes', ['stock']],
    ['il manquait des produits, manque de produits frais', ['stock']],
    ['Il manquait encore', []],
    ['Mon COEUR dit oui', ['coeur']],
    ['le chœur chante', []],
    ['Rien à signaler', []],
    ['', []],
  ])('%j -> %j', (comment, expected) => {
    expect(matcher.match(comment)).toEqual(expected);
  });

  it('returns themes in config order, each once, whatever order the comment mentions them', () => {
    expect(matcher.match('rupture, accueil, caisse, queue, queue, rupture')).toEqual(['attente', 'caisse', 'accueil', 'stock']);
  });

  it('sees a keyword of one theme that starts where a keyword of another theme starts', () => {
    const overlapping = compileThemes([
      { id: 'service', keywords: ['service'], patterns: [] },
      { id: 'service-client', keywords: ['service client'], patterns: [] },
      { id: 'client', keywords: ['client*'], patterns: [] },
    ]);
    expect(overlapping.match('Le service client est injoignable')).toEqual(['service', 'service-client', 'client']);
    expect(overlapping.match('Le service est bon')).toEqual(['service']);
  });

  it('sees a keyword inside a longer keyword of another theme', () => {
    const nested = compileThemes([
      { id: 'long', keywords: ["temps d'attente"], patterns: [] },
      { id: 'short', keywords: ['attente'], patterns: [] },
    ]);
    expect(nested.match("temps d'attente")).toEqual(['long', 'short']);
  });

  it('leaves out an invalid pattern, an empty keyword and a lone star instead of throwing', () => {
    const lenient = compileThemes([{ id: 'x', keywords: ['*', '   ', 'ok'], patterns: ['(', '[a-'] }]);
    expect(lenient.match('anything at all')).toEqual([]);
    expect(lenient.match('OK')).toEqual(['x']);
  });

  it('matches keywords in any script and outside the basic plane', () => {
    const world = compileThemes([
      { id: 'ru', keywords: ['очередь'], patterns: [] },
      { id: 'emoji', keywords: ['😡'], patterns: [] },
    ]);
    expect(world.match('ОЧЕРЕДЬ 😡😡')).toEqual(['ru', 'emoji']);
    expect(world.match('очередью')).toEqual([]);
  });

  it('matchFolded agrees with match on the folded comment', () => {
    expect(matcher.matchFolded(foldText('Délai en CAISSE'))).toEqual(matcher.match('Délai en CAISSE'));
  });
});

// Properties. Keywords are drawn from letters that fold to themselves, so the expected result can
// be stated from plain string operations.
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
const word = fc.string({ unit: letter, minLength: 1, maxLength: 8 });
const keywordArb = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const themesArb = fc
  .array(fc.array(keywordArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .map((sets) => sets.map((keywords, index): ThemeRules => ({ id: `t${index}`, keywords, patterns: [] })));
const accents: Record<string, string[]> = {
  a: ['à', 'â', 'Á'],
  e: ['é', 'è', 'ê', 'Ë'],
  i: ['î', 'ï'],
  o: ['ô', 'Ö'],
  u: ['ù', 'û', 'Ü'],
  c: ['ç'],
};

describe('compileThemes properties', () => {
  it('never throws, whatever the comment, keywords and patterns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }),
        fc.string({ unit: 'binary' }),
        (keywords, comment) => {
          const matcher = compileThemes([{ id: 'x', keywords, patterns: keywords }]);
          expect(Array.isArray(matcher.match(comment))).toBe(true);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('is invariant under changing the case of the comment', () => {
    fc.assert(
      fc.property(themesArb, fc.string({ unit: 'grapheme', maxLength: 60 }), (themes, comment) => {
        const matcher = compileThemes(themes);
        const expected = matcher.match(comment);
        expect(matcher.match(comment.toUpperCase())).toEqual(expected);
        expect(matcher.match(comment.toLowerCase())).toEqual(expected);
      }),
      { numRuns: 250 },
    );
  });

  it('is invariant under accenting or stripping accents from the comment', () => {
    const accented = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.infiniteStream(fc.nat()));
    fc.assert(
      fc.property(themesArb, accented, (themes, [words, choices]) => {
        const matcher = compileThemes(themes);
        const plain = words.join(' ');
        const iterator = choices[Symbol.iterator]();
        const withAccents = [...plain].map((char) => {
          const options = accents[char];
          const choice = iterator.next().value as number;
          return options && choice % 2 === 0 ? (options[choice % options.length] as string) : char;
        });
        const accentedComment = withAccents.join('');
        const stripped = accentedComment.normalize('NFD').replace(/\p{M}/gu, '');
        expect(matcher.match(accentedComment)).toEqual(matcher.match(plain));
        expect(matcher.match(stripped)).toEqual(matcher.match(plain));
      }),
      { numRuns: 300 },
    );
  });

  it('always finds a keyword placed among random words', () => {
    fc.assert(
      fc.property(themesArb, fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 10 }), fc.nat(), (themes, words, pick) => {
        const theme = themes[pick % themes.length] as ThemeRules;
        const keyword = theme.keywords[pick % theme.keywords.length] as string;
        const comment = [
          ...words.slice(0, pick % (words.length + 1)),
          keyword.toUpperCase(),
          ...words.slice(pick % (words.length + 1)),
        ];
        expect(compileThemes(themes).match(comment.join(' '))).toContain(theme.id);
      }),
      { numRuns: 250 },
    );
  });

  it('never matches a comment that does not contain any keyword of the theme', () => {
    fc.assert(
      fc.property(themesArb, fc.string({ unit: 'grapheme', maxLength: 80 }), (themes, comment) => {
        const folded = foldText(comment).replace(/\s+/g, ' ');
        for (const id of compileThemes(themes).match(comment)) {
          const theme = themes.find((candidate) => candidate.id === id) as ThemeRules;
          expect(theme.keywords.some((keyword) => folded.includes(keyword))).toBe(true);
        }
      }),
      { numRuns: 250 },
    );
  });
});
