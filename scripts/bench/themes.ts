// Theme matching speed: 1M comments of about 80 characters against 12 themes of 8 keywords.
// Usage: node scripts/bench/themes.ts [comments]
//
// Three contenders, each timed 3 times (median printed), all folding every comment first:
// - compileThemes (core): one hand-written scan a comment (core/src/text/keyword-scan.ts), whole-word semantics.
// - one regex a theme: the keyword rules as regular expressions (12 scans a comment), the scanner's test oracle.
// - naive baseline: folded.includes(keyword) for every keyword (substring semantics, so it
//   counts more matches: "caisse" inside "encaisser").

import { foldText } from '../../core/src/text/fold.ts';
import { compileKeyword, keywordsSource } from '../../core/src/text/keyword.ts';
import { compileThemes, type ThemeRules } from '../../core/src/text/themes.ts';
import { median } from './lib/measure.ts';

const COUNT = Number(process.argv[2] ?? 1_000_000);

const KEYWORDS: string[][] = [
  ['attente', "temps d'attente", 'queue', 'file', 'patienter', 'lent*', 'délai*', 'wait*'],
  ['prix', 'cher', 'tarif*', 'coût', 'promo*', 'price*', 'expensive', 'réduction'],
  ['accueil', 'aimable', 'souriant*', 'vendeur*', 'conseill*', 'staff', 'friendly', 'polite'],
  ['livraison', 'livré*', 'colis', 'retard*', 'transporteur', 'delivery', 'shipping', 'parcel'],
  ['rupture*', 'stock', 'indisponible', 'manquant*', 'out of stock', 'épuisé*', 'réassort*', 'sold out'],
  ['caisse', 'caissière', 'paiement', 'carte bancaire', 'self-checkout', 'checkout', 'payer', 'ticket'],
  ['propre*', 'sale', 'saleté', 'hygiène', 'clean*', 'dirty', 'odeur*', 'toilettes'],
  ['appli*', 'site', 'bug*', 'connexion', 'mot de passe', 'app', 'website', 'login'],
  ['parking', 'stationnement', 'accès', 'horaires', "heures d'ouverture", 'fermé*', 'opening hours', 'closed'],
  ['qualité', 'produit*', 'frais', 'fraîcheur', 'périmé*', 'quality', 'fresh*', 'défectueux'],
  ['remboursement', 'rembours*', 'sav', 'réclamation*', 'retour*', 'refund*', 'échange*', 'garantie'],
  ['fidélité', 'carte de fidélité', 'points', 'avantage*', 'loyalty', 'cashback', 'coupon*', 'bon de réduction'],
];
const THEMES: ThemeRules[] = KEYWORDS.map((keywords, index) => ({ id: `theme-${index}`, keywords, patterns: [] }));

const FILLER = (
  'le la les un une des et mais très trop pas du tout vraiment bien mal je nous on magasin ' +
  'personnel équipe commande produit rayon article service client expérience the and very not ' +
  'store team order was really good bad été déçu content ravi super nul moyen encore toujours'
).split(' ');
const THEME_WORDS = KEYWORDS.flat().map((keyword) => keyword.replace(/\*$/, 's'));

/** Deterministic comments (mulberry32), one in three mentioning no theme, some in capitals. */
function makeComments(count: number): string[] {
  let seed = 20260312;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (words: string[]) => words[Math.floor(random() * words.length)] as string;
  const comments: string[] = [];
  for (let index = 0; index < count; index++) {
    const words: string[] = [];
    let length = 0;
    while (length < 80) {
      const word = index % 3 !== 0 && random() < 0.12 ? pick(THEME_WORDS) : pick(FILLER);
      words.push(word);
      length += word.length + 1;
    }
    const comment = `${words.join(' ')}.`;
    comments.push(index % 7 === 0 ? comment.toUpperCase() : comment);
  }
  return comments;
}

function time(label: string, run: () => number): void {
  const seconds: number[] = [];
  let matches = 0;
  for (let turn = 0; turn < 3; turn++) {
    const started = performance.now();
    matches = run();
    seconds.push((performance.now() - started) / 1000);
  }
  const best = median(seconds);
  const perComment = (best / COUNT) * 1e6;
  console.log(`${label.padEnd(34)} ${best.toFixed(2)} s  (${perComment.toFixed(2)} µs a comment, ${matches} theme hits)`);
}

const comments = makeComments(COUNT);
const characters = comments.reduce((sum, comment) => sum + comment.length, 0);
console.log(`${COUNT} comments, ${(characters / COUNT).toFixed(0)} characters on average, 12 themes x 8 keywords`);

const compileStarted = performance.now();
const matcher = compileThemes(THEMES);
matcher.match('premier appel: V8 compiles the regular expressions lazily');
console.log(`compileThemes and first match: ${(performance.now() - compileStarted).toFixed(1)} ms`);
const perTheme = KEYWORDS.map(
  (keywords) => new RegExp(keywordsSource(keywords.flatMap((keyword) => compileKeyword(keyword) ?? [])), 'u'),
);
const foldedKeywords = KEYWORDS.map((keywords) => keywords.map((keyword) => foldText(keyword).replace(/\*$/, '')));

time('fold only', () => {
  let total = 0;
  for (const comment of comments) total += foldText(comment).length > 0 ? 0 : 1;
  return total;
});
time('compileThemes (keyword scanner)', () => {
  let total = 0;
  for (const comment of comments) total += matcher.match(comment).length;
  return total;
});
time('one regex a theme', () => {
  let total = 0;
  for (const comment of comments) {
    const folded = foldText(comment);
    for (const regex of perTheme) if (regex.test(folded)) total++;
  }
  return total;
});
time('naive includes (baseline)', () => {
  let total = 0;
  for (const comment of comments) {
    const folded = foldText(comment);
    for (const keywords of foldedKeywords) if (keywords.some((keyword) => folded.includes(keyword))) total++;
  }
  return total;
});
