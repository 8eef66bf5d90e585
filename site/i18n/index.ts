import type { Locale } from '../lib/format.ts';
import { en } from './en.ts';
import { fr, type Messages } from './fr.ts';

export type { Messages };

const CATALOGUES: Record<Locale, Messages> = { fr, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** Fills {name} placeholders; a missing value leaves the placeholder visible (a bug, not silence). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
