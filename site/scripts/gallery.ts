/*
 * The verbatim gallery's client (/verbatims/ and /verbatims/page/<n>/), bundled by Astro as a module.
 * Without it the page is complete: server-rendered cards and plain pagination links. With it, the
 * filter form appears and the list becomes live results over the whole gallery.
 *
 * For the end-to-end tests (S5) — selectors:
 *   form#gallery-filters          the filters (has `hidden` until this script runs)
 *   input#gallery-q               search box (name q)
 *   input[name=cat][value=detractor|passive|promoter]   category checkboxes
 *   select[data-segment-field=<field>]  one per configured segment field (name = the field)
 *   select#gallery-theme, input#gallery-from, input#gallery-to (YYYY-MM)
 *   #gallery-status               role=status, aria-live=polite: "123 verbatims", "Aucun verbatim…"
 *   ol#gallery-results > li.gallery-card[data-category]   cards; matches are <mark> in blockquote
 *   button#gallery-more           "Show more" (50 more results); hidden when all are shown
 *   nav#gallery-pagination        server pagination; hidden once results are shown
 *   .gallery-playbook-entry[data-category][data-active]  the playbook entry of the filtered category
 * URL contract (core/src/search/gallery-filter.ts): q, cat (repeatable), one parameter per segment
 * field with the value's slug (store=velizy-2), theme, from, to (YYYY-MM, inclusive). The URL is
 * updated with history.replaceState on every change, on the /verbatims/ path; loading a URL with
 * parameters applies them. Data: <base>/verbatims/data/manifest.json and chunk-<n>.json.
 * Worth testing: typing "attente" updates the URL (?q=attente) and marks matches; accents and case
 * do not matter ("ATTÉNTE"); a deep link restores the form and the results; the three XSS strings
 * show as text; no request happens before the first focus in the form unless the URL has filters.
 */
import {
  formatGalleryParams,
  type GalleryEngine,
  type GalleryFilter,
  type GalleryResults,
  isFilterEmpty,
  parseGalleryParams,
} from '../../core/src/search/index.ts';
import { fill } from '../i18n/fill.ts';
import { loadGallery } from './gallery-loader.ts';
import { type CardRenderer, createCardRenderer, type GalleryConfig } from './gallery-render.ts';

const form = document.getElementById('gallery-filters');
if (form instanceof HTMLFormElement) enhance(form);

function enhance(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.config ?? '{}') as GalleryConfig;
  const status = required('gallery-status');
  const list = required('gallery-results') as HTMLOListElement;
  const more = required('gallery-more') as HTMLButtonElement;
  const pagination = document.getElementById('gallery-pagination');
  let engine: GalleryEngine | undefined;
  let renderer: CardRenderer | undefined;
  let loadStarted = false;
  let results: GalleryResults | undefined;
  let shown = 0;
  let touched = false;
  let frame = 0;

  form.hidden = false;
  const initial = parseGalleryParams(new URLSearchParams(location.search), config.segmentFields);
  writeForm(form, initial, config.segmentFields);
  if (!isFilterEmpty(initial)) {
    touched = true;
    // The server-rendered count is the unfiltered one: until the link's filters are applied, say so.
    status.textContent = fill(config.messages.loading, { loaded: '0', total: '…' });
    ensureLoaded();
  }
  // The data (about 2 MB gzipped for 100k verbatims) is fetched only when the reader turns to the filters.
  form.addEventListener('focusin', ensureLoaded);
  form.addEventListener('input', () => apply({ updateUrl: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply({ updateUrl: true });
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(() => apply({ updateUrl: true })));
  more.addEventListener('click', () => showMore());
  window.addEventListener('popstate', () => {
    writeForm(form, parseGalleryParams(new URLSearchParams(location.search), config.segmentFields), config.segmentFields);
    apply({ updateUrl: false });
  });

  function ensureLoaded(): void {
    if (loadStarted) return;
    loadStarted = true;
    loadGallery(form.dataset.manifest ?? '', {
      progress(current) {
        engine = current;
        renderer ??= createCardRenderer(config, current.manifest);
        // Chunks land in bursts: one render per frame is enough.
        if (touched && frame === 0) {
          frame = requestAnimationFrame(() => {
            frame = 0;
            apply({ updateUrl: false });
          });
        }
      },
    }).then(
      () => undefined,
      () => {
        status.textContent = config.messages.loadFailed;
      },
    );
  }

  function apply(options: { updateUrl: boolean }): void {
    touched = true;
    const filter = readForm(form, config.segmentFields);
    if (options.updateUrl) {
      const query = formatGalleryParams(filter, config.segmentFields);
      const target = new URL(form.action);
      target.search = query;
      history.replaceState(null, '', target);
    }
    markPlaybook(filter);
    if (engine === undefined || renderer === undefined) {
      ensureLoaded();
      status.textContent = fill(config.messages.loading, { loaded: '0', total: '…' });
      return;
    }
    results = engine.search(filter);
    shown = 0;
    list.replaceChildren();
    list.start = 1;
    if (pagination) pagination.hidden = true;
    showMore();
    announce(engine, results.docs.length);
  }

  function showMore(): void {
    if (results === undefined || renderer === undefined) return;
    const next = results.docs.slice(shown, shown + Math.max(config.pageSize, 20));
    const terms = results.terms;
    list.append(...next.map((doc) => (renderer as CardRenderer).card(doc, terms)));
    shown += next.length;
    more.hidden = shown >= results.docs.length;
  }

  function announce(current: GalleryEngine, count: number): void {
    const { messages } = config;
    const format = renderer?.count ?? String;
    if (!current.complete) {
      status.textContent = fill(messages.loading, { loaded: format(current.loadedCount), total: format(current.manifest.total) });
      return;
    }
    status.textContent =
      count === 0 ? messages.countNone : count === 1 ? messages.countOne : fill(messages.count, { count: format(count) });
  }
}

function markPlaybook(filter: GalleryFilter): void {
  const only = filter.categories.length === 1 ? filter.categories[0] : undefined;
  for (const entry of document.querySelectorAll<HTMLElement>('.gallery-playbook-entry')) {
    if (entry.dataset.category === only) entry.dataset.active = 'true';
    else delete entry.dataset.active;
  }
}

function readForm(form: HTMLFormElement, segmentFields: readonly string[]): GalleryFilter {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return parseGalleryParams(params, segmentFields);
}

function writeForm(form: HTMLFormElement, filter: GalleryFilter, segmentFields: readonly string[]): void {
  const field = (name: string) => form.elements.namedItem(name);
  const set = (name: string, value: string) => {
    const control = field(name);
    if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value;
  };
  set('q', filter.q);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=cat]')) {
    box.checked = filter.categories.includes(box.value as GalleryFilter['categories'][number]);
  }
  for (const name of segmentFields) set(name, filter.segments[name] ?? '');
  set('theme', filter.theme);
  set('from', filter.from);
  set('to', filter.to);
}

function required(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`gallery: #${id} is missing from the page`);
  return found;
}
