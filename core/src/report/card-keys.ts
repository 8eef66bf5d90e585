import type { NpsResponse } from '../schema/response.ts';
import { createHasher, feedCode, feedDecimal, feedField, feedText, finishHash, hashLanes, lanesToHex } from './hash.ts';

/**
 * The hashes of the report's one pass: the fingerprint lanes of a response, and the public key of a
 * verbatim card. Both feed the hasher piece by piece: building the canonical strings first (a join
 * of every field, the time as decimal text) cost more than the hashing itself.
 */

/**
 * The hash of everything that identifies a response: its fields in a fixed order, the declared
 * segment fields in config order, then any other field in code-unit order.
 */
export function responseLanes(response: NpsResponse, declared: readonly string[]): [number, number] {
  const hasher = createHasher();
  feedField(hasher, response.id);
  feedField(hasher, response.day);
  feedField(hasher, response.at);
  feedField(hasher, response.score);
  feedField(hasher, response.comment);
  feedField(hasher, response.language);
  feedField(hasher, response.respondent);
  feedField(hasher, response.weight);
  feedField(hasher, response.repliedAt);
  let seen = 0;
  for (const field of declared) {
    const value = response.segments[field];
    feedField(hasher, value);
    if (value !== undefined) seen++;
  }
  const fields = Object.keys(response.segments);
  if (fields.length > seen) {
    for (const field of fields.filter((name) => !declared.includes(name)).sort()) {
      feedField(hasher, field);
      feedField(hasher, response.segments[field]);
    }
  }
  return finishHash(hasher);
}

const SEPARATOR = 0;

/** What a card key reads of a response (a VerbatimSource has them too). */
export interface CardFields {
  day: string;
  at?: number | undefined;
  score: number;
  language?: string | undefined;
  segments: Readonly<Record<string, string>>;
}

/**
 * The key of a verbatim card: the hash of what the card itself publishes (day, time, score, the
 * redacted comment, language, declared segments), never of the response or respondent id, which
 * would let anyone who can list candidate ids (often sequential) find a respondent's card.
 * Equal to hash64 of "card", then those fields as text, each after a U+0000 (the key of the first
 * version, kept so that links to a card stay valid).
 */
export function cardKeyLanes(response: CardFields, publishedComment: string, declared: readonly string[]): [number, number] {
  const hasher = createHasher();
  feedText(hasher, 'card');
  feedCode(hasher, SEPARATOR);
  feedText(hasher, response.day);
  feedCode(hasher, SEPARATOR);
  if (response.at !== undefined) feedDecimal(hasher, response.at);
  feedCode(hasher, SEPARATOR);
  feedDecimal(hasher, response.score);
  feedCode(hasher, SEPARATOR);
  feedText(hasher, publishedComment);
  feedCode(hasher, SEPARATOR);
  feedText(hasher, response.language ?? '');
  for (const field of declared) {
    feedCode(hasher, SEPARATOR);
    feedText(hasher, response.segments[field] ?? '');
  }
  return finishHash(hasher);
}

/**
 * The keys given so far, so that an exact duplicate (same published content) gets a suffix:
 * key, then hash64("key#2"), "key#3"... Looked up in a Map on 29 bits of the key (a small integer,
 * which V8 hashes without reading a string), the rare keys that share those bits in a Set: 441k
 * keys in 0.07-0.23 s against 0.19-0.27 s for a Set of the 16-character strings (same run).
 */
export class CardKeys {
  private readonly byBits = new Map<number, string>();
  private readonly sharingBits = new Set<string>();

  /** The key of these lanes, or its first free suffixed form; remembered. */
  claim(lanes: [number, number]): string {
    const key = lanesToHex(lanes);
    let claimed = key;
    let bits = lanes[0] >>> 3;
    for (let occurrence = 2; this.has(claimed, bits); occurrence++) {
      const suffixed = hashLanes(`${key}#${occurrence}`);
      claimed = lanesToHex(suffixed);
      bits = suffixed[0] >>> 3;
    }
    if (this.byBits.has(bits)) this.sharingBits.add(claimed);
    else this.byBits.set(bits, claimed);
    return claimed;
  }

  private has(key: string, bits: number): boolean {
    return this.byBits.get(bits) === key || this.sharingBits.has(key);
  }
}
