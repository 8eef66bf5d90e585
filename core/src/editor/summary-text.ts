import type { NpsSummary } from '../stats/summary.ts';
import { plural } from '../text/plural.ts';

/**
 * The short texts the editor shows about a file's responses: the CodeLens above a response file,
 * the status bar item and its tooltip. French or English; numbers are grouped as the language
 * writes them (1 204 with a narrow no-break space in French, 1,204 in English).
 */
export type EditorLocale = 'fr' | 'en';

/** VS Code's display language when it is French or English, else the config's site locale. */
export function editorLocaleOf(displayLanguage: string, configLocale: EditorLocale | undefined): EditorLocale {
  const language = displayLanguage.toLowerCase();
  if (language.startsWith('fr')) return 'fr';
  if (language.startsWith('en')) return 'en';
  return configLocale ?? 'en';
}

const WORDS = {
  fr: {
    responses: (n: string, count: number) => plural(count, { one: '{n} réponse', other: '{n} réponses' }, 'fr', n),
    openPreview: 'Ouvrir l’aperçu',
    promoters: 'Promoteurs',
    passives: 'Passifs',
    detractors: 'Détracteurs',
    interval: (level: string, low: string, high: string) => `Intervalle à ${level} : ${low} à ${high}`,
    noResponse: 'Aucune réponse valide',
    scopeFile: (name: string) => `Fichier : ${name}`,
    scopeAll: 'Toutes les données',
    click: 'Cliquer pour ouvrir l’aperçu',
  },
  en: {
    responses: (n: string, count: number) => plural(count, { one: '{n} response', other: '{n} responses' }, 'en', n),
    openPreview: 'Open preview',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    interval: (level: string, low: string, high: string) => `${level} interval: ${low} to ${high}`,
    noResponse: 'No valid response',
    scopeFile: (name: string) => `File: ${name}`,
    scopeAll: 'Whole data set',
    click: 'Click to open the preview',
  },
} as const;

export function formatCount(value: number, locale: EditorLocale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 }).format(value);
}

/** Whole points with a real minus sign (U+2212), as the site prints them. */
export function formatPoints(value: number): string {
  const rounded = Math.round(value);
  return rounded < 0 ? `\u2212${-rounded}` : String(rounded === 0 ? 0 : rounded);
}

/** Half the width of the interval, in whole points: the "±6" of the headline. */
export function marginOf(summary: NpsSummary): number | undefined {
  return summary.ci ? Math.round((summary.ci.high - summary.ci.low) / 2) : undefined;
}

/** `NPS 34 (±6) · 1,204 responses`; `NPS – · 0 responses` without a valid response. */
export function npsHeadline(summary: NpsSummary, locale: EditorLocale): string {
  const words = WORDS[locale];
  const count = words.responses(formatCount(summary.n, locale), summary.n);
  if (summary.nps === null) return `NPS – · ${count}`;
  const margin = marginOf(summary);
  return `NPS ${formatPoints(summary.nps)}${margin === undefined ? '' : ` (±${margin})`} · ${count}`;
}

/** The CodeLens at the top of a response file: the headline and the way to the preview. */
export function codeLensTitle(summary: NpsSummary, locale: EditorLocale): string {
  return `${npsHeadline(summary, locale)} · ${WORDS[locale].openPreview}`;
}

/** The status bar item: `NPS 34 · n = 1,204` (the interval and split are in the tooltip). */
export function statusBarText(summary: NpsSummary, locale: EditorLocale): string {
  const nps = summary.nps === null ? '–' : formatPoints(summary.nps);
  return `NPS ${nps} · n = ${formatCount(summary.n, locale)}`;
}

export interface TooltipScope {
  /** The file's name, or undefined for the whole data set. */
  file?: string;
}

/** The tooltip: what the figure covers, the split, the interval, and what a click does. One item a line. */
export function statusBarTooltip(summary: NpsSummary, locale: EditorLocale, scope: TooltipScope): string {
  const words = WORDS[locale];
  const lines = [scope.file === undefined ? words.scopeAll : words.scopeFile(scope.file), npsHeadline(summary, locale)];
  if (summary.shares) {
    const percent = (value: number) => `${formatPoints(value)}${locale === 'fr' ? '\u202f%' : '%'}`;
    lines.push(
      `${words.promoters} ${percent(summary.shares.promoters)} · ${words.passives} ${percent(summary.shares.passives)} · ${words.detractors} ${percent(summary.shares.detractors)}`,
    );
  } else {
    lines.push(words.noResponse);
  }
  if (summary.ci) {
    const level = `${formatPoints(summary.ci.confidence * 100)}${locale === 'fr' ? '\u202f%' : '%'}`;
    lines.push(words.interval(level, formatPoints(summary.ci.low), formatPoints(summary.ci.high)));
  }
  lines.push(words.click);
  return lines.join('\n');
}

export function openPreviewLabel(locale: EditorLocale): string {
  return WORDS[locale].openPreview;
}
