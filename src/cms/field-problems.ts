/**
 * What Decap cannot show at a field by itself: the save check's problems (the schema across fields, the body
 * checks, contact details) next to the field they belong to, in Dutch, with `aria-invalid` and
 * `aria-describedby` on the control; the alt text labelled required once an image is chosen; and a name for the
 * rich-text/Markdown switch. Decap draws each field as a container with a `<label for="<name>-field-<n>">`; a
 * path (`['sources', 0, 'title']`) is followed through those labels, container by container.
 */
import { saveProblemLists } from './save-check.ts';

const PROBLEM_CLASS = 'bp-field-problem';
const MARKED = 'data-bp-invalid';

/** The container of the field a label belongs to (Decap: container > top bar > label). */
const containerOf = (label: Element): Element | null => label.parentElement?.parentElement ?? null;

/** The container of the field around `element`, if any: the nearest ancestor holding a field label of its own. */
function ownerOf(element: Element, root: Element): Element | null {
  for (let node = containerOf(element)?.parentElement; node && node !== root; node = node.parentElement) {
    if (node.querySelector(':scope > * > label[for*="-field-"]')) return node;
  }
  return null;
}

/** The label of the field at `path` under `root`, or the nearest one on its path that is on screen. */
export function labelAt(root: Element, path: readonly (string | number)[]): HTMLLabelElement | undefined {
  let owner: Element | null = null;
  let label: HTMLLabelElement | undefined;
  let index = 0;
  for (const key of path) {
    if (typeof key === 'number') {
      // A list's item fields are found under the list by the item's position.
      index = key;
      continue;
    }
    const candidates = [...root.querySelectorAll<HTMLLabelElement>(`label[for^="${CSS.escape(key)}-field-"]`)].filter(
      (candidate) => ownerOf(candidate, root) === owner,
    );
    const next = candidates[index];
    index = 0;
    if (!next) return label;
    label = next;
    owner = containerOf(next);
  }
  return label;
}

/** Remove what the last pass added. */
function clear(root: ParentNode): void {
  for (const node of root.querySelectorAll(`.${PROBLEM_CLASS}`)) node.remove();
  for (const control of root.querySelectorAll(`[${MARKED}]`)) {
    control.removeAttribute('aria-invalid');
    const describedBy = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.startsWith('bp-problem-'))
      .join(' ');
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    else control.removeAttribute('aria-describedby');
    control.removeAttribute(MARKED);
  }
}

/**
 * Show each problem at its field (a problem whose field is not on screen is shown at the nearest field of its
 * path that is). Replaces what a previous call showed; an empty list clears it.
 */
export function showFieldProblems(
  root: Element,
  problems: readonly { path: readonly (string | number)[]; message: string }[],
): number {
  clear(root);
  const byLabel = new Map<HTMLLabelElement, string[]>();
  for (const problem of problems) {
    const label = labelAt(root, problem.path);
    if (!label) continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), problem.message]);
  }
  let n = 0;
  for (const [label, messages] of byLabel) {
    const id = `bp-problem-${String(n++)}`;
    const list = document.createElement('ul');
    list.className = PROBLEM_CLASS;
    list.id = id;
    list.setAttribute('lang', 'nl');
    for (const message of messages) {
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    }
    // Under the label's bar, above the control: Decap lays the bar out in a row.
    (label.parentElement ?? label).insertAdjacentElement('afterend', list);
    const control = document.getElementById(label.htmlFor);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
      control.setAttribute(MARKED, '');
    }
  }
  return byLabel.size;
}

/** Label the alt text required while an image is chosen (Decap can only call it optional: decap-cms#7748). */
export function markAltRequired(root: Element, imageChosen: boolean): void {
  const label = labelAt(root, ['image', 'alt']);
  const suffix = label?.querySelector('span');
  if (!suffix) return;
  const text = imageChosen ? ' (verplicht bij een afbeelding)' : ' (optioneel)';
  if (suffix.textContent !== text) suffix.textContent = text;
}

/** Give the rich-text/Markdown switch of the body a name (Decap's switch drops the one it is given). */
export function nameEditorSwitches(root: ParentNode): void {
  for (const toggle of root.querySelectorAll('button[role="switch"]:not([aria-label])')) {
    if (toggle.id && document.querySelector(`label[for="${CSS.escape(toggle.id)}"]`)) continue;
    toggle.setAttribute('aria-label', 'Markdown in plaats van opgemaakte tekst');
  }
}

/** The styles of the messages, in Decap's error colour. */
export const fieldProblemStyles = `
.${PROBLEM_CLASS} { margin: 0.25rem 0 0.25rem; padding: 0 0 0 1.1rem; color: #d60032; font-size: 0.85rem; font-weight: 600; list-style: disc; }
.${PROBLEM_CLASS} li + li { margin-top: 0.15rem; }
`;

/** The editor's form (Decap's control pane), where problems are shown at their fields. */
const controlPane = (): Element | null =>
  document.querySelector('[class*="ControlPaneContainer"]') ?? document.querySelector('main') ?? document.body;

/** After a refused save, the problems stay at their fields and follow the changes (the preview calls refreshFields). */
let showingProblems: string | undefined;

/** Show the save check's problems of an entry of `collection` at their fields, and keep them current. */
export function showSaveProblems(collection: string, data: Record<string, unknown>): void {
  showingProblems = collection;
  refreshFields(collection, data);
}

/** Take the problems away (the entry was saved). */
export function clearFieldProblems(): void {
  showingProblems = undefined;
  const root = controlPane();
  if (root) showFieldProblems(root, []);
}

/** Bring the fields up to date with the entry as it is now: the problems (after a refused save), the alt text. */
export function refreshFields(collection: string, data: Record<string, unknown>): void {
  const root = controlPane();
  if (!root) return;
  const image = data.image as { src?: unknown } | undefined;
  markAltRequired(root, typeof image?.src === 'string' && image.src.trim() !== '');
  if (showingProblems !== collection) return;
  const list = saveProblemLists[collection];
  if (list) showFieldProblems(root, list(data));
}
