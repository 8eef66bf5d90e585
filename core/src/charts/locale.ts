import type { ReportLocale } from '../report/model.ts';

/**
 * Locale data for charts. Vega formats axis labels with d3-format and d3-time-format, which know
 * only en-US unless given a locale: these objects are the d3 fr-FR / en-US definitions, passed in
 * each spec's `config.locale`. Descriptions and data labels are formatted here with the same
 * separators, so a French page never mixes "1,5" and "1.5".
 */

export type ChartLocale = ReportLocale;

/** U+202F NARROW NO-BREAK SPACE: what Intl (CLDR) uses in French before % and between thousands. */
const NNBSP = '\u202f';

const D3_NUMBER = {
  fr: { decimal: ',', thousands: NNBSP, grouping: [3], currency: ['', `${NNBSP}€`], percent: `${NNBSP}%`, minus: '\u2212' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '\u2212' },
} as const;

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

const SHORT_MONTHS = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

const D3_TIME = {
  fr: {
    dateTime: '%A %e %B %Y à %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    months: MONTHS.fr,
    shortMonths: SHORT_MONTHS.fr,
  },
  en: {
    dateTime: '%x, %X',
    date: '%-m/%-d/%Y',
    time: '%-I:%M:%S %p',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: MONTHS.en,
    shortMonths: SHORT_MONTHS.en,
  },
} as const;

/** The `config.locale` block of a Vega-Lite spec (plain JSON: copied so specs never share arrays). */
export function vegaLocale(locale: ChartLocale): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ number: D3_NUMBER[locale], time: D3_TIME[locale] })) as Record<string, unknown>;
}

/** d3 time formats of period axes (UTC): the literal letters are the localised "week" and "quarter". */
export const PERIOD_AXIS_FORMAT = {
  fr: { day: '%-d %b %Y', week: 'S%V %G', month: '%b %Y', quarter: 'T%q %Y', year: '%Y' },
  en: { day: '%-d %b %Y', week: 'W%V %G', month: '%b %Y', quarter: 'Q%q %Y', year: '%Y' },
} as const;

/**
 * Numbers as the page prints them. Formatted by hand rather than with Intl so that the output is
 * the same bytes in every runtime (Intl data varies with the ICU build) and matches the d3 axis.
 */
export function formatNumber(value: number, locale: ChartLocale, options: { digits?: number; signed?: boolean } = {}): string {
  const digits = options.digits ?? 0;
  const rounded = Math.abs(value).toFixed(digits);
  const [whole = '0', fraction] = rounded.split('.');
  const thousands = D3_NUMBER[locale].thousands;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const body = fraction === undefined ? grouped : `${grouped}${D3_NUMBER[locale].decimal}${fraction}`;
  // A value that rounds to zero prints without a sign: "-0" would read as a fall.
  const isZero = Number(rounded) === 0;
  if (value < 0 && !isZero) return `\u2212${body}`;
  if (options.signed && value > 0 && !isZero) return `+${body}`;
  return body;
}

export function formatPercent(value: number, locale: ChartLocale, options: { digits?: number } = {}): string {
  const number = formatNumber(value, locale, { digits: options.digits ?? 0 });
  return locale === 'fr' ? `${number}${NNBSP}%` : `${number}%`;
}

/** "2 mars 2026", "janv. 2026", "T1 2026", "S05 2026", "2026" (or the English forms); unknown keys are returned as they are. */
export function periodLabel(key: string, locale: ChartLocale): string {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (match) return `${Number(match[3])} ${SHORT_MONTHS[locale][Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) return `${SHORT_MONTHS[locale][Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return `${locale === 'fr' ? 'T' : 'Q'}${match[2]} ${match[1]}`;
  match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (match) return `${locale === 'fr' ? 'S' : 'W'}${match[2]} ${match[1]}`;
  return key;
}

/** "Promoteurs" / "Promoters", and so on: the words that stand next to every colour. */
export const CATEGORY_LABELS = {
  fr: { promoter: 'Promoteurs', passive: 'Passifs', detractor: 'Détracteurs' },
  en: { promoter: 'Promoters', passive: 'Passives', detractor: 'Detractors' },
} as const;

/** "95 %" / "95%": the confidence level of an interval. */
export function confidenceLabel(confidence: number, locale: ChartLocale): string {
  return formatPercent(confidence * 100, locale, { digits: Number.isInteger(confidence * 100) ? 0 : 1 });
}

/** Joins a list in prose: "a, b et c" / "a, b and c". */
export function joinList(items: readonly string[], locale: ChartLocale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${last}`;
}
