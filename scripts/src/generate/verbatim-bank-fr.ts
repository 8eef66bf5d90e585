import type { Irritant, Praise } from './model.ts';

/**
 * French fragments the comments are assembled from. Each irritant fragment carries one of the
 * theme's keywords in data/nps.config.yaml (the generate test checks that the config finds the
 * theme the generator meant), and no fragment uses another theme's keywords.
 * {duree}, {produit} (with its article), {produits} (plural, no article), {jours}, {vendeur} are filled at random.
 */
export interface VerbatimBank {
  negative: Record<Irritant, readonly string[]>;
  /** The same irritants in a milder voice, for passives and the odd promoter. */
  mild: Record<Irritant, readonly string[]>;
  praise: Record<Praise, readonly string[]>;
  fill: Record<'duree' | 'produit' | 'produits' | 'jours' | 'vendeur', readonly string[]>;
  openers: { detractor: readonly string[]; passive: readonly string[]; promoter: readonly string[] };
  closers: { detractor: readonly string[]; passive: readonly string[]; promoter: readonly string[] };
  /** Comments with no theme at all. */
  plain: { detractor: readonly string[]; passive: readonly string[]; promoter: readonly string[] };
  but: readonly string[];
  and: readonly string[];
  despite: readonly string[];
  /** Contact details people leave in comments, from reserved ranges (ARCEP fiction numbers, example.com). */
  contact: readonly string[];
}

export const FRENCH: VerbatimBank = {
  negative: {
    'attente-caisse': [
      "{duree} d'attente en caisse",
      'une seule caisse ouverte pour tout le magasin',
      "une file d'attente interminable aux caisses",
      "beaucoup trop d'attente à la caisse",
      '{duree} de queue pour payer {produit}',
      "les caisses automatiques en panne et une file d'attente énorme",
      'personne aux caisses, on a attendu {duree}',
      "j'ai reposé mes articles tellement la file d'attente était longue",
    ],
    'rupture-stock': [
      '{produit} en rupture de stock depuis des semaines',
      'rien en stock, il a fallu commander {produit}',
      '{produit} indisponible en magasin alors qu’il était annoncé en stock',
      'encore une rupture sur {produit}',
      'la moitié des articles du catalogue indisponibles',
      'impossible de trouver {produit} en stock',
    ],
    livraison: [
      'livraison avec {jours} de retard',
      'commande livrée abîmée',
      'colis arrivé cassé, carton éventré',
      "le livreur n'est jamais venu, créneau non respecté",
      'toujours pas livré après {jours}',
      'livraison reportée trois fois sans prévenir',
      'meuble livré rayé, il a fallu le renvoyer',
    ],
    'sav-injoignable': [
      'impossible de joindre le service client',
      'le SAV ne répond ni au téléphone ni aux mails',
      '{duree} au téléphone avec le service client sans réponse',
      'trois appels au SAV et toujours aucune solution',
      'le service après-vente ne rappelle jamais',
      "SAV injoignable, on vous renvoie d'un service à l'autre",
    ],
    prix: [
      'des prix trop élevés',
      "c'est devenu trop cher",
      'les prix ont encore augmenté',
      "nettement plus cher qu'ailleurs pour {produit}",
      'des tarifs qui ne se justifient plus',
    ],
    'site-application': [
      "l'application plante au moment de payer",
      'impossible de valider mon panier sur le site',
      "le site bugue dès qu'on applique un code promo",
      "l'appli est très lente et se déconnecte",
      "l'application ne trouve pas mon compte fidélité",
    ],
  },
  mild: {
    'attente-caisse': [
      "un peu d'attente en caisse",
      "la file d'attente aux caisses était longue",
      'pas assez de caisses ouvertes',
    ],
    'rupture-stock': ['rupture sur {produit}', 'quelques articles indisponibles', 'pas tout trouvé en stock'],
    livraison: ['livraison avec un jour de retard', 'le colis est arrivé un peu abîmé', 'livraison un peu longue'],
    'sav-injoignable': ['le service client a été long à joindre', 'le SAV met du temps à répondre'],
    prix: ['un peu cher', 'des prix un peu élevés', "c'est un peu cher pour ce que c'est"],
    'site-application': ["l'application rame un peu", 'le site pourrait être plus simple', "l'appli a planté une fois"],
  },
  praise: {
    accueil: [
      'accueil chaleureux',
      'très bien accueillie',
      'personnel souriant',
      'une équipe aimable et souriante',
      'un accueil toujours agréable',
    ],
    'conseil-vendeurs': [
      '{vendeur} m’a très bien conseillé',
      'de bons conseils pour choisir {produit}',
      'des vendeurs compétents et disponibles',
      'une conseillère vraiment à l’écoute',
      'un vendeur de bon conseil',
    ],
    'qualite-produits': [
      'des produits de très bonne qualité',
      'des finitions soignées sur {produit}',
      'la qualité est au rendez-vous',
      'de belles finitions',
    ],
    choix: [
      'beaucoup de choix',
      'un grand choix de {produits}',
      'un large choix',
      'une belle sélection',
      'une gamme très complète',
    ],
  },
  fill: {
    duree: ['20 minutes', 'une demi-heure', 'près de 40 minutes', "plus d'un quart d'heure", '25 min', 'trois quarts d’heure'],
    produit: [
      'un canapé',
      'des rideaux',
      'une lampe de chevet',
      'un service de vaisselle',
      'des coussins',
      'une table basse',
      'un tapis',
      'des draps en lin',
      'une commode',
      'des bougies parfumées',
      'un miroir',
      'des verres',
    ],
    produits: ['canapés', 'luminaires', 'tapis', 'coussins', 'linge de maison', 'vaisselle', 'rideaux', 'meubles de jardin'],
    jours: ['une semaine', 'dix jours', 'trois semaines', 'deux semaines', 'un mois'],
    vendeur: ['la vendeuse', 'le vendeur', 'une conseillère', 'Julien, au rayon literie,', 'la responsable du rayon'],
  },
  openers: {
    detractor: [
      'Très déçu.',
      'Franchement pas terrible.',
      'Expérience décevante.',
      'Inadmissible.',
      'Je suis cliente depuis des années et là, non.',
      'Bof.',
    ],
    passive: ['Correct.', 'Plutôt bien.', 'Pas mal.', 'Bonne expérience dans l’ensemble.'],
    promoter: ['Super !', 'Très satisfaite.', 'Parfait.', 'Toujours un plaisir.', 'Excellent.', 'Top !'],
  },
  closers: {
    detractor: [
      'Je ne reviendrai pas.',
      'À revoir.',
      'Je vais aller voir ailleurs.',
      'Dommage.',
      'Très déçu de l’enseigne.',
      'Il faut faire quelque chose.',
    ],
    passive: ['Peut mieux faire.', 'Sinon rien à dire.', 'Correct dans l’ensemble.'],
    promoter: ['Je recommande !', "Merci à toute l'équipe.", 'Je reviendrai.', 'Bravo.', 'Continuez comme ça !'],
  },
  plain: {
    detractor: [
      'Très déçu.',
      'Expérience décevante, pas à la hauteur de la marque.',
      'Pas à la hauteur.',
      'Déçue par mon achat.',
      'Nul.',
      'Retour produit compliqué.',
      'La couleur ne correspond pas à la photo.',
      'Personne pour renseigner dans les rayons.',
      'Magasin mal rangé, on ne trouve rien.',
      'Déjà cassé au bout de deux semaines.',
      'Pas du tout ce que j’attendais.',
      'On ne m’a même pas dit bonjour.',
      'Fidèle depuis dix ans, de plus en plus déçue.',
      'Parking payant et toujours plein.',
      'Je ne recommande pas.',
    ],
    passive: [
      'Correct sans plus.',
      'Bien dans l’ensemble.',
      'Peut mieux faire.',
      'RAS.',
      'Moyen.',
      'Ça dépend des jours.',
      'Rien d’exceptionnel.',
      'Ça fait le job.',
      'Bien, mais la carte de fidélité n’apporte pas grand-chose.',
      'Parking compliqué le samedi.',
    ],
    promoter: [
      'Très satisfaite !',
      'Parfait, rien à dire.',
      'Je recommande.',
      'Toujours un plaisir de venir.',
      'Top',
      'Rien à redire, merci.',
      'Enseigne au top.',
      'Toujours contente de mes achats.',
      'Ma boutique déco préférée.',
      'Très bonne expérience.',
    ],
  },
  but: [', mais ', '. Par contre, ', ' ; en revanche ', '. Seul bémol : '],
  and: [', et ', '. En plus, ', ' et ', '. '],
  despite: ['. Seul petit bémol : ', '. Petit bémol : ', ', seul bémol : '],
  contact: [
    'Rappelez-moi au 06 39 98 12 34.',
    'Vous pouvez me joindre au 01 99 00 27 41.',
    'mon mail : jean.dupont@example.com',
    'Contactez-moi : claire.martin@example.org ou 06 39 98 45 02',
    'Mon numéro : 0639985517, merci de me rappeler.',
    'Écrivez-moi à m.bernard@example.net',
  ],
};
