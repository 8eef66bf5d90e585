/** The three NPS categories, in display order: detractors first, because they are what CX teams act on. */
export const NPS_CATEGORIES = ['detractor', 'passive', 'promoter'] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];

/** Promoters answer 9-10, passives 7-8, detractors 0-6 (Reichheld's definition). */
export function categoryOf(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}
