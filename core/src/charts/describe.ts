import type { ReportInterval } from '../report/model.ts';
import { pluralForm } from '../text/plural.ts';
import { type ChartLocale, confidenceLabel, formatNumber } from './locale.ts';

/** "41 (intervalle à 95 % : 38 à 44)" / "41 (95% interval: 38 to 44)": an estimate as a sentence reads it. */
export function estimateText(
  value: number,
  interval: ReportInterval | null,
  locale: ChartLocale,
  options: { signed?: boolean } = {},
): string {
  const signed = options.signed ?? false;
  const number = formatNumber(value, locale, { signed });
  if (!interval) return number;
  const low = formatNumber(interval.low, locale, { signed });
  const high = formatNumber(interval.high, locale, { signed });
  const level = confidenceLabel(interval.confidence, locale);
  return locale === 'fr'
    ? `${number} (intervalle à ${level} : ${low} à ${high})`
    : `${number} (${level} interval: ${low} to ${high})`;
}

/** "1 réponse" / "12 000 réponses". */
export function countText(count: number, locale: ChartLocale, words: { fr: [string, string]; en: [string, string] }): string {
  const [one, many] = words[locale];
  return `${formatNumber(count, locale)} ${pluralForm(count, { one, other: many }, locale)}`;
}

export const RESPONSES: { fr: [string, string]; en: [string, string] } = {
  fr: ['réponse', 'réponses'],
  en: ['response', 'responses'],
};

export const THEMES: { fr: [string, string]; en: [string, string] } = {
  fr: ['thème', 'thèmes'],
  en: ['theme', 'themes'],
};

export const PERIODS: { fr: [string, string]; en: [string, string] } = {
  fr: ['période', 'périodes'],
  en: ['period', 'periods'],
};
