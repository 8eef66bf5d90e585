import type { ChangeModel, NpsFigure, ReportInterval } from '@nps-pages/core';
import { fill, type Messages } from '../i18n/index.ts';
import type { Formatters } from './format.ts';

/** "IC 95 % : 30 à 33" — the interval with its level, as printed next to every NPS. */
export function intervalText(ci: ReportInterval | null, t: Messages, f: Formatters): string {
  if (!ci) return '';
  return `${t.intervalShort} ${f.percent(ci.confidence * 100)}${f.colon}${intervalBounds(ci, t, f)}`;
}

/**
 * "30 à 33", marked "(score)" where the score interval stands in for the configured one (which
 * left out the estimate): a reader comparing two rows sees they are not the same method.
 */
export function intervalBounds(ci: ReportInterval, t: Messages, f: Formatters): string {
  const bounds = f.interval(ci.low, ci.high);
  return ci.replaces ? `${bounds} ${t.scoreIntervalMark}` : bounds;
}

/** "n = 12 000" (and the effective n when weighted). */
export function sampleText(figure: Pick<NpsFigure, 'n' | 'weighted' | 'effectiveN'>, t: Messages, f: Formatters): string {
  const n = `n\u00a0=\u00a0${f.count(figure.n)}`;
  return figure.weighted ? `${n} (${fill(t.effectiveN, { n: f.count(Math.round(figure.effectiveN)) })})` : n;
}

/**
 * A change in words: the difference, then what it means. A change inside the noise says so rather
 * than showing a bare "+1,2": readers take any non-zero figure for a trend.
 */
export function changeSentence(change: ChangeModel, t: Messages, f: Formatters): string {
  const verdict = t.change[change.verdict];
  if (change.difference === null || !change.testable) return capitalise(verdict);
  const p = pValueText(change, t, f);
  return `${f.change(change.difference)}, ${verdict}${p ? ` (${p})` : ''}`;
}

/**
 * "p = 0,03", or "p ajusté (Holm) = 0,06" where the change is one of a family: the p-value its flag
 * follows, named so a reader does not take an adjusted p for a raw one. Empty when not testable.
 */
export function pValueText(change: ChangeModel, t: Pick<Messages, 'adjustedP'>, f: Formatters): string {
  const p = change.adjusted ? change.adjusted.p : change.p;
  if (p === null) return '';
  return `${change.adjusted ? t.adjustedP : 'p'}\u00a0${p < 0.001 ? '' : '=\u00a0'}${f.pValue(p)}`;
}

export function changeIntervalText(change: ChangeModel, t: Messages, f: Formatters): string {
  if (!change.interval) return '';
  return fill(t.change.intervalOfChange, {
    level: f.percent(change.interval.confidence * 100),
    interval: `${f.change(change.interval.low)} ${t.to} ${f.change(change.interval.high)}`,
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
