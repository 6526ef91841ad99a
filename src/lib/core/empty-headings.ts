/**
 * Headings with nothing under them: a template's section the writer left empty ("## Valkuilen" directly followed
 * by the next heading, or at the end). The Markdown pipeline drops them from every page (`dropEmptyHeadings`, a
 * plugin of Astro's Markdown processor Sätteri added by `src/integrations/markdown.ts`, for entries and places), and
 * `check:content` warns about them. Pure.
 */

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
}

/** The indexes of the headings in `nodes` with nothing under them, after dropping the empty ones below them. */
function emptyHeadingIndexes(nodes: readonly MdNode[]): Set<number> {
  const dropped = new Set<number>();
  // From the end: an h2 whose only content was an empty h3 is empty too.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node?.type !== 'heading') continue;
    let j = i + 1;
    while (dropped.has(j)) j++;
    const next = nodes[j];
    if (next === undefined || (next.type === 'heading' && (next.depth ?? 1) <= (node.depth ?? 1))) dropped.add(i);
  }
  return dropped;
}

/** The slice of Sätteri's plugin context this plugin uses. */
interface MdastContext {
  removeNode(node: MdNode): void;
}

/** The Markdown plugin (Sätteri's mdast plugin shape): removes every heading with nothing under it. */
export const dropEmptyHeadings = {
  name: 'buurtpodium-drop-empty-headings',
  after(root: Readonly<MdNode>, context: MdastContext): void {
    const children = root.children ?? [];
    for (const i of emptyHeadingIndexes(children)) {
      const node = children[i];
      if (node) context.removeNode(node);
    }
  },
};

/** The headings of a Markdown body with nothing under them, as `## Text`, with their lines (for check:content). */
export function emptyHeadings(body: string): { line: number; heading: string }[] {
  const lines = body.split('\n');
  const nodes: (MdNode & { line: number; text: string })[] = [];
  let fenced = false;
  lines.forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (raw.trim() === '') return;
    const heading = fenced ? null : /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(raw);
    if (heading) nodes.push({ type: 'heading', depth: heading[1]?.length ?? 1, line: i + 1, text: raw.trim() });
    else nodes.push({ type: 'content', line: i + 1, text: raw });
  });
  const dropped = emptyHeadingIndexes(nodes);
  return [...dropped].sort((a, b) => a - b).map((i) => ({ line: nodes[i]?.line ?? 0, heading: nodes[i]?.text ?? '' }));
}
