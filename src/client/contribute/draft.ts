/**
 * The Meedoen form's draft: every field but the submitter's own details, stored on each change (localStorage,
 * this browser only), put back on the next visit with a notice, removed by "Concept wissen" or once the e-mail or
 * the file is taken. Without storage (private mode, refused) the form works as before.
 */

/** Where the draft is kept: one per browser (and site), whichever language the page is in. */
export const DRAFT_KEY = 'buurtpodium:meedoen:concept';

/** How long after the last change the draft is stored (ms). */
export const DRAFT_DELAY = 300;

/** Whether a field is kept in the draft: the submitter's own details are not (a shared computer). */
export const keptInDraft = (name: string): boolean => !name.startsWith('submitter.');

/** The form's values as the draft stores them: [name, value] pairs, the submitter's details left out. */
export function draftValues(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form)].filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string' && keptInDraft(pair[0]),
  );
}

/** A stored draft read back as values per field name; anything unreadable counts as no draft. */
export function parseDraft(text: string | null): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  let draft: unknown;
  try {
    draft = JSON.parse(text ?? 'null');
  } catch {
    return byName;
  }
  if (!Array.isArray(draft)) return byName;
  for (const pair of draft) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') continue;
    byName.set(pair[0], [...(byName.get(pair[0]) ?? []), pair[1]]);
  }
  return byName;
}

/** Put the draft's values into the form; opens "Meer vertellen" when something there was filled in. */
export function restoreDraft(form: HTMLFormElement, byName: ReadonlyMap<string, readonly string[]>): void {
  for (const element of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input[name], textarea[name], select[name]',
  )) {
    const values = byName.get(element.name);
    if (!values || !keptInDraft(element.name)) continue;
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio'))
      element.checked = values.includes(element.value);
    else element.value = values[0] ?? '';
  }
  const more = form.querySelector<HTMLDetailsElement>('[data-more]');
  const inMore = [...(more?.querySelectorAll<HTMLInputElement>('[name]') ?? [])].some((element) =>
    byName.has(element.name),
  );
  if (more && inMore) more.open = true;
}

/** The notice's parts (data-draft-…). */
interface Notice {
  box: HTMLElement;
  restored: HTMLElement;
  saved: HTMLElement;
  cleared: HTMLElement;
  button: HTMLButtonElement;
}

function noticeOf(form: HTMLFormElement): Notice | undefined {
  const box = form.querySelector<HTMLElement>('[data-draft-box]');
  const restored = form.querySelector<HTMLElement>('[data-draft-restored]');
  const saved = form.querySelector<HTMLElement>('[data-draft-saved]');
  const cleared = form.querySelector<HTMLElement>('[data-draft-cleared]');
  const button = form.querySelector<HTMLButtonElement>('[data-draft-clear]');
  return box && restored && saved && cleared && button ? { box, restored, saved, cleared, button } : undefined;
}

/** This browser's storage, or undefined where it is refused (private mode, blocked). */
function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The title field tells "Bestaat dit al?" to look again (after a restore or a clear). */
const retitle = (form: HTMLFormElement) =>
  form.querySelector('[name="title"]')?.dispatchEvent(new Event('input', { bubbles: true }));

/** Keep the form's draft in `storage`; `onClear` runs when the submitter clears it. */
export function keepDraft(
  form: HTMLFormElement,
  onClear: () => void,
  storage: Storage | undefined = localStorageOrNone(),
): void {
  const notice = noticeOf(form);
  if (!notice || !storage) return;
  // The form as it loads (the language and source kind are checked): nothing to keep.
  const untouched = JSON.stringify(draftValues(form));
  const remove = () => {
    storage.removeItem(DRAFT_KEY);
  };
  const save = () => {
    const values = JSON.stringify(draftValues(form));
    if (values === untouched) {
      remove();
      return;
    }
    try {
      storage.setItem(DRAFT_KEY, values);
    } catch {
      return; // Full or refused: no draft.
    }
    notice.box.hidden = false;
    notice.cleared.hidden = true;
  };

  const draft = parseDraft(storage.getItem(DRAFT_KEY));
  if (draft.size > 0) {
    restoreDraft(form, draft);
    notice.restored.hidden = false;
    notice.saved.hidden = true;
    notice.box.hidden = false;
    retitle(form);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, DRAFT_DELAY);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  notice.button.addEventListener('click', () => {
    clearTimeout(timer);
    remove();
    form.reset();
    onClear();
    retitle(form);
    notice.box.hidden = true;
    notice.restored.hidden = true;
    notice.saved.hidden = false;
    notice.cleared.hidden = false;
    form.querySelector<HTMLElement>('[name="title"]')?.focus();
  });
  // Taking the e-mail or the file is sending it: the draft has done its work.
  form.querySelector('[data-result-links]')?.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('a')) return;
    clearTimeout(timer);
    remove();
    notice.box.hidden = true;
  });
}
