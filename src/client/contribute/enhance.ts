/**
 * The Meedoen form's script (ContributeForm.astro only wires it): on submit the form is checked with the
 * initiative schema (src/lib/present/contribute.ts); problems go to their fields and a summary (problems.ts), a valid
 * form becomes a `.md` file to download and an e-mail to the editors that carries it. The draft is kept (draft.ts).
 * The page must import src/lib/core/zod-no-eval.ts before this module (no eval under the page's policy).
 */
import { t, type Lang } from '../../i18n/index.ts';
import { checkSubmission, entryFile, mailText, mailtoHref, submissionFrom } from '../../lib/present/contribute.ts';
import { keepDraft } from './draft.ts';
import { ProblemDisplay } from './problems.ts';

/** Today in the reader's time zone, as YYYY-MM-DD: the entry's publication date until an editor changes it. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first source's fields only when the facts come from a publication; an own account needs none. */
export function showPublicationSource(form: HTMLFormElement): void {
  const row = form.querySelector<HTMLElement>('[data-publication-source]');
  if (row) row.hidden = new FormData(form).get('sourceKind') !== 'publication';
}

/** The result's parts (data-result…). */
interface Result {
  result: HTMLElement;
  links: HTMLUListElement;
  preview: HTMLElement;
}

const link = (href: string, text: string): HTMLAnchorElement => {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
};

/** Show the two ways to send a valid submission: the e-mail and the file; returns the file's object URL. */
function showResult(
  { result, links, preview }: Result,
  file: { name: string; text: string },
  mail: { to: string; subject: string; body: string },
  lang: Lang,
): string {
  const fileUrl = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
  const mailLink = link(
    mailtoHref(mail.to, mail.subject, mail.body),
    t(lang, 'contribute.result.mail', { email: mail.to }),
  );
  mailLink.dataset.resultMail = '';
  const download = link(fileUrl, t(lang, 'contribute.result.download', { file: file.name }));
  download.download = file.name;
  links.replaceChildren(
    ...[mailLink, download].map((anchor) => {
      const item = document.createElement('li');
      item.append(anchor);
      return item;
    }),
  );
  preview.textContent = file.text;
  result.hidden = false;
  result.focus();
  return fileUrl;
}

/** Make the Meedoen form work: it is hidden until this runs (without JavaScript the page offers e-mail). */
export function enhanceContribute(form: HTMLFormElement, now: () => Date = () => new Date()): void {
  const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  const to = form.dataset.editorialEmail ?? '';
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const list = form.querySelector<HTMLUListElement>('[data-error-list]');
  const result = form.querySelector<HTMLElement>('[data-result]');
  const links = form.querySelector<HTMLUListElement>('[data-result-links]');
  const preview = form.querySelector<HTMLElement>('[data-result-text]');
  if (!summary || !list || !result || !links || !preview) return;
  const problems = new ProblemDisplay(form, summary, list);
  let fileUrl: string | undefined;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problems.clear();
    result.hidden = true;
    const submission = submissionFrom(new FormData(form), today(now()));
    const found = checkSubmission(submission, lang);
    if (found.length > 0) {
      problems.show(found);
      return;
    }
    const file = entryFile(submission);
    if (fileUrl) URL.revokeObjectURL(fileUrl);
    const title = typeof submission.data.title === 'string' ? submission.data.title : '';
    const subject = t(lang, 'contribute.mail.subject', { title });
    fileUrl = showResult(
      { result, links, preview },
      file,
      { to, subject, body: mailText(submission, file, lang) },
      lang,
    );
  });

  keepDraft(form, () => {
    links.replaceChildren();
    result.hidden = true;
    problems.clear();
    showPublicationSource(form);
  });
  showPublicationSource(form);
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'sourceKind') showPublicationSource(form);
  });
  form.hidden = false;
  document.querySelector('[data-contribute-fallback]')?.setAttribute('hidden', '');
}
