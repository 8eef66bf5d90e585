/**
 * data/actions/*.md of the sample: what the CX team did about the feedback, with the front matter
 * of core/src/schema/action.ts. Their dates match the effects the model (model.ts) builds into
 * the responses, so the site's before/after view of each action shows a real change.
 */
export interface SampleAction {
  id: string;
  text: string;
}

export const SAMPLE_ACTIONS: readonly SampleAction[] = [
  {
    id: 'caisses-supplementaires',
    text: `---
title: Caisses supplémentaires aux heures de pointe
owner: Direction des opérations magasins
status: done
theme: attente-caisse
opened: 2025-09-01
closed: 2025-11-15
effort: medium
summary: Deux caisses mobiles et un planning renforcé le samedi et en fin de journée dans tous les magasins, avant le rush de Noël.
---

## Contexte

L'attente en caisse était le premier irritant cité par les clients en magasin : jusqu'à un commentaire
sur dix en décembre 2024, et des notes de 0 à 3 quand l'attente dépassait vingt minutes.

## Ce qui a été fait

- Deux caisses mobiles (terminaux de paiement portables) par magasin, ouvertes dès que la file dépasse cinq personnes.
- Planning des équipes revu : une personne de plus en caisse le samedi de 14 h à 19 h et en semaine de 17 h à 19 h.
- Déploiement magasin par magasin de septembre à mi-novembre 2025.

## Effet attendu

Moins de mentions de l'attente en caisse dès l'automne 2025 et un NPS magasin en hausse de plusieurs
points, y compris pendant le rush de décembre.
`,
  },
  {
    id: 'nouveau-transporteur',
    text: `---
title: Nouveau transporteur pour les meubles volumineux
owner: Logistique e-commerce
status: done
theme: livraison
opened: 2026-01-12
closed: 2026-03-31
effort: high
summary: Changement de transporteur pour les colis de plus de 30 kg, avec livraison sur rendez-vous et photo à la remise.
---

## Contexte

Les livraisons en retard ou abîmées pesaient sur le NPS du web et de l'application, surtout en décembre.

## Ce qui a été fait

- Appel d'offres à l'automne 2025, bascule progressive des régions de janvier à mars 2026.
- Créneau de deux heures choisi par le client, photo du colis à la remise, reprise immédiate en cas de casse.

## Effet attendu

Moins de mentions de la livraison dans les commentaires du web et de l'application à partir du printemps 2026.
`,
  },
  {
    id: 'rappel-sav-48h',
    text: `---
title: Rappel de chaque client du service client sous 48 h
owner: Service client
status: in-progress
theme: sav-injoignable
opened: 2026-05-04
effort: medium
summary: Rappel systématique sous 48 h ouvrées de toute demande laissée sans réponse, et file d'appels mieux dimensionnée.
---

## Contexte

Un client sur trois interrogé par téléphone dit ne pas réussir à joindre le service client.

## Ce qui est en cours

- Recrutement de quatre conseillers supplémentaires (deux arrivés en mai, deux en septembre 2026).
- Rappel automatique proposé quand l'attente au téléphone dépasse dix minutes.

## Effet attendu

Une baisse progressive des mentions « SAV injoignable » au fil de 2026.
`,
  },
  {
    id: 'renfort-velizy',
    text: `---
title: Renfort de l'équipe de Vélizy 2
owner: Direction régionale Île-de-France
status: in-progress
theme: attente-caisse
segment:
  store: Vélizy 2
opened: 2026-09-14
effort: low
summary: Deux vendeurs supplémentaires et un responsable de caisse dédié dans le magasin le moins bien noté du réseau.
---

## Contexte

Vélizy 2 reste le magasin au NPS le plus bas, loin derrière la moyenne du réseau, malgré les caisses supplémentaires.

## Ce qui est en cours

Arrivée de deux vendeurs en septembre 2026 ; un responsable de caisse est en cours de recrutement.

## Effet attendu

Rejoindre la moyenne des magasins d'Île-de-France d'ici la fin du premier trimestre 2027.
`,
  },
  {
    id: 'reassort-quotidien',
    text: `---
title: Réassort quotidien des meilleures ventes
owner: Supply chain
status: planned
theme: rupture-stock
opened: 2026-11-16
effort: medium
summary: Réassort chaque nuit des cinquante meilleures ventes de chaque magasin, à partir des ventes de la veille.
---

## Contexte

Les ruptures de stock reviennent à chaque pic d'activité (Black Friday, Noël, soldes).

## Ce qui est prévu

Un réassort de nuit piloté par les ventes de la veille, testé d'abord à Lyon Part-Dieu et Lille Euralille.

## Effet attendu

Moins de ruptures citées pendant le rush de décembre 2026.
`,
  },
];
