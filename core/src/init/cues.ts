/**
 * The words of column headers that say what a column holds, in French and English. Headers are
 * folded first (lower case, no accents), so one pattern covers "Probabilité" and "probabilite".
 */

/** Lower case without accents: the form every cue below is written in. */
export function foldHeader(header: string): string {
  // camelCase keys of JSON exports and Qualtrics ids read as words: customerId, RecordedDate.
  const spaced = header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return spaced.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How strongly a header asks the recommendation question, from 0 (not at all) up. */
export function recommendationCue(folded: string): { weight: number; words: string[] } {
  const words: string[] = [];
  let weight = 0;
  const add = (pattern: RegExp, points: number) => {
    const match = pattern.exec(folded);
    if (match) {
      words.push(match[0].trim());
      weight += points;
    }
  };
  add(/\brecommand\w*|\brecommend\w*/, 10);
  add(/\bprobabilite\b|\blikely\b|\blikelihood\b/, 5);
  add(/\bnps\b|net promoter/, 4);
  add(/0\s*(-|a|to|–)\s*10\b|echelle de 0|scale of 0|\/\s*10\b/, 2);
  add(/\bscore\b|\bnote\b|\brating\b/, 1);
  return { weight, words };
}

/** A header naming an identifier: "ID", "#", "Response ID", "Réf. appel", "N° réponse". */
export const ID_CUE = /^(#|id|n°|no\.?|num(ero)?|ref\.?)$|\b(id|identifiant|identifier|ref|reference|token)\b|responseid|^n° /;

/** A header naming a person or an account that can answer several times. */
export const RESPONDENT_CUE = /\b(client|customer|carte|card|member|adherent|account|compte|person|user|fidelite|loyalty)\b/;

/** A header naming the language of the form or of the answer. */
export const LANGUAGE_CUE = /\b(langue|language|lang|locale)\b|_language$/;

/** The follow-up question that asks why: the comment. */
export const COMMENT_CUE =
  /\b(pourquoi|why|raison|reason|commentaires?|comments?|verbatim|feedback|remarques?|suggestions?|expliquer|explain|ameliorer|improve|precisez|tell us|liked?|enjoy\w*|appreci\w*|wrong|manque\w*)\b/;

/** A header naming when the team answered the respondent back (the closed loop), not when they answered. */
export const REPLIED_CUE = /rappel|replied|reply|followed ?up|follow-?up|callback|call back|relance|recontact/;

/** How well a header names the moment the answer was submitted (higher is better, start times below zero). */
export function submissionCue(folded: string): number {
  if (/\b(start|debut|started|commence)\w*/.test(folded)) return -2;
  if (/recorded/.test(folded)) return 4;
  if (
    /horodateur|timestamp|submit|submitted|soumis|recorded|completion|completed|termine|envoye|end ?date|date de fin|date de reponse|response date/.test(
      folded,
    )
  )
    return 3;
  if (/\b(end|fin|created|cree|date)\b|createdat|recordeddate|enddate/.test(folded)) return 2;
  return 0;
}

/** Personal data that is never a segment: e-mail, names, IP, location, phone, address. */
export const PERSONAL_CUE =
  /e-?mail|courriel|\bmail\b|\b(first|last|full|your|recipient|customer|client|person)\s?name\b|firstname|lastname|^(name|nom|prenom|nom complet|nom et prenom)$|\bprenom\b|\bip\b|ip ?address|ipaddress|latitude|longitude|^(lat|lng|lon)$|phone|telephone|\btel\b|\badresse\b(?! e)|\baddress\b|postal|zip ?code|network id/;

const EMAIL_VALUE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IP_VALUE = /^\d{1,3}(\.\d{1,3}){3}$|^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$/i;

export function isEmailValue(value: string): boolean {
  return EMAIL_VALUE.test(value);
}

export function isIpValue(value: string): boolean {
  return IP_VALUE.test(value);
}

/** A language tag as surveys write it: fr, EN, fr-FR, en_GB. */
export const LANGUAGE_VALUE = /^[a-z]{2,3}([-_][a-z]{2,4})?$/i;

/** Segment field names for the headers that usually hold one, and a fallback made of the header's words. */
const SEGMENT_NAMES: readonly [RegExp, string, { fr: string; en: string }][] = [
  [/magasin|boutique|\bstore\b|\bshop\b/, 'store', { fr: 'Magasin', en: 'Store' }],
  [/region/, 'region', { fr: 'Région', en: 'Region' }],
  [/canal|channel|source/, 'channel', { fr: 'Canal', en: 'Channel' }],
  [/cabin|cabine|classe|\bclass\b/, 'cabin', { fr: 'Cabine', en: 'Cabin' }],
  [/device|appareil|terminal/, 'device', { fr: 'Appareil', en: 'Device' }],
  [/\bpays\b|country/, 'country', { fr: 'Pays', en: 'Country' }],
  [/\bville\b|\bcity\b/, 'city', { fr: 'Ville', en: 'City' }],
  [/produit|product|offre|\bplan\b/, 'product', { fr: 'Produit', en: 'Product' }],
  [/agence|agency|branch|site\b/, 'site', { fr: 'Site', en: 'Site' }],
  [/segment|profil|profile|type de client|customer type/, 'customerType', { fr: 'Type de client', en: 'Customer type' }],
  [/atelier|session|track|workshop/, 'session', { fr: 'Session', en: 'Session' }],
  [/department|departement|service|equipe|\bteam\b/, 'department', { fr: 'Service', en: 'Department' }],
  [/\broute\b|trajet|ligne/, 'route', { fr: 'Trajet', en: 'Route' }],
];

/** True when the header names a group to compare (a store, a region, a channel...). */
export function segmentCue(header: string): boolean {
  const folded = foldHeader(header);
  return SEGMENT_NAMES.some(([pattern]) => pattern.test(folded));
}

export function segmentNameFor(header: string): { field: string; label: { fr: string; en: string } | string } {
  const folded = foldHeader(header);
  for (const [pattern, field, label] of SEGMENT_NAMES) if (pattern.test(folded)) return { field, label };
  const words = folded
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 4);
  const camel = words.map((word, index) => (index === 0 ? word : word[0]?.toUpperCase() + word.slice(1))).join('');
  const field = /^[a-z]/.test(camel) ? camel : `segment${camel}`;
  return { field, label: header.trim() };
}

/** Words that tell a French form from an English one, for the site's default locale. */
export function localeVotes(folded: string): { fr: number; en: number } {
  const fr = folded.match(
    /\b(quel|quelle|vous|votre|pourquoi|cette|note|magasin|horodateur|langue|region|recommanderiez|recommandiez|probabilite|proche|commentaire|date de)\b/g,
  );
  const en = folded.match(
    /\b(how|what|you|your|why|the|would|likely|timestamp|store|friend|colleague|language|submitted|reason|created|updated|response|comments?|customer|country|email|score|time|start|end)\b/g,
  );
  return { fr: fr?.length ?? 0, en: en?.length ?? 0 };
}
