import type { VerbatimBank } from './verbatim-bank-fr.ts';

/** English fragments (tourists in the stores, expatriates online); same rules as the French bank. */
export const ENGLISH: VerbatimBank = {
  negative: {
    'attente-caisse': [
      'queued for {duree} at the checkout',
      'only one till open for the whole shop',
      'endless queues at the checkout',
      'waited {duree} in the queue to pay',
      'the self-checkouts were broken and the queue was huge',
    ],
    'rupture-stock': [
      '{produit} out of stock for weeks',
      'out of stock again for {produit}',
      'half of the catalogue out of stock',
      'the item was unavailable in store',
    ],
    livraison: [
      'the delivery was {jours} late',
      'my order was delivered damaged',
      'the parcel arrived broken',
      'the delivery driver never showed up',
      'still not delivered after {jours}',
    ],
    'sav-injoignable': [
      'impossible to reach customer service',
      'customer service never answers the phone',
      'on hold with customer service for {duree}, no answer',
      'nobody from customer service ever called back',
    ],
    prix: ['prices are too high', 'it has become too expensive', 'overpriced for {produit}'],
    'site-application': [
      'the app crashes when I pay',
      'the website would not accept my payment',
      'the app is slow and keeps logging me out',
    ],
  },
  mild: {
    'attente-caisse': ['a bit of a queue at the checkout', 'not enough tills open'],
    'rupture-stock': ['out of stock on {produit}', 'a few items out of stock'],
    livraison: ['the delivery was a day late', 'the parcel was a little damaged'],
    'sav-injoignable': ['customer service was slow to reach'],
    prix: ['a bit expensive', 'prices are a little high'],
    'site-application': ['the app is a bit slow', 'the website could be simpler'],
  },
  praise: {
    accueil: ['a warm welcome', 'friendly staff', 'such a welcoming team'],
    'conseil-vendeurs': ['{vendeur} gave me great advice', 'helpful advice to choose {produit}', 'very helpful staff'],
    'qualite-produits': ['great quality products', 'really well made furniture', 'excellent quality'],
    choix: ['a great choice', 'a wide choice of {produits}', 'a lovely selection', 'a huge range'],
  },
  fill: {
    duree: ['20 minutes', 'half an hour', '30 minutes', '25 minutes'],
    produit: [
      'a sofa',
      'curtains',
      'a bedside lamp',
      'a dinner set',
      'cushions',
      'a coffee table',
      'a rug',
      'linen sheets',
      'a mirror',
    ],
    produits: ['sofas', 'lamps', 'rugs', 'cushions', 'bed linen', 'tableware'],
    jours: ['a week', 'ten days', 'three weeks', 'two weeks'],
    vendeur: ['the sales assistant', 'the lady in the bedding department', 'the manager'],
  },
  openers: {
    detractor: ['Very disappointed.', 'Not good.', 'Disappointing visit.', 'Terrible experience.'],
    passive: ['Fine.', 'OK overall.', 'Decent.'],
    promoter: ['Lovely shop!', 'Great experience.', 'Perfect.', 'Brilliant.'],
  },
  closers: {
    detractor: ['Will not come back.', 'Needs fixing.', 'Shame.'],
    passive: ['Could be better.', 'Otherwise fine.'],
    promoter: ['Highly recommend!', 'Thank you!', 'Will be back.'],
  },
  plain: {
    detractor: [
      'Very disappointed.',
      'Not worth it.',
      'Poor experience overall.',
      'Returning an item was a pain.',
      'Not what I expected.',
      'Nobody around in the aisles.',
    ],
    passive: ['OK, nothing special.', 'Fine overall.', 'Average.', 'Does the job.'],
    promoter: ['Loved it!', 'Great shop, will be back.', 'Perfect, thanks.', 'Lovely shop, lovely things.'],
  },
  but: [', but ', '. However, ', '. Only downside: '],
  and: [', and ', '. Also, ', ' and '],
  despite: ['. Only downside: ', '. One small thing: '],
  contact: ['Call me back on +33 6 39 98 20 17.', 'my email is john.smith@example.com', 'Please reach me at anna.k@example.org'],
};
