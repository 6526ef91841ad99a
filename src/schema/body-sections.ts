/**
 * The headings (level 2) suggested for the body of an initiative and of a place, in both languages: the CMS's
 * template, the Meedoen form's sections and the check that drops a heading left empty read them. Data, kept apart
 * from the schemas that re-export them.
 */

/** The body sections suggested for every entry, in both languages (headings of level 2). */
export const bodySections = [
  { id: 'aanleiding', nl: 'Aanleiding', en: 'Background' },
  { id: 'aanpak', nl: 'Aanpak', en: 'Approach' },
  { id: 'wie-ontmoeten-elkaar', nl: 'Wie ontmoeten elkaar', en: 'Who meets whom' },
  { id: 'wat-werkt', nl: 'Wat werkt', en: 'What works' },
  { id: 'valkuilen', nl: 'Valkuilen', en: 'Pitfalls' },
  { id: 'meer-weten', nl: 'Meer weten', en: 'Find out more' },
] as const;

/** The body sections suggested for every place, in both languages (headings of level 2). */
export const placeBodySections = [
  { id: 'wat-voor-plek', nl: 'Wat voor plek', en: 'What kind of place' },
  { id: 'wie-komen-er', nl: 'Wie komen er', en: 'Who comes' },
  { id: 'welk-contact-ontstaat', nl: 'Welk contact ontstaat', en: 'What contact arises' },
  { id: 'drempels', nl: 'Drempels', en: 'Thresholds' },
  { id: 'meer-weten', nl: 'Meer weten', en: 'Find out more' },
] as const;
