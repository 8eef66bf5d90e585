import { NPS_CATEGORIES, type NpsCategory } from '../stats/categories.ts';
import type { RecentVerbatims, ReplyPlaybookEntry, ReportLocale, VerbatimCard, VerbatimsModel } from './model.ts';
import { uniqueSlugs } from './slug.ts';
import type { ReportCollection } from './tally-collection.ts';

/** field -> value -> slug, for every declared segment field. */
export type SegmentSlugs = Map<string, Map<string, string>>;

export function segmentSlugs(collection: ReportCollection): SegmentSlugs {
  return new Map([...collection.values].map(([field, byValue]) => [field, uniqueSlugs(byValue.keys())]));
}

/** The first `count` cards of each category, from cards sorted newest first. */
export function recentByCategory(cards: Iterable<VerbatimCard>, count: number): RecentVerbatims {
  const recent: RecentVerbatims = { detractor: [], passive: [], promoter: [] };
  let full = 0;
  for (const card of cards) {
    const list = recent[card.category];
    if (list.length >= count) continue;
    list.push(card);
    if (list.length === count && ++full === NPS_CATEGORIES.length) break;
  }
  return recent;
}

/** Default replies a CX team starts from: what to do with each category of respondent. */
export const DEFAULT_REPLY_PLAYBOOK: Readonly<Record<NpsCategory, { fr: string; en: string }>> = {
  detractor: {
    fr: 'Appelez le client sous 48 heures : écoutez, excusez-vous pour ce qui n’a pas marché, dites ce qui va changer, puis rappelez pour vérifier.',
    en: 'Call the customer within 48 hours: listen, apologise for what went wrong, say what will change, then follow up to check.',
  },
  passive: {
    fr: 'Remerciez le client et demandez-lui ce qui aurait rendu son expérience parfaite.',
    en: 'Thank the customer and ask what would have made their experience perfect.',
  },
  promoter: {
    fr: 'Remerciez le client, dites-lui ce que son avis fait avancer et invitez-le à le partager (avis en ligne, parrainage).',
    en: 'Thank the customer, tell them what their feedback helps improve and invite them to share it (online review, referral).',
  },
};

export function replyPlaybook(locale: ReportLocale): ReplyPlaybookEntry[] {
  return NPS_CATEGORIES.map((category) => {
    const texts = DEFAULT_REPLY_PLAYBOOK[category];
    return { category, text: texts[locale], texts: { fr: texts.fr, en: texts.en } };
  });
}

export function buildVerbatims(cards: VerbatimCard[], locale: ReportLocale): VerbatimsModel {
  return { cards, playbook: replyPlaybook(locale) };
}
