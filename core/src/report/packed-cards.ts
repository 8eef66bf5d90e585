import { categoryOf } from '../stats/categories.ts';
import type { SegmentRef, VerbatimCard } from './model.ts';

/**
 * Verbatim cards as columns, to hand a big report from one thread to another. The site reads the
 * data in a worker while Astro bundles the pages; a million responses give some 440k cards, and
 * postMessage copies 440k objects (each with its segment and theme arrays) one property at a time:
 * measured 2-3 s for the whole report, most of it the cards. As columns (arrays of strings, typed
 * arrays of numbers, each segment reference and theme once) the copy is a few large blocks.
 */
export interface PackedCards {
  count: number;
  /** Each card's key, day and comment, one after the other; `ends` gives where each piece ends. */
  text: string;
  ends: Int32Array;
  languages: (string | null)[];
  languageIndexes: Int32Array;
  scores: Uint8Array;
  replied: Uint8Array;
  /** Every distinct segment reference; cards point into it. */
  refs: SegmentRef[];
  /** Card i's references are refIndexes[refStarts[i] .. refStarts[i + 1]). */
  refStarts: Int32Array;
  refIndexes: Int32Array;
  themes: string[];
  themeStarts: Int32Array;
  themeIndexes: Int32Array;
}

function indexer<T>(list: T[]): (item: T) => number {
  const indexes = new Map<T, number>();
  return (item) => {
    let index = indexes.get(item);
    if (index === undefined) {
      index = list.push(item) - 1;
      indexes.set(item, index);
    }
    return index;
  };
}

export function packCards(cards: readonly VerbatimCard[]): PackedCards {
  const count = cards.length;
  const packed: PackedCards = {
    count,
    text: '',
    ends: new Int32Array(count * 3),
    languages: [],
    languageIndexes: new Int32Array(count),
    scores: new Uint8Array(count),
    replied: new Uint8Array(count),
    refs: [],
    refStarts: new Int32Array(count + 1),
    refIndexes: new Int32Array(cards.reduce((sum, card) => sum + card.segments.length, 0)),
    themes: [],
    themeStarts: new Int32Array(count + 1),
    themeIndexes: new Int32Array(cards.reduce((sum, card) => sum + card.themes.length, 0)),
  };
  // By identity: the report shares one reference object per field and value, and so will the copy.
  const refIndex = indexer(packed.refs);
  const themeIndex = indexer(packed.themes);
  const languageIndex = indexer(packed.languages);
  // One string for every key, day and comment: a copy moves one block instead of 1.3M strings.
  const pieces = new Array<string>(count * 3);
  let end = 0;
  let refCount = 0;
  let themeCount = 0;
  for (let index = 0; index < count; index++) {
    const card = cards[index] as VerbatimCard;
    pieces[index * 3] = card.key;
    pieces[index * 3 + 1] = card.day;
    pieces[index * 3 + 2] = card.comment;
    end += card.key.length;
    packed.ends[index * 3] = end;
    end += card.day.length;
    packed.ends[index * 3 + 1] = end;
    end += card.comment.length;
    packed.ends[index * 3 + 2] = end;
    packed.languageIndexes[index] = languageIndex(card.language);
    packed.scores[index] = card.score;
    packed.replied[index] = card.replied ? 1 : 0;
    for (const ref of card.segments) packed.refIndexes[refCount++] = refIndex(ref);
    packed.refStarts[index + 1] = refCount;
    for (const theme of card.themes) packed.themeIndexes[themeCount++] = themeIndex(theme);
    packed.themeStarts[index + 1] = themeCount;
  }
  packed.text = pieces.join('');
  return packed;
}

/** The cards again, equal to the packed ones property for property (and in the same key order). */
export function unpackCards(packed: PackedCards): VerbatimCard[] {
  const cards = new Array<VerbatimCard>(packed.count);
  const { text, ends } = packed;
  const piece = (at: number) => text.slice(at === 0 ? 0 : (ends[at - 1] as number), ends[at] as number);
  for (let index = 0; index < packed.count; index++) {
    const segments: SegmentRef[] = [];
    for (let at = packed.refStarts[index] as number; at < (packed.refStarts[index + 1] as number); at++) {
      segments.push(packed.refs[packed.refIndexes[at] as number] as SegmentRef);
    }
    const themes: string[] = [];
    for (let at = packed.themeStarts[index] as number; at < (packed.themeStarts[index + 1] as number); at++) {
      themes.push(packed.themes[packed.themeIndexes[at] as number] as string);
    }
    const score = packed.scores[index] as number;
    cards[index] = {
      key: piece(index * 3),
      day: piece(index * 3 + 1),
      score,
      category: categoryOf(score),
      comment: piece(index * 3 + 2),
      language: packed.languages[packed.languageIndexes[index] as number] as string | null,
      segments,
      themes,
      replied: packed.replied[index] === 1,
    };
  }
  return cards;
}

/** The typed arrays of a packing, to transfer (not copy) them with postMessage. */
export function transferablesOf(packed: PackedCards): ArrayBuffer[] {
  return [
    packed.ends,
    packed.languageIndexes,
    packed.scores,
    packed.replied,
    packed.refStarts,
    packed.refIndexes,
    packed.themeStarts,
    packed.themeIndexes,
  ].map((array) => array.buffer as ArrayBuffer);
}
