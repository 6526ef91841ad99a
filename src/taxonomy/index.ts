/**
 * The controlled vocabularies of Buurtpodium: the single source of truth.
 *
 * Every term has a stable ASCII kebab-case `id` (used in content files, URLs,
 * search filters and the CMS), a Dutch and an English label, and a
 * one-sentence definition in both languages. The zod schemas, the facet pages,
 * the filters and the about page are all derived from this module. It imports
 * nothing of ours: it is the root of the data flow.
 */

export type Lang = 'nl' | 'en';

/** Text in both interface languages. */
export interface Bilingual {
  nl: string;
  en: string;
}

export interface Term<Id extends string = string> {
  id: Id;
  label: Bilingual;
  definition: Bilingual;
}

/** An actor type is also marked formal (an institution) or informal (people and their own associations). */
export interface ActorTerm<Id extends string = string> extends Term<Id> {
  formality: 'formal' | 'informal';
  /** One of the in-between kinds the sources stress (entrepreneur, artist, business). */
  hybrid: boolean;
}

function terms<const T extends readonly Term[]>(list: T): T {
  return list;
}

/**
 * The statuses of Open Referral's Human Services Data Specification (HSDS 3.0, `service.status`): what the open
 * data exports as `hsdsStatus`, so other platforms that speak HSDS can read where an entry stands.
 */
export const hsdsStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type HsdsStatus = (typeof hsdsStatuses)[number];

/** A status term with the HSDS status it maps onto (`null`: HSDS has no word for it). */
export interface StatusTerm<Id extends string = string> extends Term<Id> {
  hsds: HsdsStatus | null;
}

function statusTerms<const T extends readonly StatusTerm[]>(list: T): T {
  return list;
}

/**
 * Where the strategy definitions come from: Engbersen (Movisie) gives Putnam's distinction. The editors read Putnam
 * only through this text, so the definitions follow its words ("going through", "going up") and cite it.
 */
export const strategySource = {
  author: 'Radboud Engbersen (Movisie)',
  title: 'Van wijkwerkplaats tot Repair Café. De sociale basis keert terug in nieuwe gedaanten',
  cites: 'Robert Putnam',
  section: { nl: 'paragraaf ‘Bonding’ en ‘bridging’', en: 'section ‘Bonding’ and ‘bridging’' },
} as const;

/** Bonding, bridging or both (Putnam, as Engbersen gives it for Movisie's "Wij in de Wijk"). */
export const strategies = terms([
  {
    id: 'bonding',
    label: { nl: 'Bonding (binden)', en: 'Bonding' },
    definition: {
      nl: 'Banden versterken binnen de eigen groep, tussen mensen die zich in elkaar herkennen (een gelijke sociaaleconomische achtergrond, migratieachtergrond, leefstijl of religie): volgens Putnam nodig om te overleven (“going through”).',
      en: 'Strengthening ties within one’s own group, between people who recognise themselves in each other (the same socio-economic background, migration background, lifestyle or religion): in Putnam’s words, what people need to get through (“going through”).',
    },
  },
  {
    id: 'bridging',
    label: { nl: 'Bridging (overbruggen)', en: 'Bridging' },
    definition: {
      nl: 'Erin slagen contact te maken met mensen buiten de eigen groep, juist met andere groepen: vaak ingewikkelder dan bonding, en volgens Putnam nodig om vooruit te komen (“going up”).',
      en: 'Succeeding in making contact with people outside one’s own group, with other groups in particular: often harder than bonding, and in Putnam’s words what people need to get ahead (“going up”).',
    },
  },
  {
    id: 'both',
    label: { nl: 'Bonding én bridging', en: 'Bonding and bridging' },
    definition: {
      nl: 'Er ontstaat zowel contact binnen een groep die zich in elkaar herkent als contact met mensen van buiten die groep.',
      en: 'Contact arises both within a group whose members recognise themselves in each other and with people outside that group.',
    },
  },
]);

/**
 * The two kinds of entry. A form of initiative is a type that research names; a practice example is one concrete
 * initiative, with where, who and since when, from a source that names that case. Which fields each kind must and
 * may not have is in `src/schema/initiative.ts` (`kindRules`).
 */
export const entryKinds = terms([
  {
    id: 'form',
    label: { nl: 'Vorm van initiatief', en: 'Form of initiative' },
    definition: {
      nl: 'Een soort initiatief dat onderzoek beschrijft, zoals een repair café in een kamer voor de buurt: geen adres, geen status, wel wat werkt.',
      en: 'A kind of initiative that research describes, such as a repair café in a room for the neighbourhood: no address, no status, but what works.',
    },
  },
  {
    id: 'example',
    label: { nl: 'Praktijkvoorbeeld', en: 'Practice example' },
    definition: {
      nl: 'Eén concreet initiatief: waar het is, wie het draagt en of het nog loopt, uit een bron die juist dit geval noemt.',
      en: 'One concrete initiative: where it is, who carries it and whether it still runs, from a source that names this very case.',
    },
  },
]);

function actors<const T extends readonly ActorTerm[]>(list: T): T {
  return list;
}

/** Who carries an initiative. */
export const actorTypes = actors([
  {
    id: 'welfare-organisation',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Welzijnsorganisatie', en: 'Welfare organisation' },
    definition: {
      nl: 'Een door de gemeente gefinancierde organisatie voor sociaal werk en opbouwwerk in de wijk.',
      en: 'A municipally funded organisation for social work and community development in the neighbourhood.',
    },
  },
  {
    id: 'neighbourhood-team',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Wijkteam', en: 'Neighbourhood team' },
    definition: {
      nl: 'Een team van professionals dat inwoners van een wijk ondersteunt bij zorg, welzijn en hulpvragen.',
      en: 'A team of professionals that supports residents of a neighbourhood with care, welfare and requests for help.',
    },
  },
  {
    id: 'municipality',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Gemeente', en: 'Municipality' },
    definition: {
      nl: 'De lokale overheid, als opdrachtgever, financier of uitvoerder van beleid voor de sociale basis.',
      en: 'The local government, as the one who commissions, funds or carries out policy for the social base.',
    },
  },
  {
    id: 'housing-corporation',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Woningcorporatie', en: 'Housing corporation' },
    definition: {
      nl: 'Een verhuurder van sociale huurwoningen die ook vastgoed inzet voor ontmoeting in de buurt.',
      en: 'A social-housing landlord that also uses its buildings for meeting in the neighbourhood.',
    },
  },
  {
    id: 'library',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Bibliotheek', en: 'Library' },
    definition: {
      nl: 'De openbare bibliotheek als organisator van activiteiten voor een breed publiek.',
      en: 'The public library as the organiser of activities for a wide public.',
    },
  },
  {
    id: 'school',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'School', en: 'School' },
    definition: {
      nl: 'Een school of onderwijsinstelling die zich opent voor ouders en buurtbewoners.',
      en: 'A school or place of education that opens itself to parents and neighbours.',
    },
  },
  {
    id: 'care-provider',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Zorgaanbieder', en: 'Care provider' },
    definition: {
      nl: 'Een organisatie die zorg of begeleiding biedt, thuis of in een voorziening.',
      en: 'An organisation that provides care or support, at home or in a facility.',
    },
  },
  {
    id: 'knowledge-institute',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Kennisinstituut of hogeschool', en: 'Knowledge institute or university' },
    definition: {
      nl: 'Een kennisinstituut, hogeschool of universiteit dat samen met de praktijk onderzoekt wat werkt.',
      en: 'A knowledge institute, college or university that works with practitioners to find out what works.',
    },
  },
  {
    id: 'civic-organisation',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Maatschappelijke organisatie', en: 'Civil-society organisation' },
    definition: {
      nl: 'Een stichting, bureau of vereniging zonder winstoogmerk die bewoners ondersteunt bij wat zij samen doen.',
      en: 'A foundation, agency or association not for profit that supports residents in what they do together.',
    },
  },
  {
    id: 'police',
    formality: 'formal',
    hybrid: false,
    label: { nl: 'Politie (wijkagent)', en: 'Police (community officer)' },
    definition: {
      nl: 'De politie in de wijk, in de persoon van de wijkagent.',
      en: 'The police in the neighbourhood, in the person of the community police officer (wijkagent).',
    },
  },
  {
    id: 'residents',
    formality: 'informal',
    hybrid: false,
    label: { nl: 'Bewoners', en: 'Residents' },
    definition: {
      nl: 'Buurtbewoners die zelf het initiatief nemen, zonder organisatie erachter.',
      en: 'People from the neighbourhood who take the initiative themselves, with no organisation behind them.',
    },
  },
  {
    id: 'volunteers',
    formality: 'informal',
    hybrid: false,
    label: { nl: 'Vrijwilligers', en: 'Volunteers' },
    definition: {
      nl: 'Mensen die onbetaald en op eigen keuze tijd geven aan een activiteit of organisatie.',
      en: 'People who give their time to an activity or organisation, unpaid and by their own choice.',
    },
  },
  {
    id: 'faith-community',
    formality: 'informal',
    hybrid: false,
    label: { nl: 'Geloofsgemeenschap', en: 'Faith community' },
    definition: {
      nl: 'Een kerk, moskee of andere religieuze gemeenschap die een maatschappelijke rol in de wijk vervult.',
      en: 'A church, mosque or other religious community that plays a social role in the neighbourhood.',
    },
  },
  {
    id: 'sports-club',
    formality: 'informal',
    hybrid: false,
    label: { nl: 'Sportvereniging of sportschool', en: 'Sports club or gym' },
    definition: {
      nl: 'Een vereniging of sportschool waar mensen samen sporten en elkaar leren kennen.',
      en: 'A club or gym where people play sport together and get to know each other.',
    },
  },
  {
    id: 'social-entrepreneur',
    formality: 'formal',
    hybrid: true,
    label: { nl: 'Sociaal ondernemer', en: 'Social entrepreneur' },
    definition: {
      nl: 'Een ondernemer, vaak zzp’er, die met een eigen bureau of bedrijf een maatschappelijk doel nastreeft.',
      en: 'An entrepreneur, often self-employed, who pursues a social aim through their own firm or business.',
    },
  },
  {
    id: 'artist',
    formality: 'informal',
    hybrid: true,
    label: { nl: 'Kunstenaar of sociaal ontwerper', en: 'Artist or social designer' },
    definition: {
      nl: 'Een kunstenaar of ontwerper die met social design of community art bewoners activeert of samenbrengt.',
      en: 'An artist or designer who uses social design or community art to activate residents or bring them together.',
    },
  },
  {
    id: 'business',
    formality: 'formal',
    hybrid: true,
    label: { nl: 'Commercieel bedrijf', en: 'Commercial business' },
    definition: {
      nl: 'Een winkel, supermarkt, café of ander bedrijf dat naast zijn handel een plek voor ontmoeting biedt.',
      en: 'A shop, supermarket, café or other business that offers a place to meet besides its trade.',
    },
  },
]);

/** The kind of physical (or online) place that makes contact possible: social infrastructure (Klinenberg). */
export const placeTypes = terms([
  {
    id: 'library',
    label: { nl: 'Bibliotheek', en: 'Library' },
    definition: {
      nl: 'Een openbare bibliotheek of bibliotheekfiliaal: open voor iedereen, zonder dat je iets hoeft te kopen.',
      en: 'A public library or branch library: open to everyone, without having to buy anything.',
    },
  },
  {
    id: 'community-centre',
    label: { nl: 'Buurthuis of wijkcentrum', en: 'Community centre' },
    definition: {
      nl: 'Een gebouw voor activiteiten en ontmoeting in de wijk, zoals een buurthuis of Huis van de Wijk.',
      en: 'A building for activities and meeting in the neighbourhood, such as a community centre or Huis van de Wijk.',
    },
  },
  {
    id: 'living-room',
    label: { nl: 'Huiskamer of kamer voor de buurt', en: 'Neighbourhood living room' },
    definition: {
      nl: 'Een kleinschalige ruimte waar buurtbewoners binnenlopen voor gezelligheid, activiteiten of een maaltijd.',
      en: 'A small-scale room where neighbours drop in for company, activities or a meal.',
    },
  },
  {
    id: 'shop',
    label: { nl: 'Winkel', en: 'Shop' },
    definition: {
      nl: 'Een winkel waar de eigenaar of het personeel klanten een plek geeft om te blijven hangen en elkaar te treffen.',
      en: 'A shop where the owner or staff give customers a place to linger and run into each other.',
    },
  },
  {
    id: 'supermarket',
    label: { nl: 'Supermarkt', en: 'Supermarket' },
    definition: {
      nl: 'Een supermarkt, bijvoorbeeld met een koffiehoek waar klanten even gaan zitten.',
      en: 'A supermarket, for instance with a coffee corner where shoppers sit down for a while.',
    },
  },
  {
    id: 'cafe',
    label: { nl: 'Café, restaurant of ijssalon', en: 'Café, restaurant or ice-cream parlour' },
    definition: {
      nl: 'Horeca waar mensen samen eten of drinken, van buurtrestaurant tot ijssalon.',
      en: 'Places to eat and drink together, from a neighbourhood restaurant to an ice-cream parlour.',
    },
  },
  {
    id: 'park',
    label: { nl: 'Park of groene ruimte', en: 'Park or green space' },
    definition: {
      nl: 'Een park, plein, oever of ander openbaar groen waar mensen recreëren en elkaar tegenkomen.',
      en: 'A park, square, riverside or other public green where people relax and come across each other.',
    },
  },
  {
    id: 'community-garden',
    label: { nl: 'Moestuin of buurttuin', en: 'Community garden' },
    definition: {
      nl: 'Een tuin die buurtbewoners samen onderhouden en waar ze samen oogsten.',
      en: 'A garden that neighbours look after and harvest together.',
    },
  },
  {
    id: 'sports-ground',
    label: { nl: 'Sportvoorziening', en: 'Sports ground' },
    definition: {
      nl: 'Een sportveld, sportzaal of sportschool, inclusief de kantine.',
      en: 'A sports field, hall or gym, including its canteen.',
    },
  },
  {
    id: 'school',
    label: { nl: 'School', en: 'School' },
    definition: {
      nl: 'Een schoolgebouw of schoolplein dat ook voor ouders en buurt een ontmoetingsplek is.',
      en: 'A school building or playground that is also a meeting place for parents and neighbours.',
    },
  },
  {
    id: 'place-of-worship',
    label: { nl: 'Gebedshuis', en: 'Place of worship' },
    definition: {
      nl: 'Een kerk, moskee of ander gebedshuis dat zijn deuren opent voor de buurt.',
      en: 'A church, mosque or other place of worship that opens its doors to the neighbourhood.',
    },
  },
  {
    id: 'thrift-store',
    label: { nl: 'Kringloopwinkel', en: 'Charity shop' },
    definition: {
      nl: 'Een winkel voor tweedehands spullen, soms met een buurthuisfunctie.',
      en: 'A second-hand shop, sometimes doubling as a community centre.',
    },
  },
  {
    id: 'workshop',
    label: { nl: 'Werkplaats of atelier', en: 'Workshop or studio' },
    definition: {
      nl: 'Een ruimte om samen te maken en te repareren, zoals een wijkwerkplaats, repair café of naaiatelier.',
      en: 'A space to make and repair things together, such as a neighbourhood workshop, repair café or sewing studio.',
    },
  },
  {
    id: 'care-home',
    label: { nl: 'Zorgvoorziening', en: 'Care facility' },
    definition: {
      nl: 'Een verzorgingshuis, woonzorgcentrum of dagbesteding waar ook buurtbewoners binnenkomen.',
      en: 'A care home, sheltered housing or day-care centre that neighbours also visit.',
    },
  },
  {
    id: 'street',
    label: { nl: 'De straat', en: 'The street' },
    definition: {
      nl: 'De straat of de portiek zelf, waar buren elkaar groeten en naar elkaar omkijken.',
      en: 'The street or stairwell itself, where neighbours greet and look out for each other.',
    },
  },
  {
    id: 'online',
    label: { nl: 'Online', en: 'Online' },
    definition: {
      nl: 'Een digitale plek, zoals een buurtapp of website, waar contact begint of wordt onderhouden.',
      en: 'A digital place, such as a neighbourhood app or website, where contact starts or is kept up.',
    },
  },
]);

/** Who an initiative is meant for. */
export const targetGroups = terms([
  {
    id: 'everyone',
    label: { nl: 'Iedereen', en: 'Everyone' },
    definition: {
      nl: 'Het initiatief richt zich op alle buurtbewoners, zonder een groep apart te noemen.',
      en: 'The initiative is meant for all neighbours, without singling out a group.',
    },
  },
  {
    id: 'older-people',
    label: { nl: 'Ouderen', en: 'Older people' },
    definition: {
      nl: 'Oudere buurtbewoners, onder wie kwetsbare ouderen met een kleine actieradius.',
      en: 'Older residents, including frail older people who cannot travel far.',
    },
  },
  {
    id: 'single-person-households',
    label: { nl: 'Alleenstaanden', en: 'Single-person households' },
    definition: {
      nl: 'Mensen die kortere of langere tijd alleen wonen.',
      en: 'People who live alone, for a shorter or longer time.',
    },
  },
  {
    id: 'newcomers',
    label: { nl: 'Nieuwkomers en statushouders', en: 'Newcomers and status holders' },
    definition: {
      nl: 'Mensen die nieuw zijn in Nederland of in de buurt, onder wie statushouders.',
      en: 'People who are new to the Netherlands or to the neighbourhood, including refugees with a residence permit.',
    },
  },
  {
    id: 'people-with-disability',
    label: { nl: 'Mensen met een beperking', en: 'People with a disability' },
    definition: {
      nl: 'Mensen met een lichamelijke, zintuiglijke of verstandelijke beperking.',
      en: 'People with a physical, sensory or intellectual disability.',
    },
  },
  {
    id: 'psychological-vulnerability',
    label: { nl: 'Mensen met een psychische kwetsbaarheid', en: 'People with a psychological vulnerability' },
    definition: {
      nl: 'Mensen met psychische klachten of verward gedrag, die vaak met stigma te maken krijgen.',
      en: 'People with mental-health problems or confused behaviour, who often meet stigma.',
    },
  },
  {
    id: 'low-income',
    label: { nl: 'Mensen met een laag inkomen', en: 'People on a low income' },
    definition: {
      nl: 'Mensen die moeite hebben om rond te komen of in armoede leven.',
      en: 'People who struggle to make ends meet or live in poverty.',
    },
  },
  {
    id: 'young-people',
    label: { nl: 'Jongeren', en: 'Young people' },
    definition: {
      nl: 'Kinderen, tieners en jongvolwassenen.',
      en: 'Children, teenagers and young adults.',
    },
  },
  {
    id: 'families',
    label: { nl: 'Gezinnen', en: 'Families' },
    definition: {
      nl: 'Ouders met kinderen die samen deelnemen.',
      en: 'Parents and children who take part together.',
    },
  },
]);

/** Societal themes: the instrumental value of contact and places. */
export const themes = terms([
  {
    id: 'loneliness',
    label: { nl: 'Eenzaamheid', en: 'Loneliness' },
    definition: {
      nl: 'Het initiatief helpt eenzaamheid te voorkomen of te doorbreken.',
      en: 'The initiative helps to prevent or break loneliness.',
    },
  },
  {
    id: 'health',
    label: { nl: 'Gezondheid', en: 'Health' },
    definition: {
      nl: 'Het initiatief draagt bij aan lichamelijke of psychische gezondheid.',
      en: 'The initiative contributes to physical or mental health.',
    },
  },
  {
    id: 'safety',
    label: { nl: 'Veiligheid', en: 'Safety' },
    definition: {
      nl: 'Het initiatief maakt de buurt veiliger of laat mensen zich er veiliger voelen.',
      en: 'The initiative makes the neighbourhood safer or makes people feel safer there.',
    },
  },
  {
    id: 'poverty',
    label: { nl: 'Armoede', en: 'Poverty' },
    definition: {
      nl: 'Het initiatief verlicht de gevolgen van armoede of een laag inkomen.',
      en: 'The initiative eases the effects of poverty or a low income.',
    },
  },
  {
    id: 'inclusion',
    label: { nl: 'Inclusie', en: 'Inclusion' },
    definition: {
      nl: 'Het initiatief maakt ruimte voor mensen die anders buiten de boot vallen.',
      en: 'The initiative makes room for people who would otherwise be left out.',
    },
  },
  {
    id: 'sustainability',
    label: { nl: 'Duurzaamheid en klimaat', en: 'Sustainability and climate' },
    definition: {
      nl: 'Het initiatief draagt bij aan hergebruik, groen of aanpassing aan het klimaat.',
      en: 'The initiative contributes to reuse, greenery or adapting to the climate.',
    },
  },
  {
    id: 'education',
    label: { nl: 'Onderwijs en ontwikkeling', en: 'Education and learning' },
    definition: {
      nl: 'Het initiatief helpt mensen leren, van huiswerkbegeleiding tot taal.',
      en: 'The initiative helps people learn, from homework help to language.',
    },
  },
  {
    id: 'work',
    label: { nl: 'Werk en meedoen', en: 'Work and participation' },
    definition: {
      nl: 'Het initiatief biedt werkervaring, een dagbesteding of een opstap naar werk.',
      en: 'The initiative offers work experience, a daytime activity or a step towards a job.',
    },
  },
]);

/** How strong the contact that arises is. */
export const contactIntensities = terms([
  {
    id: 'fleeting',
    label: { nl: 'Vluchtige ontmoeting', en: 'Fleeting encounter' },
    definition: {
      nl: 'Mensen zien elkaar kort en toevallig, zoals in de metro of bij de kassa.',
      en: 'People see each other briefly and by chance, as on the metro or at the till.',
    },
  },
  {
    id: 'recurring',
    label: { nl: 'Terugkerend contact', en: 'Recurring contact' },
    definition: {
      nl: 'Mensen komen elkaar geregeld tegen en kennen elkaar van gezicht of naam.',
      en: 'People meet regularly and know each other by face or name.',
    },
  },
  {
    id: 'lasting',
    label: { nl: 'Blijvende band', en: 'Lasting ties' },
    definition: {
      nl: 'Er ontstaan vriendschappen of banden die ook buiten de activiteit blijven bestaan.',
      en: 'Friendships or ties arise that last beyond the activity itself.',
    },
  },
]);

/** What taking part costs. */
export const tariffs = terms([
  {
    id: 'free',
    label: { nl: 'Gratis', en: 'Free' },
    definition: {
      nl: 'Meedoen kost niets.',
      en: 'Taking part costs nothing.',
    },
  },
  {
    id: 'social',
    label: { nl: 'Sociaal tarief', en: 'Social rate' },
    definition: {
      nl: 'Een lage of naar inkomen aangepaste prijs, zodat geld geen drempel is.',
      en: 'A low or income-related price, so that money is no barrier.',
    },
  },
  {
    id: 'commercial',
    label: { nl: 'Commercieel tarief', en: 'Commercial rate' },
    definition: {
      nl: 'Een gewone marktprijs, zoals in een winkel of café.',
      en: 'An ordinary market price, as in a shop or café.',
    },
  },
  {
    id: 'mixed',
    label: { nl: 'Wisselend tarief', en: 'Mixed rates' },
    definition: {
      nl: 'Het tarief verschilt per groep gebruikers: commercieel, sociaal of gratis.',
      en: 'The price differs per group of users: commercial, social or free.',
    },
  },
]);

/**
 * What a source is: a publication about the initiative, or the initiators' own account (what a practitioner
 * submits through the CMS or the Meedoen form; its label is also the title such a source gets).
 */
export const sourceKinds = terms([
  {
    id: 'publication',
    label: { nl: 'Publicatie', en: 'Publication' },
    definition: {
      nl: 'Een artikel, rapport, boek of webpagina die over het initiatief schrijft.',
      en: 'An article, report, book or web page that writes about the initiative.',
    },
  },
  {
    id: 'own-account',
    label: { nl: 'Opgave van de initiatiefnemers', en: 'Account by the initiators' },
    definition: {
      nl: 'Wat de mensen achter het initiatief er zelf over vertellen, met de datum waarop ze dat deden; de redactie kan het later nagaan.',
      en: 'What the people behind the initiative tell about it themselves, with the date they did; the editors can check it later.',
    },
  },
]);

/** Whether an initiative is meant to last. */
export const permanences = terms([
  {
    id: 'permanent',
    label: { nl: 'Blijvend', en: 'Permanent' },
    definition: {
      nl: 'Het initiatief is bedoeld om te blijven, zonder einddatum.',
      en: 'The initiative is meant to stay, with no end date.',
    },
  },
  {
    id: 'temporary',
    label: { nl: 'Tijdelijk (pop-up)', en: 'Temporary (pop-up)' },
    definition: {
      nl: 'Het initiatief bestaat voor een bepaalde tijd, bijvoorbeeld in een leegstaand pand: een pop-up voorziening.',
      en: 'The initiative exists for a set time, for example in an empty building: a pop-up facility.',
    },
  },
]);

/** Where an initiative stands today, each mapped onto an HSDS status (`hsds`). */
export const statuses = statusTerms([
  {
    id: 'active',
    hsds: 'active',
    label: { nl: 'Actief', en: 'Active' },
    definition: {
      nl: 'Het initiatief liep toen de bron erover schreef; “laatst gecontroleerd” zegt wanneer de redactie dat naging.',
      en: 'The initiative was running when the source described it; “last checked” says when the editors verified that.',
    },
  },
  {
    id: 'paused',
    hsds: 'temporarily closed',
    label: { nl: 'Tijdelijk stil', en: 'Paused' },
    definition: {
      nl: 'Het initiatief ligt een tijd stil, bijvoorbeeld tijdens een verbouwing of op zoek naar vrijwilligers, en wil weer beginnen.',
      en: 'The initiative has stopped for a while, for example during building work or while it looks for volunteers, and means to start again.',
    },
  },
  {
    id: 'ended',
    hsds: 'defunct',
    label: { nl: 'Beëindigd', en: 'Ended' },
    definition: {
      nl: 'Het initiatief is gestopt; de ervaring blijft leerzaam.',
      en: 'The initiative has stopped; what it learned is still worth reading.',
    },
  },
  {
    id: 'planned',
    hsds: 'inactive',
    label: { nl: 'Gepland', en: 'Planned' },
    definition: {
      nl: 'Het initiatief is in voorbereiding en nog niet begonnen.',
      en: 'The initiative is being prepared and has not started yet.',
    },
  },
]);

/**
 * Whether a place exists: the atlas also records places that disappeared and places residents miss (Brummel &
 * Smits). A missed place maps onto no HSDS status: HSDS describes services that exist or existed, and a wish is
 * neither (its `hsdsStatus` is empty in the exports).
 */
export const placeStatuses = statusTerms([
  {
    id: 'active',
    hsds: 'active',
    label: { nl: 'Bestaat', en: 'Exists' },
    definition: {
      nl: 'De plek bestond toen de bron erover schreef en mensen ontmoetten elkaar er; “laatst gecontroleerd” zegt wanneer de redactie dat naging.',
      en: 'The place existed when the source wrote about it and people met there; “last checked” says when the editors verified it.',
    },
  },
  {
    id: 'disappeared',
    hsds: 'defunct',
    label: { nl: 'Verdwenen', en: 'Disappeared' },
    definition: {
      nl: 'De plek bestond en is gesloten of verdwenen; wat er aan contact ontstond, moest ergens anders heen.',
      en: 'The place existed and has closed or gone; the contact that arose there had to go elsewhere.',
    },
  },
  {
    id: 'missed',
    hsds: null,
    label: { nl: 'Gemist', en: 'Missed' },
    definition: {
      nl: 'Een plek die bewoners missen of wensen: er is (nog) geen plek waar deze ontmoeting kan ontstaan.',
      en: 'A place residents miss or wish for: there is no place (yet) where this kind of meeting can happen.',
    },
  },
]);

/**
 * How the facts of an entry were last checked (after HSDS's `assured_date`, kept apart from when the entry last
 * changed): who was asked or what was read or seen.
 */
export const verificationMethods = terms([
  {
    id: 'contact',
    label: { nl: 'Contact met de organisatie', en: 'Contact with the organisation' },
    definition: {
      nl: 'Iemand van het initiatief of de plek heeft per mail, telefoon of gesprek bevestigd dat de gegevens kloppen.',
      en: 'Someone from the initiative or the place confirmed by e-mail, phone or in person that the facts are right.',
    },
  },
  {
    id: 'source',
    label: { nl: 'Bron opnieuw gelezen', en: 'Source re-read' },
    definition: {
      nl: 'De gegevens zijn opnieuw naast de genoemde bronnen gelegd, zonder contact met de organisatie.',
      en: 'The facts were checked again against the sources named, without contact with the organisation.',
    },
  },
  {
    id: 'visit',
    label: { nl: 'Bezoek', en: 'Visit' },
    definition: {
      nl: 'Iemand is zelf ter plekke gaan kijken en heeft gezien dat de gegevens kloppen.',
      en: 'Someone went to see for themselves and found the facts to be right.',
    },
  },
]);

/** Who last checked the facts: a role, never a person's name. */
export const verifiers = terms([
  {
    id: 'editors',
    label: { nl: 'Redactie', en: 'Editors' },
    definition: {
      nl: 'De redactie van Buurtpodium, die bijdragen nakijkt en publiceert.',
      en: 'Buurtpodium’s editors, who review and publish contributions.',
    },
  },
  {
    id: 'initiator',
    label: { nl: 'Initiatiefnemer', en: 'Initiator' },
    definition: {
      nl: 'De mensen of de organisatie achter het initiatief of de plek zelf.',
      en: 'The people or the organisation behind the initiative or the place itself.',
    },
  },
  {
    id: 'partner',
    label: { nl: 'Lokale partner', en: 'Local partner' },
    definition: {
      nl: 'Een organisatie die het initiatief of de plek van dichtbij kent, zoals een welzijnsorganisatie of de gemeente.',
      en: 'An organisation that knows the initiative or the place at first hand, such as a welfare organisation or the municipality.',
    },
  },
]);

/** What makes a place or activity low-threshold. */
export const thresholdFeatures = terms([
  {
    id: 'free-entry',
    label: { nl: 'Vrije toegang', en: 'Free entry' },
    definition: {
      nl: 'Je mag binnenkomen zonder te betalen of iets te kopen.',
      en: 'You may come in without paying or buying anything.',
    },
  },
  {
    id: 'no-registration',
    label: { nl: 'Geen aanmelding nodig', en: 'No registration' },
    definition: {
      nl: 'Je hoeft je niet vooraf aan te melden of een indicatie te hebben.',
      en: 'You need not sign up in advance or have a referral.',
    },
  },
  {
    id: 'walk-in',
    label: { nl: 'Inloopuren', en: 'Walk-in hours' },
    definition: {
      nl: 'Er zijn vaste tijden waarop je zonder afspraak kunt binnenlopen.',
      en: 'There are set hours when you can drop in without an appointment.',
    },
  },
  {
    id: 'wheelchair-access',
    label: { nl: 'Rolstoeltoegankelijk', en: 'Wheelchair access' },
    definition: {
      nl: 'De plek is zonder drempels bereikbaar en bruikbaar met een rolstoel.',
      en: 'The place can be reached and used in a wheelchair, without steps.',
    },
  },
  {
    id: 'multilingual',
    label: { nl: 'Meertalig', en: 'Several languages' },
    definition: {
      nl: 'Er wordt meer dan één taal gesproken of gelezen, zodat ook anderstaligen meedoen.',
      en: 'More than one language is spoken or read, so that speakers of other languages can join in.',
    },
  },
  {
    id: 'welcoming-host',
    label: { nl: 'Gastvrije gastheer of -vrouw', en: 'A welcoming host' },
    definition: {
      nl: 'Een eigenaar, medewerker of vrijwilliger heet mensen welkom en legt verbindingen tussen bezoekers.',
      en: 'An owner, staff member or volunteer welcomes people and connects visitors with each other.',
    },
  },
]);

/** The languages content and interface can be in. The first is the default. */
export const languages = terms([
  {
    id: 'nl',
    label: { nl: 'Nederlands', en: 'Dutch' },
    definition: {
      nl: 'De hoofdtaal van Buurtpodium en van de meeste bijdragen.',
      en: 'The main language of Buurtpodium and of most entries.',
    },
  },
  {
    id: 'en',
    label: { nl: 'Engels', en: 'English' },
    definition: {
      nl: 'De tweede taal van de interface, voor lezers buiten Nederland.',
      en: 'The second language of the interface, for readers outside the Netherlands.',
    },
  },
]);

/** Who curates a collection: the kind of organisation behind a curated set of examples. */
export const curatorKinds = terms([
  {
    id: 'municipality',
    label: { nl: 'Gemeente', en: 'Municipality' },
    definition: {
      nl: 'Een gemeente die inwoners en professionals wijst op voorbeelden die bij haar beleid passen.',
      en: 'A municipality pointing its residents and professionals at examples that fit its policy.',
    },
  },
  {
    id: 'organisation',
    label: { nl: 'Organisatie', en: 'Organisation' },
    definition: {
      nl: 'Een welzijnsorganisatie, kennisinstituut, fonds of ander platform dat een selectie deelt.',
      en: 'A welfare organisation, knowledge institute, fund or other platform that shares a selection.',
    },
  },
  {
    id: 'editorial',
    label: { nl: 'Redactie Buurtpodium', en: 'Buurtpodium editors' },
    definition: {
      nl: 'De redactie van Buurtpodium zelf, die voorbeelden rond een vraag bij elkaar zet.',
      en: 'Buurtpodium’s own editors, bringing examples together around one question.',
    },
  },
]);

/** Every vocabulary by a stable key, for code that walks them all (schema, tests, about page, CMS). */
export const vocabularies = {
  strategy: strategies,
  entryKind: entryKinds,
  actorType: actorTypes,
  placeType: placeTypes,
  targetGroup: targetGroups,
  theme: themes,
  contactIntensity: contactIntensities,
  tariff: tariffs,
  permanence: permanences,
  status: statuses,
  placeStatus: placeStatuses,
  verificationMethod: verificationMethods,
  verifier: verifiers,
  sourceKind: sourceKinds,
  thresholdFeature: thresholdFeatures,
  lang: languages,
  curatorKind: curatorKinds,
} as const;

export type VocabularyName = keyof typeof vocabularies;
export type TermId<V extends VocabularyName> = (typeof vocabularies)[V][number]['id'];

/** The ids of a vocabulary as a non-empty tuple, as `z.enum` wants them. */
export function idsOf<V extends VocabularyName>(name: V): [TermId<V>, ...TermId<V>[]] {
  return vocabularies[name].map((term) => term.id) as [TermId<V>, ...TermId<V>[]];
}

const termIndex = new Map<VocabularyName, Map<string, Term>>(
  (Object.keys(vocabularies) as VocabularyName[]).map((name) => [
    name,
    new Map<string, Term>(vocabularies[name].map((term) => [term.id, term])),
  ]),
);

/** The term with this id in a vocabulary, or undefined. */
export function findTerm(name: VocabularyName, id: string): Term | undefined {
  return termIndex.get(name)?.get(id);
}

/** The HSDS status of an initiative's (`status`) or a place's (`placeStatus`) status; null when HSDS has none. */
export function hsdsStatusOf(name: 'status' | 'placeStatus', id: string): HsdsStatus | null {
  const list: readonly StatusTerm[] = name === 'status' ? statuses : placeStatuses;
  return list.find((term) => term.id === id)?.hsds ?? null;
}

/** The label of a term in a language; unknown ids come back as they are. */
export function labelOf(name: VocabularyName, id: string, lang: Lang): string {
  return findTerm(name, id)?.label[lang] ?? id;
}
