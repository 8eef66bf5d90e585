// DOM building for the gallery's client: the same markup as GalleryCard.astro, made of elements
// and text nodes only. Comments are untrusted: no innerHTML, no insertAdjacentHTML, ever; a match
// is a <mark> element whose text is set with textContent.
import { type GalleryDoc, type GalleryManifest, highlightRanges, splitHighlights } from '../../core/src/search/index.ts';

export interface GalleryConfig {
  locale: 'fr' | 'en';
  segmentFields: string[];
  categories: Record<'detractor' | 'passive' | 'promoter', string>;
  themes: Record<string, string>;
  messages: { count: string; countOne: string; countNone: string; loading: string; loadFailed: string };
  pageSize: number;
}

const LOCALE_TAGS = { fr: 'fr-FR', en: 'en-GB' } as const;

export interface CardRenderer {
  card(doc: GalleryDoc, terms: readonly string[]): HTMLLIElement;
  count(value: number): string;
}

export function createCardRenderer(config: GalleryConfig, manifest: GalleryManifest): CardRenderer {
  const tag = LOCALE_TAGS[config.locale];
  // Same as site/lib/format.ts: calendar days formatted in UTC so the reader's zone cannot shift them.
  const dayFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const countFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });

  function card(doc: GalleryDoc, terms: readonly string[]): HTMLLIElement {
    const [, day, score, comment, segmentIndices, themeIndices] = doc.row;
    const item = element('li', `verbatim gallery-card ${doc.category}`);
    item.dataset.category = doc.category;
    const head = element('p', 'gallery-card-head');
    const badge = element('span', `badge ${doc.category}`);
    badge.textContent = `${score}/10 · ${config.categories[doc.category]}`;
    const time = element('time');
    time.dateTime = day;
    time.textContent = dayFormat.format(new Date(`${day}T00:00:00Z`));
    head.append(badge, ' ', time);
    const quote = element('blockquote');
    for (const piece of splitHighlights(comment, highlightRanges(comment, terms))) {
      if (!piece.marked) {
        quote.append(piece.text);
        continue;
      }
      const mark = element('mark');
      mark.textContent = piece.text;
      quote.append(mark);
    }
    item.append(head, quote);
    const details = [
      ...segmentIndices.map((index) => manifest.segmentValues[index]?.value ?? ''),
      ...themeIndices.map((index) => {
        const id = manifest.themes[index] ?? '';
        return config.themes[id] ?? id;
      }),
    ].filter((detail) => detail !== '');
    if (details.length > 0) {
      const meta = element('p', 'meta');
      meta.textContent = details.join(' · ');
      item.append(meta);
    }
    return item;
  }

  return { card, count: (value) => countFormat.format(value) };
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(name);
  if (className) created.className = className;
  return created;
}
