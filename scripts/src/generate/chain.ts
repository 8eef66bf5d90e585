/**
 * Maison Lumière, the fictional French home-goods chain of the sample: its stores, the regions of
 * its customers and its channels. The numbers are the knobs of the story the sample tells (one
 * store clearly worse, one clearly better, Île-de-France over-represented by phone).
 */
export const CHANNELS = ['magasin', 'web', 'application', 'téléphone'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Store {
  name: string;
  region: string;
  /** Relative footfall. */
  traffic: number;
  /** NPS points added to a clean visit: staffing, layout, the manager's habits. */
  effect: number;
  /** Multiplies the chance of a queue at the checkout. */
  queueFactor: number;
  /** Share of foreign visitors, who answer the English version of the form. */
  english: number;
}

export const STORES: readonly Store[] = [
  { name: 'Paris Rivoli', region: 'Île-de-France', traffic: 1.5, effect: 2, queueFactor: 1.2, english: 0.16 },
  { name: 'La Défense', region: 'Île-de-France', traffic: 1.2, effect: -3, queueFactor: 1.1, english: 0.08 },
  // The store the sample shows as clearly worse: understaffed, long queues.
  { name: 'Vélizy 2', region: 'Île-de-France', traffic: 1.0, effect: -20, queueFactor: 1.7, english: 0.02 },
  { name: 'Lyon Part-Dieu', region: 'Auvergne-Rhône-Alpes', traffic: 1.2, effect: 4, queueFactor: 1.0, english: 0.04 },
  { name: "Grenoble Grand'Place", region: 'Auvergne-Rhône-Alpes', traffic: 0.7, effect: 0, queueFactor: 0.9, english: 0.02 },
  { name: 'Marseille Prado', region: "Provence-Alpes-Côte d'Azur", traffic: 1.0, effect: -6, queueFactor: 1.2, english: 0.04 },
  { name: 'Nice Masséna', region: "Provence-Alpes-Côte d'Azur", traffic: 0.8, effect: 3, queueFactor: 1.0, english: 0.14 },
  { name: 'Lille Euralille', region: 'Hauts-de-France', traffic: 1.0, effect: 1, queueFactor: 1.0, english: 0.05 },
  // The store the sample shows as clearly better: the team everyone praises.
  { name: 'Bordeaux Mériadeck', region: 'Nouvelle-Aquitaine', traffic: 0.9, effect: 16, queueFactor: 0.6, english: 0.05 },
  { name: 'Toulouse Blagnac', region: 'Occitanie', traffic: 0.9, effect: 2, queueFactor: 0.9, english: 0.03 },
  { name: 'Montpellier Odysseum', region: 'Occitanie', traffic: 0.7, effect: 0, queueFactor: 0.9, english: 0.03 },
  { name: 'Strasbourg Halles', region: 'Grand Est', traffic: 0.8, effect: 1, queueFactor: 1.0, english: 0.07 },
];

/** Where online and phone customers live (delivery address), roughly by population. */
export const REGIONS: readonly { name: string; weight: number }[] = [
  { name: 'Île-de-France', weight: 19 },
  { name: 'Auvergne-Rhône-Alpes', weight: 12 },
  { name: "Provence-Alpes-Côte d'Azur", weight: 8 },
  { name: 'Hauts-de-France', weight: 9 },
  { name: 'Nouvelle-Aquitaine', weight: 9 },
  { name: 'Occitanie', weight: 9 },
  { name: 'Grand Est', weight: 8 },
  { name: 'Pays de la Loire', weight: 6 },
  { name: 'Bretagne', weight: 5 },
  { name: 'Normandie', weight: 5 },
  { name: 'Bourgogne-Franche-Comté', weight: 4 },
  { name: 'Centre-Val de Loire', weight: 4 },
  // Small on purpose: the site flags segments with too few responses.
  { name: 'Corse', weight: 0.5 },
];

/**
 * The phone survey's institute over-samples Île-de-France; post-stratification weights bring each
 * region back to its share of customers (mean close to 1).
 */
export function phoneWeightBase(region: string): number {
  return region === 'Île-de-France' ? 0.78 : region === 'Corse' ? 1.6 : 1.06;
}

/** Share of all responses collected by each channel (the in-store QR code dominates). */
export const CHANNEL_SHARE: Record<Channel, number> = { magasin: 0.56, web: 0.24, application: 0.1, téléphone: 0.1 };

/** NPS of a clean experience (no incident), by channel, at the start of the period. */
export const CLEAN_NPS: Record<Channel, number> = { magasin: 52, web: 44, application: 50, téléphone: 30 };
