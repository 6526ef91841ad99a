/** The list page's script, as components/InitiativeBrowser.astro loads it. */
import { enhance } from './browser.ts';

const root = document.querySelector<HTMLElement>('[data-browser]');
if (root) void enhance(root);
