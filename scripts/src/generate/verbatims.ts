import type { Channel } from './chain.ts';
import type { Category, Irritant, Praise } from './model.ts';
import type { Random } from './random.ts';
import { ENGLISH } from './verbatim-bank-en.ts';
import { FRENCH, type VerbatimBank } from './verbatim-bank-fr.ts';

/**
 * Builds a comment from fragments: an opener, the incidents the customer met (or what they liked),
 * a closer. Templates x fragments x fillers give thousands of distinct comments, so the verbatim
 * list of the site does not read like a loop. The themes the comment was built from are returned
 * with it: the test checks that the config's keywords find them.
 */
export type Language = 'fr' | 'en';

export interface CommentRequest {
  language: Language;
  category: Category;
  incidents: readonly Irritant[];
  channel: Channel;
  /** Adds a phone number or an e-mail address (the site must redact it). */
  withContact: boolean;
}

export interface BuiltComment {
  text: string;
  themes: string[];
}

const IN_STORE_PRAISE: readonly Praise[] = ['accueil', 'conseil-vendeurs', 'qualite-produits', 'choix'];
const ONLINE_PRAISE: readonly Praise[] = ['qualite-produits', 'choix'];
const PHONE_PRAISE: readonly Praise[] = ['accueil', 'qualite-produits'];
const PLACEHOLDER = /\{(duree|produits|produit|jours|vendeur)\}/g;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function createCommentBuilder(random: Random): (request: CommentRequest) => BuiltComment {
  const fill = (bank: VerbatimBank, fragment: string): string =>
    fragment.replace(PLACEHOLDER, (_, key: keyof VerbatimBank['fill']) => random.pick(bank.fill[key]));
  // French puts a space before "!"; English does not.
  const end = (language: Language): string => (random.chance(0.15) ? (language === 'fr' ? ' !' : '!') : '.');

  function praiseFor(channel: Channel, count: number): Praise[] {
    const pool = channel === 'magasin' ? IN_STORE_PRAISE : channel === 'téléphone' ? PHONE_PRAISE : ONLINE_PRAISE;
    const chosen: Praise[] = [];
    while (chosen.length < Math.min(count, pool.length)) {
      const praise = random.pick(pool);
      if (!chosen.includes(praise)) chosen.push(praise);
    }
    return chosen;
  }

  function clauses(bank: VerbatimBank, fragments: readonly string[]): string {
    let text = '';
    fragments.forEach((fragment, index) => {
      if (index === 0) {
        text = fill(bank, fragment);
        return;
      }
      const joiner = random.pick(bank.and);
      // After a full stop the next clause starts a sentence.
      text += joiner + (joiner.endsWith('. ') ? capitalize(fill(bank, fragment)) : fill(bank, fragment));
    });
    return text;
  }

  return (request) => {
    const bank = request.language === 'fr' ? FRENCH : ENGLISH;
    const { category } = request;
    const mentioned = request.incidents.filter(() => random.chance(category === 'promoter' ? 0.5 : 0.88));
    const praise =
      category === 'promoter'
        ? praiseFor(request.channel, random.int(1, 2))
        : category === 'passive' && random.chance(0.4)
          ? praiseFor(request.channel, 1)
          : [];
    const sentences: string[] = [];
    const negatives = mentioned.map((irritant) =>
      random.pick(category === 'detractor' ? bank.negative[irritant] : bank.mild[irritant]),
    );
    const praises = praise.map((theme) => random.pick(bank.praise[theme]));

    if (negatives.length === 0 && praises.length === 0) {
      sentences.push(random.pick(bank.plain[category]));
      if (random.chance(0.2)) sentences.push(random.pick(bank.closers[category]));
    } else {
      if (random.chance(category === 'passive' ? 0.4 : 0.3)) sentences.push(random.pick(bank.openers[category]));
      if (praises.length > 0 && negatives.length > 0) {
        const joiner = category === 'promoter' ? random.pick(bank.despite) : random.pick(bank.but);
        sentences.push(capitalize(clauses(bank, praises) + joiner + clauses(bank, negatives)) + end(request.language));
      } else {
        sentences.push(capitalize(clauses(bank, praises.length > 0 ? praises : negatives)) + end(request.language));
      }
      if (random.chance(0.35)) sentences.push(random.pick(bank.closers[category]));
    }
    if (request.withContact) sentences.push(random.pick(bank.contact));
    // A few people write on several lines: the exports must quote these cells.
    const separator = sentences.length > 1 && random.chance(0.12) ? (random.chance(0.5) ? '\n' : '\n\n') : ' ';
    let text = sentences.join(separator).replace(/ +([,.])/g, '$1');
    // Some write in lower case without a final stop, as on a phone keyboard.
    if (random.chance(0.06)) text = text.toLowerCase().replace(/[.!\s]+$/, '');
    return { text, themes: [...mentioned, ...praise] };
  };
}
