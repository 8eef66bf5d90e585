// The editions' own UI strings (the shared catalogue in site/i18n belongs to the site shell).
import type { Locale } from '../../lib/format.ts';

const fr = {
  title: 'Éditions',
  intro: 'Les rapports publiés, figés à leur date : leurs chiffres ne changent plus quand de nouvelles réponses arrivent.',
  none: 'Aucune édition pour l’instant.',
  live: 'Rapport en direct',
  versions: 'Versions',
  period: 'Période',
  status: 'Statut',
  statuses: { draft: 'brouillon', published: 'publiée' },
  frozen: {
    one: 'Édition figée le {created} : {n} réponse du {from} au {to}.',
    other: 'Édition figée le {created} : {n} réponses du {from} au {to}.',
  },
  hash: 'Empreinte SHA-256 des réponses figées',
  narrative: 'Le mot de l’équipe',
  highlights: 'Points clés',
  authors: 'Auteurs',
  changes: 'Évolutions depuis l’édition précédente',
  changesVs: 'Par rapport à {previous} ({from} – {to})',
  firstEdition: 'Première édition de cette cadence : rien à comparer.',
  categoryShifts: 'Répartition des catégories',
  category: 'Catégorie',
  before: 'Avant',
  after: 'Après',
  difference: 'Écart',
  test: 'Significativité',
  segmentsMoved: 'Segments qui ont le plus bougé',
  themesMoved: 'Thèmes qui ont le plus bougé (part des réponses qui les citent)',
  segment: 'Segment',
  theme: 'Thème',
  actionsOpened: 'Actions ouvertes depuis',
  actionsClosed: 'Actions terminées depuis',
  noActions: 'Aucune.',
  categories: { detractor: 'Détracteurs', passive: 'Passifs', promoter: 'Promoteurs' },
  significant: 'significatif',
  notSignificant: 'non significatif',
  notTestable: 'non testable',
  actions: 'Actions de la période',
  json: 'Liste des éditions (JSON)',
};

const en: typeof fr = {
  title: 'Editions',
  intro: 'Published reports, frozen on their date: their figures no longer change when new responses arrive.',
  none: 'No edition yet.',
  live: 'Live report',
  versions: 'Versions',
  period: 'Period',
  status: 'Status',
  statuses: { draft: 'draft', published: 'published' },
  frozen: {
    one: 'Edition frozen on {created}: {n} response from {from} to {to}.',
    other: 'Edition frozen on {created}: {n} responses from {from} to {to}.',
  },
  hash: 'SHA-256 of the frozen responses',
  narrative: 'From the team',
  highlights: 'Highlights',
  authors: 'Authors',
  changes: 'Changes since the previous edition',
  changesVs: 'Compared with {previous} ({from} – {to})',
  firstEdition: 'First edition of this cadence: nothing to compare with.',
  categoryShifts: 'Category shares',
  category: 'Category',
  before: 'Before',
  after: 'After',
  difference: 'Difference',
  test: 'Significance',
  segmentsMoved: 'Segments that moved most',
  themesMoved: 'Themes that moved most (share of responses mentioning them)',
  segment: 'Segment',
  theme: 'Theme',
  actionsOpened: 'Actions opened since',
  actionsClosed: 'Actions closed since',
  noActions: 'None.',
  categories: { detractor: 'Detractors', passive: 'Passives', promoter: 'Promoters' },
  significant: 'significant',
  notSignificant: 'not significant',
  notTestable: 'not testable',
  actions: 'Actions of the period',
  json: 'List of editions (JSON)',
};

export type EditionMessages = typeof fr;

export function editionMessages(locale: Locale): EditionMessages {
  return locale === 'fr' ? fr : en;
}

export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
