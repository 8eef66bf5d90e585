/**
 * One way to write "1 réponse", "2 réponses", "0 réponse" (French: 0 and 1 take the singular) and
 * "1 response", "0 responses" (English): the language's own rule, from Intl.PluralRules, never a
 * "(s)" or a `count > 1` written at the call site. Used by the CLI, the site and the extension.
 */
export type PluralLocale = 'fr' | 'en';

/** The words of a count: `one` and `other`, each with `{n}` where the number goes. */
export interface PluralForms {
  one: string;
  other: string;
}

const RULES: Record<PluralLocale, Intl.PluralRules> = {
  fr: new Intl.PluralRules('fr-FR'),
  en: new Intl.PluralRules('en-US'),
};

const NUMBERS: Record<PluralLocale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};

/** The form the language uses for `count` ("many" and the others fall back to `other`). */
export function pluralForm(count: number, forms: PluralForms, locale: PluralLocale): string {
  return RULES[locale].select(count) === 'one' ? forms.one : forms.other;
}

/**
 * "1 204 réponses": the form for `count` with `{n}` filled, by default with the count grouped as
 * the language writes it; `shown` replaces that text (a number formatted elsewhere).
 */
export function plural(count: number, forms: PluralForms, locale: PluralLocale, shown?: string): string {
  return pluralForm(count, forms, locale).replaceAll('{n}', shown ?? NUMBERS[locale].format(count));
}

/** `plural` with the plain English forms: for the CLI, whose output is English. */
export function pluralEn(count: number, one: string, other: string): string {
  return plural(count, { one: `{n} ${one}`, other: `{n} ${other}` }, 'en');
}
