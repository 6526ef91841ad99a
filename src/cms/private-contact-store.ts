/**
 * Where the CMS's "Contact voor de redactie" goes: never into the entry (admin.ts takes it out before saving),
 * so never into the repository's content or a page.
 * - Locally (`npm start`, decap-server): into `.cms-private/<collection>/<slug>.json` in the working tree, a
 *   folder Git ignores and no build reads, written through the local server's own API.
 * - Through GitHub (a published /admin): a pull request and a fork are public, so it is not stored at all; the
 *   CMS offers an e-mail to the editorial address with the details instead, which the writer sends themselves.
 */

/** The folder (in the working tree) that holds the editors' contact details of local saves. */
export const PRIVATE_FOLDER = '.cms-private';

export interface PrivateContact {
  collection: string;
  slug: string;
  title: string;
  contact: string;
  /** The local decap-server's API, when /admin edits the working tree. */
  localBackendUrl?: string | undefined;
  /** Where the e-mail goes otherwise (`editorialContact.email` of the site config). */
  editorialEmail?: string | undefined;
}

/** The file text: what was typed, for which entry, and when. */
export function privateContactFile({ collection, slug, title, contact }: PrivateContact, saved: string): string {
  return `${JSON.stringify({ collection, slug, title, contact, saved }, null, 2)}\n`;
}

/** The path of the file, relative to the working tree. */
export const privateContactPath = (collection: string, slug: string): string =>
  `${PRIVATE_FOLDER}/${collection}/${slug}.json`;

/** A mailto: link to the editors with the details (RFC 6068). */
export function privateContactMail({ title, contact, editorialEmail }: PrivateContact): string {
  const body = `Contact voor de redactie bij “${title}” (niet voor de site):\r\n\r\n${contact.replace(/\r?\n/g, '\r\n')}\r\n`;
  return `mailto:${editorialEmail ?? ''}?subject=${encodeURIComponent(`Contact bij ${title}`)}&body=${encodeURIComponent(body)}`;
}

async function writeLocally(details: PrivateContact, url: string): Promise<boolean> {
  const path = privateContactPath(details.collection, details.slug);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ slug: details.slug, path, raw: privateContactFile(details, new Date().toISOString()) }],
          assets: [],
          options: { commitMessage: 'Contact voor de redactie', useWorkflow: false, status: 'draft' },
        },
      }),
    });
    if (!response.ok) console.warn(`The local CMS server did not keep the contact: ${await response.text()}`);
    return response.ok;
  } catch {
    return false;
  }
}

/** A notice over the editor with the e-mail link: the details were not stored anywhere. */
function offerMail(details: PrivateContact): void {
  document.getElementById('bp-private-contact')?.remove();
  const notice = document.createElement('div');
  notice.id = 'bp-private-contact';
  notice.setAttribute('role', 'dialog');
  notice.setAttribute('aria-labelledby', 'bp-private-contact-title');
  notice.setAttribute('lang', 'nl');
  notice.style.cssText =
    'position:fixed;inset-block-end:1rem;inset-inline-end:1rem;z-index:1000;max-inline-size:26rem;padding:1rem;background:#fff;border:2px solid #3a69c7;border-radius:6px;box-shadow:0 4px 16px rgb(0 0 0 / 0.2);font:inherit';
  const title = document.createElement('p');
  title.id = 'bp-private-contact-title';
  title.style.fontWeight = '700';
  title.textContent = 'Je contact voor de redactie is niet opgeslagen in de site.';
  const text = document.createElement('p');
  text.textContent = 'Zo blijft het privé. Stuur het de redactie zelf:';
  const link = document.createElement('a');
  link.href = privateContactMail(details);
  link.textContent = 'Mail het naar de redactie';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Sluiten';
  close.style.marginInlineStart = '1rem';
  close.addEventListener('click', () => {
    notice.remove();
  });
  notice.append(title, text, link, close);
  document.body.append(notice);
  link.focus();
}

/** Keep the contact for the editors: in the local working tree, or else by an e-mail the writer sends. */
export async function keepPrivateContact(details: PrivateContact): Promise<void> {
  if (details.localBackendUrl && (await writeLocally(details, details.localBackendUrl))) return;
  offerMail(details);
}
