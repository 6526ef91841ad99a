/**
 * The /admin entry script: Decap CMS, bundled from npm by Vite (no CDN), with
 * the configuration the /admin page built from the schema (src/cms/config.ts),
 * Dutch phrases, the site's styles in the preview, and the save check.
 * Only src/pages/admin/index.astro loads this script.
 */
import CMS from 'decap-cms-app';
import { nl } from 'decap-cms-locales';
import type { CmsConfig, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import tokens from '../styles/tokens.css?raw';
import base from '../styles/base.css?raw';
import previewStyles from './preview.css?raw';
import { bodySections, pendingFields } from '../schema/initiative.ts';
import { placeBodySections } from '../schema/place.ts';
import {
  COUNTED_STRING_WIDGET,
  COUNTED_TEXT_WIDGET,
  OWN_ACCOUNT_TITLE,
  OWN_ACCOUNT_TITLE_EN,
  PARTIAL_DATE_WIDGET,
  PRIVATE_CONTACT_FIELD,
} from './config.ts';
import { withCounter } from './counted-widget.ts';
import { emptyPaths, localizeHeadings, prepareInitiative, type Path } from './entry-data.ts';
import { clearFieldProblems, fieldProblemStyles, nameEditorSwitches, showSaveProblems } from './field-problems.ts';
import { keepThroughReloads } from './dev-reload.ts';
import { dutchPhrases } from './locale-nl.ts';
import { keepPrivateContact } from './private-contact-store.ts';
import { entryFileName } from '../lib/core/entry-file.ts';
import { localBackendOverride } from './local-backend.ts';
import { PartialDateControl, PartialDatePreview } from './partial-date-widget.ts';
import { InitiativePreview, PlacePreview } from './preview.ts';
import { saveChecks } from './save-check.ts';

/** The slice of Immutable's Map that the save hook uses (Decap hands the entry's data over as one). */
interface DataMap {
  toJS(): Record<string, unknown>;
  deleteIn(path: Path): DataMap;
  set(key: string, value: unknown): DataMap;
  delete(key: string): DataMap;
}

/** An error whose text is the message alone: Decap's toast would otherwise start with "Error:". */
function refusal(message: string): Error {
  const error = new Error(message);
  error.toString = () => message;
  return error;
}

const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

function readConfig(): CmsConfig {
  const element = document.getElementById('cms-config');
  if (!element?.textContent)
    throw new Error('The /admin page has no #cms-config: it must be built by src/pages/admin/index.astro');
  const config = JSON.parse(element.textContent) as CmsConfig;
  // On this machine only: `?local_backend=<port>` points /admin at another local decap-server (tests, a second
  // checkout).
  const override = localBackendOverride(location.search, location.hostname);
  // Against a local server, "Bekijk live" opens this machine's site, not the published one.
  return override
    ? { ...config, local_backend: { url: override }, site_url: location.origin, display_url: location.origin }
    : config;
}

// `npm start`: no white reload of /admin after a save (dev-reload.ts); `import.meta.hot` is absent in a build.
keepThroughReloads(import.meta.hot);
CMS.registerLocale('nl', dutchPhrases(nl));
CMS.registerWidget(PARTIAL_DATE_WIDGET, PartialDateControl, PartialDatePreview);
for (const [name, base] of [
  [COUNTED_STRING_WIDGET, 'string'],
  [COUNTED_TEXT_WIDGET, 'text'],
] as const) {
  // Decap's types call the parts props; they are the components.
  const widget = CMS.getWidget(base) as unknown as {
    control: ComponentType<CmsWidgetControlProps>;
    preview?: ComponentType<CmsWidgetPreviewProps>;
  };
  CMS.registerWidget(name, withCounter(widget.control), widget.preview);
}
// A refused save is answered at the fields and in a toast; Decap also leaves its failure action as an
// unhandled rejection, which would be reported as an uncaught error.
addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as { type?: unknown } | undefined;
  if (reason?.type === 'ENTRY_PERSIST_FAILURE') event.preventDefault();
});
const style = document.createElement('style');
style.textContent = fieldProblemStyles;
document.head.append(style);
// Decap re-renders its form often: give the body's switch its name whenever it appears.
new MutationObserver(() => {
  nameEditorSwitches(document);
}).observe(document.body, { childList: true, subtree: true });
CMS.registerPreviewStyle(`${tokens}\n${base}\n${previewStyles}`, { raw: true });
CMS.registerPreviewTemplate('initiatives', InitiativePreview);
CMS.registerPreviewTemplate('places', PlacePreview);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    let data = entry.get('data') as DataMap;
    // Contact details for the editors only: taken out here, so they never reach the file (private-contact-store.ts).
    const privateContact = data.toJS()[PRIVATE_CONTACT_FIELD];
    pendingPrivateContact =
      typeof privateContact === 'string' && privateContact.trim() !== '' ? privateContact : undefined;
    data = data.delete(PRIVATE_CONTACT_FIELD);
    // Drop what Decap leaves behind for fields left empty, so the file holds only what was filled in.
    for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
    if (collection === 'initiatives') {
      const { set } = prepareInitiative(data.toJS(), today(), {
        pendingFields,
        sections: bodySections,
        ownAccountTitle: { nl: OWN_ACCOUNT_TITLE, en: OWN_ACCOUNT_TITLE_EN },
      });
      for (const [key, value] of Object.entries(set)) data = data.set(key, value);
    } else if (collection === 'places') {
      const { body, lang } = data.toJS();
      if (typeof body === 'string')
        data = data.set('body', localizeHeadings(body, lang === 'en' ? 'en' : 'nl', placeBodySections));
    }
    const check = saveChecks[collection];
    if (!check) throw new Error(`No save check for the collection "${collection}": add one to saveChecks`);
    const problems = check(data.toJS());
    if (problems.length > 0) {
      // At their fields (and in the preview's list), and a short toast that does not cover them.
      showSaveProblems(collection, data.toJS());
      throw refusal(
        `Niet opgeslagen: ${problems.length === 1 ? '1 punt' : `${String(problems.length)} punten`} om te verbeteren. ${problems.join(' · ')}`,
      );
    }
    clearFieldProblems();
    return data;
  },
});

/** The slug of a saved entry: Decap's, or its file name, or (a new entry) its title as Decap turns it into one. */
function slugOfSaved(slug: unknown, path: unknown, title: string): string {
  if (typeof slug === 'string' && slug !== '') return slug;
  const name = typeof path === 'string' ? (path.split('/').pop() ?? '') : '';
  return (name || entryFileName(title)).replace(/\.\w+$/, '');
}

/** The contact for the editors taken out of the entry being saved, kept once Decap says where it was saved. */
let pendingPrivateContact: string | undefined;
CMS.registerEventListener({
  name: 'postSave',
  handler: async ({ entry }) => {
    const contact = pendingPrivateContact;
    pendingPrivateContact = undefined;
    if (!contact) return;
    const config = readConfig();
    const title = ((entry.get('data') as DataMap).toJS().title as string | undefined) ?? '';
    await keepPrivateContact({
      collection: String(entry.get('collection')),
      // A new entry has no slug yet when Decap reports it saved: Decap names the file after the title, as this does.
      slug: slugOfSaved(entry.get('slug'), entry.get('path'), title),
      title,
      contact,
      localBackendUrl: typeof config.local_backend === 'object' ? config.local_backend.url : undefined,
      editorialEmail: document.getElementById('cms-config')?.dataset.editorialEmail,
    });
  },
});
CMS.init({ config: readConfig() });
