import { z } from 'zod';

/**
 * A title or a label of the config: one text for both languages of the site, or { fr, en } with
 * one language or both. A team with an English-only site writes { en: "Our NPS" } and means it;
 * the site shows the other language's text when its own is missing, never an empty heading.
 */
export const localizedTextSchema = z.union([
  z.string().min(1),
  z
    .strictObject({ fr: z.string().min(1).optional(), en: z.string().min(1).optional() })
    // No message here: the config's message builder words it with the accepted shapes.
    // Only on a mapping with no other problem: { de: ... } is an unknown key, not an empty title.
    .refine((text) => text.fr !== undefined || text.en !== undefined, { when: (payload) => payload.issues.length === 0 })
    .meta({ minProperties: 1 }),
]);

export type ConfigText = z.output<typeof localizedTextSchema>;
export type TextLocale = 'fr' | 'en';

/** The text to show in a locale: its own language, else the other one. */
export function textIn(text: ConfigText, locale: TextLocale): string {
  if (typeof text === 'string') return text;
  const other = locale === 'fr' ? text.en : text.fr;
  // The schema guarantees one of the two; the empty string only satisfies the type checker.
  return text[locale] ?? other ?? '';
}
