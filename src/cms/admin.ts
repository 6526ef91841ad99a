/**
 * The /admin entry script: Decap CMS, bundled from npm by Vite (no CDN), with
 * the configuration the /admin page built from the schema (src/cms/config.ts),
 * Dutch phrases, the site's styles in the preview, and the save check.
 * Only src/pages/admin/index.astro loads this script.
 */
import CMS from 'decap-cms-app';
import { nl } from 'decap-cms-locales';
import type { CmsConfig } from 'decap-cms-core';
import tokens from '../styles/tokens.css?raw';
import base from '../styles/base.css?raw';
import previewStyles from './preview.css?raw';
import { PARTIAL_DATE_WIDGET } from './config.ts';
import { emptyPaths, type Path } from './entry-data.ts';
import { localBackendOverride } from './local-backend.ts';
import { PartialDateControl, PartialDatePreview } from './partial-date-widget.ts';
import { InitiativePreview, PlacePreview } from './preview.ts';
import { saveChecks } from './save-check.ts';

/** The slice of Immutable's Map that the save hook uses (Decap hands the entry's data over as one). */
interface DataMap {
  toJS(): Record<string, unknown>;
  deleteIn(path: Path): DataMap;
}

function readConfig(): CmsConfig {
  const element = document.getElementById('cms-config');
  if (!element?.textContent)
    throw new Error('The /admin page has no #cms-config: it must be built by src/pages/admin/index.astro');
  const config = JSON.parse(element.textContent) as CmsConfig;
  // On this machine only: `?local_backend=<port>` points /admin at another local decap-server (tests, a second checkout).
  const override = localBackendOverride(location.search, location.hostname);
  return override ? { ...config, local_backend: { url: override } } : config;
}

CMS.registerLocale('nl', nl);
CMS.registerWidget(PARTIAL_DATE_WIDGET, PartialDateControl, PartialDatePreview);
CMS.registerPreviewStyle(`${tokens}\n${base}\n${previewStyles}`, { raw: true });
CMS.registerPreviewTemplate('initiatives', InitiativePreview);
CMS.registerPreviewTemplate('places', PlacePreview);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    let data = entry.get('data') as DataMap;
    // Drop what Decap leaves behind for fields left empty, so the file holds only what was filled in.
    for (const path of emptyPaths(data.toJS())) data = data.deleteIn(path);
    const check = saveChecks[String(entry.get('collection'))];
    if (!check)
      throw new Error(`No save check for the collection "${String(entry.get('collection'))}": add one to saveChecks`);
    const problems = check(data.toJS());
    if (problems.length > 0) throw new Error(problems.join(' · '));
    return data;
  },
});
CMS.init({ config: readConfig() });
