// @vitest-environment happy-dom
/**
 * The Meedoen form's script (src/client/contribute/): the draft (kept without the submitter's details, restored,
 * cleared), problems at their fields and in the summary, the source row shown only for a publication, and a valid
 * form turned into the e-mail and file links. On a small form with the page's data attributes.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DRAFT_DELAY, DRAFT_KEY, draftValues, keepDraft, parseDraft } from '../../src/client/contribute/draft.ts';
import { enhanceContribute, showPublicationSource, today } from '../../src/client/contribute/enhance.ts';
import { ProblemDisplay } from '../../src/client/contribute/problems.ts';

function page(): HTMLFormElement {
  document.documentElement.lang = 'nl';
  document.body.innerHTML = `
    <p data-contribute-fallback>Mail ons.</p>
    <form data-contribute-form data-editorial-email="redactie@example.org" hidden>
      <div data-draft role="status">
        <div data-draft-box hidden><span data-draft-restored hidden>Hersteld</span><span data-draft-saved>Bewaard</span>
          <button type="button" data-draft-clear>Concept wissen</button></div>
        <p data-draft-cleared hidden>Gewist</p>
      </div>
      <section data-error-summary tabindex="-1" hidden><ul data-error-list></ul></section>
      <input id="f-title" name="title">
      <p id="f-title-error" data-error-for="title" hidden></p>
      <fieldset class="choice-field" id="f-strategy" data-describedby="f-strategy-hint">
        <legend>Strategie</legend>
        <input type="radio" id="f-strategy-0" name="strategy" value="bonding">
        <input type="radio" id="f-strategy-1" name="strategy" value="bridging">
        <p id="f-strategy-error" data-error-for="strategy" hidden></p>
      </fieldset>
      <input type="radio" name="sourceKind" value="publication">
      <input type="radio" name="sourceKind" value="own-account" checked>
      <div data-publication-source><input id="f-sources-0-title" name="sources.0.title"></div>
      <details data-more><summary>Meer</summary>
        <textarea id="f-body-aanpak" name="body.aanpak"></textarea>
        <p id="f-body-aanpak-error" data-error-for="body.aanpak" hidden></p>
      </details>
      <input id="f-submitter-name" name="submitter.name">
      <section data-result tabindex="-1" hidden><ul data-result-links></ul><pre data-result-text></pre></section>
    </form>`;
  const form = document.querySelector<HTMLFormElement>('form');
  if (!form) throw new Error('fixture');
  return form;
}

const input = (form: HTMLFormElement, name: string) => {
  const element = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!element) throw new Error(name);
  return element;
};

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the draft', () => {
  test('keeps every field but the submitter’s own details, restores them and opens “Meer vertellen”', () => {
    let form = page();
    keepDraft(form, () => undefined, localStorage);
    input(form, 'title').value = 'Repair café';
    input(form, 'body.aanpak').value = 'Elke eerste zaterdag.';
    input(form, 'submitter.name').value = 'Jan Jansen';
    form.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(DRAFT_DELAY);
    const stored = localStorage.getItem(DRAFT_KEY) ?? '';
    expect(stored).toContain('Elke eerste zaterdag.');
    expect(stored).not.toContain('Jansen');

    form = page();
    keepDraft(form, () => undefined, localStorage);
    expect(input(form, 'title').value).toBe('Repair café');
    expect(form.querySelector<HTMLDetailsElement>('[data-more]')?.open).toBe(true);
    expect(form.querySelector<HTMLElement>('[data-draft-restored]')?.hidden).toBe(false);
  });

  test('the untouched form stores nothing; “Concept wissen” empties the form and the draft', () => {
    const form = page();
    const cleared = vi.fn();
    keepDraft(form, cleared, localStorage);
    form.dispatchEvent(new Event('change'));
    vi.advanceTimersByTime(DRAFT_DELAY);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    input(form, 'title').value = 'Iets';
    form.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(DRAFT_DELAY);
    expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull();
    form.querySelector<HTMLButtonElement>('[data-draft-clear]')?.click();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(input(form, 'title').value).toBe('');
    expect(cleared).toHaveBeenCalledOnce();
    expect(form.querySelector<HTMLElement>('[data-draft-cleared]')?.hidden).toBe(false);
  });

  test('a broken or foreign draft is no draft; values are read per name', () => {
    expect(parseDraft('{nope').size).toBe(0);
    expect(parseDraft('{"a":1}').size).toBe(0);
    expect(parseDraft('[["placeTypes","a"],["placeTypes","b"],[1,"x"]]')).toEqual(
      new Map([['placeTypes', ['a', 'b']]]),
    );
    const form = page();
    input(form, 'submitter.name').value = 'Jan';
    expect(draftValues(form).map(([name]) => name)).not.toContain('submitter.name');
  });
});

describe('problems', () => {
  test('at the field (aria-invalid, described by the message) and in the summary; clear puts it all back', () => {
    const form = page();
    const summary = form.querySelector<HTMLElement>('[data-error-summary]');
    const list = form.querySelector<HTMLUListElement>('[data-error-list]');
    if (!summary || !list) throw new Error('fixture');
    const display = new ProblemDisplay(form, summary, list);
    display.show([
      { name: 'title', message: 'Naam: vul dit in.' },
      { name: 'strategy', message: 'Strategie: kies er een.' },
      { name: 'body.aanpak', message: 'Aanpak: geen script.' },
    ]);
    expect(input(form, 'title').getAttribute('aria-invalid')).toBe('true');
    expect(input(form, 'title').getAttribute('aria-describedby')).toBe('f-title-error');
    // A group is described on its fieldset, beside its own hint.
    expect(form.querySelector('#f-strategy')?.getAttribute('aria-describedby')).toBe(
      'f-strategy-error f-strategy-hint',
    );
    expect(form.querySelector<HTMLDetailsElement>('[data-more]')?.open).toBe(true);
    expect([...list.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#f-title', 'Naam: vul dit in.'],
      ['#f-strategy-0', 'Strategie: kies er een.'],
      ['#f-body-aanpak', 'Aanpak: geen script.'],
    ]);
    expect(summary.hidden).toBe(false);
    display.clear();
    expect(form.querySelectorAll('[aria-invalid]')).toHaveLength(0);
    expect(form.querySelector('#f-strategy')?.getAttribute('aria-describedby')).toBe('f-strategy-hint');
    expect(input(form, 'title').hasAttribute('aria-describedby')).toBe(false);
    expect(list.children).toHaveLength(0);
  });
});

describe('the form', () => {
  test('the source row shows only for a publication', () => {
    const form = page();
    const row = form.querySelector<HTMLElement>('[data-publication-source]');
    showPublicationSource(form);
    expect(row?.hidden).toBe(true);
    form.querySelector<HTMLInputElement>('[value="publication"]')?.click();
    showPublicationSource(form);
    expect(row?.hidden).toBe(false);
  });

  test('enhanced: shown, the fallback hidden; an empty submit lists problems, nothing else', () => {
    const form = page();
    enhanceContribute(form, () => new Date(2026, 11, 6));
    expect(form.hidden).toBe(false);
    expect(document.querySelector('[data-contribute-fallback]')?.hasAttribute('hidden')).toBe(true);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(form.querySelector<HTMLElement>('[data-error-summary]')?.hidden).toBe(false);
    expect(form.querySelectorAll('[data-error-list] li').length).toBeGreaterThan(1);
    expect(form.querySelector<HTMLElement>('[data-result]')?.hidden).toBe(true);
  });

  test('today is the reader’s local date', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
