import { compareKeys } from '../stats/breakdown.ts';
import { categoryOf, NPS_CATEGORIES, type NpsCategory } from '../stats/categories.ts';
import type { ReportCollection } from './collect.ts';
import type { RecentVerbatims, ReplyPlaybookEntry, ReportLocale, SegmentRef, VerbatimCard, VerbatimsModel } from './model.ts';
import { uniqueSlugs } from './slug.ts';
import type { CollectedVerbatim } from './verbatim-collector.ts';

/** field -> value -> slug, for every declared segment field. */
export type SegmentSlugs = Map<string, Map<string, string>>;

export function segmentSlugs(collection: ReportCollection): SegmentSlugs {
  return new Map([...collection.values].map(([field, byValue]) => [field, uniqueSlugs(byValue.keys())]));
}

/**
 * One SegmentRef per field and value, shared by every card (100k cards hold few distinct refs),
 * looked up by field then value: no per-card key string to build.
 */
type SharedRefs = [field: string, byValue: Map<string, SegmentRef>][];

function sharedRefs(slugs: SegmentSlugs): SharedRefs {
  return [...slugs].map(([field, bySlug]) => [
    field,
    new Map([...bySlug].map(([value, slug]) => [value, { field, value, slug }])),
  ]);
}

/** The declared segments of a response, in config order, with their slugs. */
function segmentRefs(segments: Readonly<Record<string, string>>, shared: SharedRefs): SegmentRef[] {
  const refs: SegmentRef[] = [];
  for (let index = 0; index < shared.length; index++) {
    const [field, byValue] = shared[index] as SharedRefs[number];
    const value = segments[field];
    if (value !== undefined) refs.push(byValue.get(value) as SegmentRef);
  }
  return refs;
}

/** Newest first: day, then time (untimed last within a day), then key, so ties never depend on input order. */
function compareNewestFirst(a: CollectedVerbatim, b: CollectedVerbatim): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return compareKeys(a.key, b.key);
}

/** The cards, newest first; sorts `verbatims` in place (the collector's own array, read once). */
export function verbatimCards(verbatims: CollectedVerbatim[], slugs: SegmentSlugs): VerbatimCard[] {
  const shared = sharedRefs(slugs);
  return verbatims.sort(compareNewestFirst).map((verbatim) => ({
    key: verbatim.key,
    day: verbatim.day,
    score: verbatim.score,
    category: categoryOf(verbatim.score),
    comment: verbatim.comment,
    language: verbatim.language,
    segments: segmentRefs(verbatim.segments, shared),
    themes: verbatim.themes,
    replied: verbatim.replied,
  }));
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
