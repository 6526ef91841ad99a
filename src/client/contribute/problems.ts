/**
 * The Meedoen form's problems on the page: each message at its field (aria-invalid, aria-describedby naming the
 * message) and in a summary at the top whose links move focus to the field. A problem under "Meer vertellen"
 * opens it, so the message and its field can be seen.
 */
import type { FormProblem } from '../../lib/present/contribute.ts';

/** The controls named `name` (one, or the options of a group). */
const controlsOf = (form: HTMLFormElement, name: string) => [
  ...form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`),
];

/** The element that carries the field's description: the control, or the fieldset of a group. */
function describedOf(form: HTMLFormElement, name: string): HTMLElement | null {
  const controls = controlsOf(form, name);
  const first = controls[0];
  if (!first) return null;
  const group = first.closest('fieldset.choice-field');
  return controls.length > 1 && group instanceof HTMLElement ? group : first;
}

/** A summary link that moves focus to the field and brings its label or legend into view. */
function summaryLink(form: HTMLFormElement, message: string, first: HTMLElement | undefined): HTMLAnchorElement {
  const link = document.createElement('a');
  link.textContent = message;
  link.href = `#${first?.id ?? ''}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    first?.focus();
    const label = first ? form.querySelector(`label[for="${CSS.escape(first.id)}"]`) : null;
    (first?.closest('fieldset')?.querySelector('legend') ?? label ?? first)?.scrollIntoView({ block: 'center' });
  });
  return link;
}

/** Shows and clears the problems of `form` in its slots (data-error-for) and its summary. */
export class ProblemDisplay {
  /** Elements whose aria-describedby now also names an error message. */
  private described: HTMLElement[] = [];

  constructor(
    private readonly form: HTMLFormElement,
    private readonly summary: HTMLElement,
    private readonly list: HTMLUListElement,
  ) {}

  clear(): void {
    for (const slot of this.form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      slot.hidden = true;
      slot.textContent = '';
    }
    for (const element of this.form.querySelectorAll<HTMLElement>('[aria-invalid]'))
      element.removeAttribute('aria-invalid');
    for (const element of this.described) {
      const original = element.dataset.describedby;
      if (original) element.setAttribute('aria-describedby', original);
      else element.removeAttribute('aria-describedby');
    }
    this.described = [];
    this.summary.hidden = true;
    this.list.replaceChildren();
  }

  show(problems: readonly FormProblem[]): void {
    for (const problem of problems) this.showOne(problem);
    this.summary.hidden = false;
    this.summary.focus();
  }

  private showOne({ name, message }: FormProblem): void {
    const slot = this.form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    const target = describedOf(this.form, name);
    const controls = controlsOf(this.form, name);
    const first = controls[0];
    if (slot) {
      slot.textContent = message;
      slot.hidden = false;
    }
    const fold = first?.closest('details');
    if (fold) fold.open = true;
    for (const control of controls) control.setAttribute('aria-invalid', 'true');
    if (slot && target) {
      target.setAttribute('aria-describedby', [slot.id, target.dataset.describedby].filter(Boolean).join(' '));
      this.described.push(target);
    }
    const item = document.createElement('li');
    item.append(summaryLink(this.form, message, first));
    this.list.append(item);
  }
}
