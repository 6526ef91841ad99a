/** Empty template headings: dropped from pages by the Markdown pipeline, reported by check:content as warnings. */
import { expect, test } from 'vitest';
import { dropEmptyHeadings, emptyHeadings } from '../../src/lib/core/empty-headings.ts';
import { validateInitiatives } from '../../src/lib/core/validation.ts';

const template =
  '## Aanleiding\n\n## Aanpak\n\nWe repareren samen.\n\n## Wie ontmoeten elkaar\n\n### Details\n\n## Meer weten\n';

test('finds the headings with nothing under them, also one whose only content was an empty sub-heading', () => {
  expect(emptyHeadings(template)).toEqual([
    { line: 1, heading: '## Aanleiding' },
    { line: 7, heading: '## Wie ontmoeten elkaar' },
    { line: 9, heading: '### Details' },
    { line: 11, heading: '## Meer weten' },
  ]);
  expect(emptyHeadings('## A\n\n```\n## not a heading\n```\n')).toEqual([]);
});

test('the Markdown plugin removes them from the document', () => {
  const h = (depth: number) => ({ type: 'heading', depth, children: [] });
  const p = { type: 'paragraph', children: [] };
  const children = [h(2), h(2), p, h(2), h(3), h(2)];
  const removed: unknown[] = [];
  dropEmptyHeadings.after({ type: 'root', children }, { removeNode: (node) => removed.push(node) });
  expect(removed.map((node) => children.indexOf(node as (typeof children)[number])).sort()).toEqual([0, 3, 4, 5]);
});

test('check:content warns (it does not fail) and names the heading', () => {
  const text = `---\nkind: example\ntitle: X\nsummary: Y\nmunicipality: Heumen\nstrategy: bonding\nstrategyNote: Buren met en zonder technische kennis repareren samen; wie komt, raakt aan de praat met wie helpt.\nactors: [{ type: residents }]\nplaceTypes: [street]\ntargetGroups: [everyone]\ncontactIntensity: fleeting\ntariff: free\nsources: [{ title: Opgave }]\npublished: 2025-01-01\npending: [themes, permanence, status]\n---\n${template}`;
  const result = validateInitiatives([{ file: 'content/initiatives/x.md', text }]);
  expect(result.problems).toEqual([]);
  expect(result.entries).toHaveLength(1);
  expect(result.warnings.map((w) => `${w.field}: ${w.message.split(' has nothing')[0] ?? ''}`)).toEqual([
    'body: line 17: the heading "## Aanleiding"',
    'body: line 23: the heading "## Wie ontmoeten elkaar"',
    'body: line 25: the heading "### Details"',
    'body: line 27: the heading "## Meer weten"',
    'pending: themes, permanence, status still to be decided by the editors: fill them in and remove them from pending',
  ]);
});
