import { GOOGLE_FORMS_HEADERS, PHONE_HEADERS } from './exports.ts';

/**
 * data/nps.config.yaml of the sample: the file users copy to start their own, so it is written
 * by hand as a commented template rather than serialised from an object. The column maps come
 * from the export headers (exports.ts) so the two cannot drift apart.
 */
function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function columns(map: Record<string, string>, indent: string): string {
  return Object.entries(map)
    .map(([field, header]) => `${indent}${field}: ${quoted(header)}`)
    .join('\n');
}

export function configYaml(): string {
  return `# NPS Pages — configuration of the sample data set (Maison Lumière, a fictional home-goods chain).
# Regenerate the whole sample with: pnpm nps generate --seed 2026
# Copy this file to start your own data folder; every key is described in core/schema/nps.config.schema.json.

site:
  title:
    fr: Maison Lumière — Baromètre NPS
    en: Maison Lumière — NPS barometer
  locale: fr              # fr or en: the default language of the site
  timeZone: Europe/Paris  # dates without an offset are read in this zone
  period: month           # bucket of the trends: auto (the default: chosen from the data), day, week, month, quarter or year

statistics:
  confidence: 0.95        # level of every confidence interval
  interval: adjusted-wald # wald, adjusted-wald (Rocks 2016, the default) or score
  significance: 0.05      # threshold of the tests between periods
  smallSample: 30         # segments with fewer responses are flagged
  rollingDays: 90         # window of the rolling NPS

# One entry per survey tool. Each export is committed exactly as the tool writes it; the column
# map says which header (or JSON key) holds each field. Files are matched by glob, first source wins.
sources:
  # In-store survey: the QR code on the receipt opens a Google Form (in French) whose store, region
  # and language are pre-filled; the CX team adds the "Rappel client le" column in the linked sheet.
  # Downloaded as CSV from the sheet: comma-separated, long question headers, French dates.
  - name: Magasins (Google Forms)
    path: magasins/*.csv
    dateFormat: DD/MM/YYYY HH:mm:ss
    columns:
${columns(GOOGLE_FORMS_HEADERS, '      ')}
    constants:
      channel: magasin    # every answer of this form comes from a store

  # Web and app: the survey tool's JSON export, one file a quarter. Dates are ISO 8601 with an
  # offset (read without a dateFormat); the region is the customer's delivery address.
  - name: Web et application (export JSON)
    path: digital/*.json
    arrayPath: responses
    columns:
      id: responseId
      date: submittedAt
      score: npsScore
      comment: feedback
      language: language
      respondent: customerId
      region: deliveryRegion
      channel: channel
      repliedAt: followedUpAt

  # Phone survey of customer-service callers, run by an institute and delivered as an Excel sheet
  # saved as "CSV UTF-8" on a French Windows: semicolons, BOM, CRLF, DD/MM/YYYY, decimal commas.
  # The institute's post-stratification weight corrects its over-sampling of Île-de-France.
  - name: Téléphone (institut, export Excel)
    path: telephone/*.csv
    delimiter: ";"
    dateFormat: DD/MM/YYYY
    columns:
${columns(PHONE_HEADERS, '      ')}
    constants:
      channel: téléphone

# Segments: the fields the site breaks the NPS down by. Web, app and phone answers have no store:
# they are not a store, so they are counted apart as "(none)" (NPS, interval, n), never ranked or
# charted among the stores; the site and \`nps stats --segment store\` show the same line.
segments:
  - field: channel
    label: { fr: Canal, en: Channel }
  - field: store
    label: { fr: Magasin, en: Store }
  - field: region
    label: { fr: Région, en: Region }

# Themes found in the comments. Keywords ignore accents and case and match whole words; a trailing *
# matches any ending of its prefix ("caisse*" finds caisse, caisses, caissette, but not caissière:
# that takes "caiss*"). Patterns are regular expressions over the lower-case text without accents.
# effort (low, medium, high) places an irritant on the priority matrix.
themes:
  - id: attente-caisse
    label: { fr: Attente en caisse, en: Queue at the checkout }
    kind: irritant
    effort: medium
    keywords: [caisse*, "file d'attente", queue*, checkout*, till, tills]
  - id: rupture-stock
    label: { fr: Ruptures de stock, en: Out of stock }
    kind: irritant
    effort: medium
    keywords: [rupture*, en stock, de stock, indisponible*, out of stock, unavailable]
  - id: livraison
    label: { fr: "Livraison (retards, casse)", en: "Delivery (late, damaged)" }
    kind: irritant
    effort: high
    keywords: [livraison*, livré, livrée, livrés, livreur*, colis, deliver*, parcel*]
  - id: sav-injoignable
    label: { fr: Service client injoignable, en: Customer service unreachable }
    kind: irritant
    effort: medium
    keywords: [sav, service client, service après-vente, injoignable, customer service]
  - id: prix
    label: { fr: Prix, en: Prices }
    kind: irritant
    effort: high
    keywords: [prix, cher, chère, chers, chères, tarif*, expensive, overpriced, price*]
  - id: site-application
    label: { fr: Site et application, en: Website and app }
    kind: irritant
    effort: low
    keywords: [application, appli, site, bug*, panier, app, website]
  - id: accueil
    label: { fr: Accueil, en: Welcome }
    kind: praise
    keywords: [accueil*, souriant*, aimable*, welcom*, friendly]
  - id: conseil-vendeurs
    label: { fr: Conseil des vendeurs, en: Staff advice }
    kind: praise
    keywords: [conseil*, vendeu*, "à l'écoute", advice, helpful, sales assistant]
  - id: qualite-produits
    label: { fr: Qualité des produits, en: Product quality }
    kind: praise
    keywords: [qualité, finition*, solide*, quality]
    patterns: ["well[ -]made"]
  - id: choix
    label: { fr: Choix, en: Choice }
    kind: praise
    # Not "range" alone: accents are ignored, so it would match the French "rangé" (tidied).
    keywords: [choix, sélection, gamme*, choice, selection, wide range, huge range]

# Public benchmarks, listed in a table on the overview with the gap between the NPS and each one.
# They are illustrative: other countries, other panels
# and other questions than this survey; check the source before quoting a comparison.
benchmarks:
  - label: { fr: "Distribution (États-Unis, XM Institute)", en: "Retail (United States, XM Institute)" }
    nps: 28.4
    source: Qualtrics XM Institute, XMI Ratings NPS 2022 (U.S. consumer benchmark, 10,000 consumers)
    date: "2022"
    url: https://www.xminstitute.com/data-snippets/xmi-ratings-nps-2022/
  - label: { fr: "Distribution généraliste (npsBench)", en: "General retail (npsBench)" }
    nps: 51
    source: npsBench, 2024 benchmarks by industry (General Retail, Multicategory)
    date: 2024-11
    url: https://npsbench.com/blog/benchmark/2024-benchmarks-by-industry
  - label: { fr: Objectif Maison Lumière 2026, en: Maison Lumière 2026 target }
    nps: 40
    source: Comité de direction (objectif interne, fictif)
    date: "2026"

# Comments are published: e-mail addresses and phone numbers are masked before anything is shown.
privacy:
  redactEmails: true
  redactPhones: true
`;
}
