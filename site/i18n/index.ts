import type { Locale } from '../lib/format.ts';
import { en } from './en.ts';
import { fr, type Messages } from './fr.ts';

export type { Messages };

const CATALOGUES: Record<Locale, Messages> = { fr, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export { fill } from './fill.ts';
