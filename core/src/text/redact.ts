import { findEmails, type TextSpan } from './find-emails.ts';
import { findPhones } from './find-phones.ts';

/**
 * Removes e-mail addresses and phone numbers from a verbatim before it is published.
 *
 * Each one is replaced by a visible placeholder in the site's language, so that a reader sees that
 * something was there (and a CX team sees why a customer's "call me back" lost its number). The
 * placeholders hold no digit and no at-marker, so redacting twice gives the same text as once.
 * Detection rules are in find-emails.ts and find-phones.ts; they favour redacting too much.
 */

export type RedactionLocale = 'fr' | 'en';

export interface RedactOptions {
  /** privacy.redactEmails of the config. */
  emails: boolean;
  /** privacy.redactPhones of the config. */
  phones: boolean;
  /** The site's locale: language of the placeholders. */
  locale: RedactionLocale;
}

export interface Redaction {
  text: string;
  /** How many e-mail addresses were replaced. */
  emails: number;
  /** How many phone numbers were replaced. */
  phones: number;
}

export const REDACTION_PLACEHOLDERS: Record<RedactionLocale, { email: string; phone: string }> = {
  fr: { email: '[e-mail masqué]', phone: '[téléphone masqué]' },
  en: { email: '[email removed]', phone: '[phone removed]' },
};

interface KindedSpan extends TextSpan {
  kind: 'email' | 'phone';
}

/**
 * The text with its e-mail addresses and phone numbers replaced by placeholders. Never throws.
 *
 * Repeats until nothing is found: a replacement changes what surrounds its neighbours
 * ("a@b.fr-0612345678": the address only stands out once the number glued to it is gone), and
 * both privacy and idempotence want that neighbour found now, not on the next build. Each pass
 * removes digits or at-markers that placeholders never bring back, so it ends; a comment needs one
 * pass, or two when something was found.
 */
export function redactText(text: string, options: RedactOptions): Redaction {
  const total: Redaction = { text, emails: 0, phones: 0 };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const redaction = redactOnce(total.text, options);
    if (redaction.emails + redaction.phones === 0) break;
    total.text = redaction.text;
    total.emails += redaction.emails;
    total.phones += redaction.phones;
  }
  return total;
}

/** A safety net, never reached in practice: see redactText for why passes end. */
const MAX_PASSES = 8;

function redactOnce(text: string, options: RedactOptions): Redaction {
  const spans = findPersonalData(text, options);
  if (spans.length === 0) return { text, emails: 0, phones: 0 };
  const placeholders = REDACTION_PLACEHOLDERS[options.locale];
  const parts: string[] = [];
  let copiedUpTo = 0;
  let emails = 0;
  let phones = 0;
  for (const span of spans) {
    parts.push(text.slice(copiedUpTo, span.start), span.kind === 'email' ? placeholders.email : placeholders.phone);
    if (span.kind === 'email') emails++;
    else phones++;
    copiedUpTo = span.end;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), emails, phones };
}

/** Whether redactText would change the text: for a report of how many verbatims were redacted. */
export function containsPersonalData(text: string, options: Omit<RedactOptions, 'locale'>): boolean {
  return findPersonalData(text, options).length > 0;
}

/**
 * E-mails first: a phone number inside an address ("0612345678@sms.example.com") belongs to the
 * address. Phones overlapping an address are dropped; the rest are merged in text order.
 */
function findPersonalData(text: string, options: Omit<RedactOptions, 'locale'>): KindedSpan[] {
  const emails: KindedSpan[] = options.emails ? findEmails(text).map((span) => ({ ...span, kind: 'email' })) : [];
  const phones: KindedSpan[] = options.phones ? findPhones(text).map((span) => ({ ...span, kind: 'phone' })) : [];
  if (phones.length === 0) return emails;
  if (emails.length === 0) return phones;
  const outside = phones.filter((phone) => !emails.some((email) => phone.start < email.end && email.start < phone.end));
  return [...emails, ...outside].sort((a, b) => a.start - b.start);
}
