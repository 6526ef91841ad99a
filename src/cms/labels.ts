/**
 * The CMS's Dutch field labels and hints, keyed by the schemas' field paths
 * (`actors.type` is the type of each actor): one table per collection
 * (initiatives, places, collections). Option labels and
 * definitions are not here: they come from the taxonomy. Limits are not here
 * either: `config.ts` adds them to the hints from the schema. The contract test
 * fails when a schema field has no entry here, or an entry names no field.
 */

export interface FieldText {
  /** The label above the field. */
  label: string;
  /** One or two sentences under the field: what to write, with an example. */
  hint?: string;
  /** For lists: what one item is called ("bron"), for the "add" button. */
  singular?: string;
  /** For a choice that is not a taxonomy's: the Dutch label of each option. */
  options?: Readonly<Record<string, string>>;
}

/** The hint of a field a practitioner may leave to the editors (`pendingFields` in the schema). */
const leaveToEditors = 'Weet je het niet? Laat het leeg: de redactie bepaalt het.';

/** Texts more than one field has. */
const webAddress = { label: 'Webadres' } as const satisfies FieldText;
const notBeforePublished = 'Niet voor de publicatiedatum.';
const altText = 'Alt-tekst';
const imageFile = 'Bestand';

/** Schema fields the CMS does not show, and why. */
export const notInCms: Readonly<Record<string, string>> = {
  slug: 'The file name is the slug: Decap names the file after the title (config.ts, `slug`), so a second place to set it would only disagree with it.',
};

/** The hint of a municipality field (a select of the official names): how to find one, then `more`. */
function municipalityHint(more: string): string {
  return `Typ om te zoeken en kies de naam zoals het CBS die schrijft: “'s-Gravenhage” voor Den Haag, “Bergen (NH.)” of “Bergen (L.)”. ${more}`;
}

/** The texts of the fields initiatives and places share (same name, same meaning), written once. */
const sharedFieldTexts = {
  lang: { label: 'Taal van de tekst', hint: 'Schrijf je de tekst in het Engels, kies dan Engels.' },
  contactIntensity: { label: 'Soort contact' },
  thresholdFeatures: { label: 'Wat maakt het laagdrempelig?' },
  hostRole: {
    label: 'Rol van de gastheer of -vrouw',
    hint: 'Hoe zorgt de eigenaar, medewerker of vrijwilliger dat mensen zich welkom voelen?',
  },
  'coordinates.lat': { label: 'Breedtegraad (lat)' },
  'coordinates.lng': { label: 'Lengtegraad (lng)' },
  sources: {
    label: 'Bronnen',
    hint: 'Waar komen de feiten vandaan? Jouw eigen beschrijving telt als bron: die staat er al. Voeg toe wat je verder gebruikte.',
    singular: 'bron',
  },
  'sources.kind': { label: 'Soort bron' },
  'sources.title': { label: 'Titel' },
  'sources.date': {
    label: 'Datum',
    hint: 'Bij een opgave: wanneer je die doet. Leeg laten mag: de CMS vult vandaag in.',
  },
  'sources.author': { label: 'Auteur of organisatie' },
  'sources.year': { label: 'Jaar' },
  'sources.url': webAddress,
  'sources.via': {
    label: 'Gelezen in',
    hint: 'Alleen als je deze bron niet zelf las, maar via een andere tekst kent: noem die tekst, bijvoorbeeld “Brummel & Smits (2021)”, en zet hem ook bij de bronnen.',
  },
  image: { label: 'Afbeelding', hint: 'Kies je een afbeelding, dan is de alt-tekst verplicht.' },
  'image.src': {
    label: imageFile,
    hint: 'Een foto of tekening, of het webadres ervan. Verplicht zodra je iets bij Afbeelding invult.',
  },
  'image.alt': {
    label: altText,
    hint: 'Beschrijf in een zin wat er te zien is, voor wie de afbeelding niet kan zien.',
  },
  'image.credit': { label: 'Maker en licentie', hint: 'Bijvoorbeeld “Foto: Jan Jansen, CC BY 4.0”.' },
  published: { label: 'Gepubliceerd op' },
  updated: { label: 'Inhoudelijk bijgewerkt op', hint: notBeforePublished },
  verified: {
    label: 'Laatst gecontroleerd',
    hint: 'Voor de redactie: wanneer, hoe en door wie de gegevens het laatst zijn nagelopen. Leeg: nog nooit. Na de termijn in de siteconfiguratie (standaard 12 maanden) staat het in npm run freshness en op /redactie/te-controleren/.',
  },
  'verified.date': {
    label: 'Gecontroleerd op',
    hint: 'De dag van de controle, niet in de toekomst. Verplicht zodra je een controle vastlegt. Een inhoudelijke wijziging zonder controle hoort bij “Inhoudelijk bijgewerkt op”.',
  },
  'verified.method': { label: 'Hoe gecontroleerd', hint: 'Verplicht zodra je een controle vastlegt.' },
  'verified.by': {
    label: 'Door wie (een rol, geen naam)',
    hint: 'Verplicht zodra je een controle vastlegt. Schrijf nooit iemands naam.',
  },
  body: {
    label: 'Tekst',
    hint: 'Schrijf onder de kopjes die er al staan. Een kopje waar je niets over weet, mag weg.',
  },
} as const satisfies Record<string, FieldText>;

export const fieldTexts = {
  aliases: {
    label: 'Vorige adressen (voor de redactie)',
    hint: 'Alleen na een nieuwe naam: de oude bestandsnaam (zoals repair-cafe-oud), dan blijft de oude link werken.',
    singular: 'vorig adres',
  },
  title: { label: 'Naam van het initiatief', hint: 'Zoals mensen het kennen, bijvoorbeeld “Repair Café Oost”.' },
  summary: {
    label: 'Samenvatting',
    hint: 'Eén of twee zinnen: wat is het en voor wie? Die staan in lijsten en zoekresultaten.',
  },
  kind: {
    label: 'Soort bijdrage',
    hint: 'Praktijkvoorbeeld: één initiatief, met gemeente en status. Vorm van initiatief: een soort die onderzoek beschrijft, zonder status, data of plek.',
  },
  strategy: { label: 'Strategie: binden, overbruggen of allebei' },
  strategyNote: {
    label: 'Wie ontmoeten elkaar?',
    hint: 'Twee of drie zinnen: welke groepen ontmoeten elkaar, waarin lijken ze op elkaar of verschillen ze (achtergrond, migratieachtergrond, leefstijl, religie, leeftijd), en ontstaat er echt contact? Niet de omschrijving van de strategie overnemen.',
  },
  actors: {
    label: 'Wie dragen het initiatief?',
    hint: 'Voeg elke organisatie of groep toe die het initiatief draagt.',
    singular: 'drager',
  },
  'actors.type': { label: 'Soort drager' },
  'actors.name': { label: 'Naam van de organisatie of groep', hint: 'Alleen als die bekend is.' },
  placeTypes: { label: 'Soort plek' },
  placeName: { label: 'Naam van de plek', hint: 'Bijvoorbeeld “Huis van de Wijk De Hoek”.' },
  places: {
    label: 'Plekken in de atlas',
    hint: 'Gebeurt het op een plek die in de atlas staat (onder Plekken)? Typ een deel van de naam en kies de plek.',
  },
  municipality: {
    label: 'Gemeente',
    hint: municipalityHint('Alleen bij een praktijkvoorbeeld; een vorm van initiatief heeft geen gemeente.'),
  },
  region: {
    label: 'Gebied in woorden',
    hint: 'Alleen bij een praktijkvoorbeeld dat niet in één gemeente loopt, bijvoorbeeld “landelijk” of “vier gemeenten in de regio Nijmegen”. Noem dan ook de organisatie die het draagt.',
  },
  neighbourhood: { label: 'Wijk of dorp' },
  coordinates: {
    label: 'Coördinaten',
    hint: 'Alleen als het op één vaste plek gebeurt. Vul dan beide getallen in.',
  },
  targetGroups: { label: 'Voor wie' },
  themes: { label: 'Thema’s', hint: leaveToEditors },
  tariff: { label: 'Tarief' },
  permanence: { label: 'Looptijd', hint: leaveToEditors },
  startDate: {
    label: 'Begonnen in',
    hint: 'Zo precies als je het weet: alleen het jaar is genoeg. Bij een gepland initiatief: wanneer het begint.',
  },
  endDate: {
    label: 'Gestopt in',
    hint: 'Niet voor de start. Verplicht als een blijvend initiatief is beëindigd.',
  },
  status: {
    label: 'Status',
    hint: `Alleen bij een praktijkvoorbeeld: liep het toen de bron erover schreef? ${leaveToEditors}`,
  },
  links: { label: 'Meer lezen', hint: 'Links naar meer informatie voor lezers.', singular: 'link' },
  'links.title': { label: 'Linktekst' },
  'links.url': webAddress,
  contact: {
    label: 'Contact',
    hint: 'Gegevens van de organisatie, nooit van een privépersoon.',
  },
  'contact.name': { label: 'Naam van de organisatie' },
  'contact.website': { label: 'Website' },
  'contact.email': {
    label: 'E-mailadres',
    hint: 'Alleen als de organisatie heeft gezegd dat het op de site mag: zet dan ook het vinkje hieronder aan.',
  },
  'contact.emailPublic': {
    label: 'De organisatie geeft toestemming om haar contactgegevens te publiceren',
    hint: 'Dan mogen ook het e-mailadres en telefoonnummer in de tekst op de site.',
  },
  pending: {
    label: 'Nog te bepalen door de redactie',
    hint: 'Wat leeg bleef van thema’s, looptijd en status. De CMS houdt dit zelf bij; de redactie haalt een veld weg als ze het invult.',
    options: { themes: 'Thema’s', permanence: 'Looptijd', status: 'Status' },
  },
  ...sharedFieldTexts,
} as const satisfies Record<string, FieldText>;

/** The lookup of a table's text by field path: undefined when the table has none (the contract test reports that). */
const lookup =
  (table: Readonly<Record<string, FieldText>>) =>
  (path: string): FieldText | undefined =>
    table[path];

/** The text of an initiative's field path. */
export const textOf = lookup(fieldTexts);

/** Collection fields the CMS does not show, and why. */
export const notInCmsCollection: Readonly<Record<string, string>> = {
  slug: 'The file name is the slug, as for initiatives.',
};

/** The CMS's Dutch labels and hints for a collection (`content/collections/<slug>.yaml`), by field path. */
export const showcaseFieldTexts = {
  title: { label: 'Titel van de collectie', hint: 'Bijvoorbeeld “Ontmoetingsplekken in onze gemeente”.' },
  lang: { label: 'Taal van de teksten' },
  curator: { label: 'Samensteller', hint: 'Wie heeft deze selectie gemaakt?' },
  'curator.name': { label: 'Naam', hint: 'Bijvoorbeeld “Gemeente Heumen”.' },
  'curator.kind': { label: 'Soort samensteller' },
  'curator.url': { label: 'Website van de samensteller' },
  'curator.logo': { label: 'Logo', hint: 'Optioneel. Kies je een logo, vul dan ook de alt-tekst in.' },
  'curator.logo.src': { label: imageFile, hint: 'Verplicht zodra je een logo kiest.' },
  'curator.logo.alt': { label: altText, hint: 'De naam die op het logo staat. Verplicht als je een logo kiest.' },
  intro: { label: 'Inleiding', hint: 'Waarom horen deze voorbeelden bij elkaar, en voor wie is de collectie?' },
  items: {
    label: 'Gekozen initiatieven',
    hint: 'Zoek een initiatief op zijn naam. De volgorde hier is de volgorde op de pagina.',
    singular: 'initiatief',
  },
  'items.initiative': { label: 'Initiatief' },
  'items.note': { label: 'Noot van de samensteller', hint: 'Optioneel: waarom dit voorbeeld in de collectie staat.' },
  rule: {
    label: 'Regel',
    hint: 'Optioneel: initiatieven met deze kenmerken komen er vanzelf bij, nieuwste eerst, na de gekozen initiatieven. Binnen een kenmerk is één waarde genoeg; tussen kenmerken moeten ze allemaal kloppen.',
  },
  // A rule's facets are named as the initiative's fields they select on, where the label is the same.
  'rule.kind': { label: fieldTexts.kind.label },
  'rule.strategy': { label: 'Strategie' },
  'rule.actor': fieldTexts['actors.type'],
  'rule.place': fieldTexts.placeTypes,
  'rule.target': { label: 'Doelgroep' },
  'rule.theme': { label: 'Thema' },
  'rule.municipality': {
    label: 'Gemeenten',
    hint: 'Typ om te zoeken en kies een of meer gemeenten.',
  },
  published: sharedFieldTexts.published,
  updated: { label: 'Bijgewerkt op', hint: notBeforePublished },
} as const satisfies Record<string, FieldText>;

/** The text of a collection's field path. */
export const showcaseTextOf = lookup(showcaseFieldTexts);

/** Place fields the CMS does not show, and why (none: a place's file name is its slug, and the schema has no slug field). */
export const notInCmsPlace: Readonly<Record<string, string>> = {};

/**
 * The CMS's Dutch labels and hints for a place of the atlas (`content/places/<slug>.md`), by field path. Option
 * labels and definitions come from the taxonomy, limits from the schema, as for initiatives.
 */
export const placeFieldTexts = {
  title: {
    label: 'Naam van de plek',
    hint: 'Zoals mensen de plek kennen, bijvoorbeeld “Buurthuis De Klokkenberg”. Noemt de bron geen naam, beschrijf de plek dan: “IJssalon in het dorp”.',
  },
  summary: {
    label: 'Samenvatting',
    hint: 'Eén of twee zinnen: wat voor plek is het en wie komen er? Die staan in lijsten, op de kaart en op gebiedspagina’s.',
  },
  kind: fieldTexts.placeTypes,
  status: {
    label: 'Bestaat de plek?',
    hint: 'Een verdwenen plek krijgt een sluitingsdatum; een gemiste plek (die bewoners missen of wensen) heeft geen openingsdatum.',
  },
  targetGroups: { label: 'Wie komen er', hint: 'Of: voor wie zou de plek er zijn, bij een gemiste plek.' },
  municipality: {
    label: 'Gemeente',
    hint: municipalityHint(
      'Laat leeg als de bron de plek in het algemeen beschrijft. Verplicht als je een wijk of dorp invult.',
    ),
  },
  neighbourhood: { label: 'Wijk of dorp', hint: 'Alleen samen met de gemeente.' },
  coordinates: {
    label: 'Coördinaten',
    hint: 'Alleen als de bron de plek aanwijst. Vul dan beide getallen in.',
  },
  openedDate: { label: 'Geopend op', hint: 'Niet bij een gemiste plek.' },
  closedDate: {
    label: 'Gesloten op',
    hint: 'Alleen bij een verdwenen plek, en niet voor de openingsdatum.',
  },
  ...sharedFieldTexts,
} as const satisfies Record<string, FieldText>;

/** The text of a place's field path. */
export const placeTextOf = lookup(placeFieldTexts);
