// Numbers, percentages and dates as a French or English reader expects them, through Intl with the
// configured locale. Rounding happens here and only here: core hands over unrounded estimates.
import { type PluralForms, plural } from '@nps-pages/core/plural';

export type Locale = 'fr' | 'en';

export interface Formatters {
  locale: Locale;
  /** An NPS as a signed integer: "+31", "−4", "0". */
  nps(value: number | null | undefined): string;
  /** An interval as "28 à 34" / "28 to 34", bounds rounded like the NPS. */
  interval(low: number, high: number): string;
  /** A change in points with its sign and one decimal: "+2,4 pts". */
  change(value: number): string;
  /** A share given in percent (0..100): "52 %" (narrow no-break space in French). */
  percent(value: number | null | undefined, options?: { decimals?: number }): string;
  /** A count with thousands separators: "12 000". */
  count(value: number): string;
  /** A count and its words in the language's plural form: "1 répondant", "12 000 répondants" ({n} is the count). */
  plural(value: number, forms: PluralForms): string;
  /** A decimal with at most `decimals` digits. */
  decimal(value: number, decimals?: number): string;
  /** A p-value as a reader expects it: "0,03", "< 0,001". */
  pValue(value: number): string;
  /** A calendar day (YYYY-MM-DD) as "4 mai 2026" / "May 4, 2026". */
  day(isoDay: string): string;
  /** A period key of core (2026-03-02, 2026-05, 2026-Q2, 2026-W18, 2026) in words: "2 mars 2026", "mai 2026"... */
  period(key: string): string;
  /** The separator before an explanation: " : " with a no-break space in French, ": " in English. */
  colon: string;
}

const MINUS = '\u2212';
const LOCALE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function createFormatters(locale: Locale): Formatters {
  const tag = LOCALE_TAGS[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const decimals = (digits: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
  const percentFormats = [0, 1, 2].map(
    (digits) => new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );
  // Days are calendar dates, not instants: formatted in UTC so the build machine's zone cannot shift them.
  const dayFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const to = locale === 'fr' ? 'à' : 'to';

  // Intl signs with a hyphen-minus; the typographic minus reads better beside a plus.
  const roundSigned = (value: number, format: Intl.NumberFormat, digits: number) => {
    // Whatever rounds to zero is shown unsigned: "+0" would claim a direction the figure does not have.
    const scale = 10 ** digits;
    const rounded = Math.round(Math.abs(value) * scale) / scale;
    const text = format.format(rounded);
    return rounded === 0 ? text : value > 0 ? `+${text}` : `${MINUS}${text}`;
  };

  return {
    locale,
    colon: locale === 'fr' ? '\u00a0: ' : ': ',
    nps: (value) => (value === null || value === undefined ? '—' : roundSigned(value, integer, 0)),
    interval: (low, high) => `${roundSigned(low, integer, 0)} ${to} ${roundSigned(high, integer, 0)}`,
    change: (value) => `${roundSigned(value, oneDecimal, 1)}\u00a0pts`,
    percent: (value, options = {}) => {
      if (value === null || value === undefined) return '—';
      const format = percentFormats[options.decimals ?? 0] ?? percentFormats[0];
      // French typography puts a narrow no-break space before %; ICU builds differ (some give U+00A0).
      return (format as Intl.NumberFormat).format(value / 100).replace(/[\u00a0\u202f ]%/, '\u202f%');
    },
    count: (value) => integer.format(value),
    plural: (value, forms) => plural(value, forms, locale, integer.format(value)),
    decimal: (value, digits = 1) => decimals(digits).format(value),
    pValue: (value) => (value < 0.001 ? `< ${decimals(3).format(0.001)}` : decimals(value < 0.01 ? 3 : 2).format(value)),
    day: (isoDay) => {
      const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDay : dayFormat.format(date);
    },
    period: (key) => periodLabel(key, { locale, monthFormat, dayOf: (iso) => dayFormat.format(new Date(`${iso}T00:00:00Z`)) }),
  };
}

interface PeriodLabelContext {
  locale: Locale;
  monthFormat: Intl.DateTimeFormat;
  dayOf: (iso: string) => string;
}

function periodLabel(key: string, context: PeriodLabelContext): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return context.monthFormat.format(new Date(`${key}-01T00:00:00Z`));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return context.locale === 'fr' ? `T${quarter[2]} ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) return context.locale === 'fr' ? `semaine ${Number(week[2])} de ${week[1]}` : `week ${Number(week[2])} of ${week[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return context.dayOf(key);
  return key;
}
