// The gallery's own UI strings (the shared catalogue in site/i18n belongs to the site shell).
// French is the reference; English must have the same keys (the type checks it). The reply
// playbook texts themselves come from the report (config), not from here.
import type { Locale } from '../../lib/format.ts';

const fr = {
  title: 'Verbatims',
  intro: 'Ce que disent les clients, du plus récent au plus ancien. Les coordonnées sont masquées.',
  playbook: 'Comment répondre',
  filters: 'Filtrer les verbatims',
  search: 'Rechercher',
  searchHint: 'Sans accents ni majuscules : « attente » trouve aussi « Attente » et « attentes ».',
  category: 'Catégorie',
  theme: 'Thème',
  all: 'Tous',
  from: 'Du mois',
  to: 'Au mois',
  monthHint: 'AAAA-MM',
  apply: 'Appliquer',
  reset: 'Effacer les filtres',
  count: '{count} verbatims',
  countOne: '1 verbatim',
  countNone: 'Aucun verbatim ne correspond.',
  loading: 'Chargement des verbatims : {loaded} sur {total}…',
  loadFailed: 'Les verbatims n’ont pas pu être chargés ; la liste ci-dessous reste consultable page par page.',
  more: 'Afficher plus',
  pagination: 'Pages des verbatims',
  page: 'Page {page} sur {pages}',
  // Said on the last server-rendered page, which readers without JavaScript reach: the filters and
  // the search are hidden for them, so the text says what they need rather than pointing there.
  older: {
    one: 'Le verbatim plus ancien n’est pas publié en pages : la recherche et les filtres, qui demandent JavaScript, le retrouvent. Les pages des segments et des thèmes montrent des exemples récents.',
    other:
      'Les {n} verbatims plus anciens ne sont pas publiés en pages : la recherche et les filtres, qui demandent JavaScript, les retrouvent tous. Les pages des segments et des thèmes montrent des exemples récents.',
  },
  previous: 'Précédente',
  next: 'Suivante',
  first: 'Première',
  last: 'Dernière',
  browse: 'Parcourir par segment ou par thème',
  empty: 'Aucun commentaire publié pour le moment.',
  replied: 'Répondu',
} as const;

type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type GalleryMessages = Widen<typeof fr>;

const en: GalleryMessages = {
  title: 'Verbatims',
  intro: 'What customers say, newest first. Contact details are masked.',
  playbook: 'How to reply',
  filters: 'Filter the verbatims',
  search: 'Search',
  searchHint: 'Accents and case do not matter: “queue” also finds “Queue” and “queues”.',
  category: 'Category',
  theme: 'Theme',
  all: 'All',
  from: 'From month',
  to: 'To month',
  monthHint: 'YYYY-MM',
  apply: 'Apply',
  reset: 'Clear filters',
  count: '{count} verbatims',
  countOne: '1 verbatim',
  countNone: 'No verbatim matches.',
  loading: 'Loading verbatims: {loaded} of {total}…',
  loadFailed: 'The verbatims could not be loaded; the list below can still be read page by page.',
  more: 'Show more',
  pagination: 'Verbatim pages',
  page: 'Page {page} of {pages}',
  older: {
    one: 'The older verbatim is not published in pages: the search and the filters, which need JavaScript, find it. The segment and theme pages show recent examples.',
    other:
      'The {n} older verbatims are not published in pages: the search and the filters, which need JavaScript, find them all. The segment and theme pages show recent examples.',
  },
  previous: 'Previous',
  next: 'Next',
  first: 'First',
  last: 'Last',
  browse: 'Browse by segment or theme',
  empty: 'No comment published yet.',
  replied: 'Answered',
};

export function galleryMessages(locale: Locale): GalleryMessages {
  return locale === 'en' ? en : fr;
}
