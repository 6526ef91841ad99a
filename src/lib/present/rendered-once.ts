/**
 * HTML rendered once and reused: for markup that is the same on hundreds of pages of a build (the list pages'
 * facet panel, ~400 filter values on each of the 834 list pages at 10,000 entries). Keyed by the object the
 * markup is made from (the catalog: a new catalog, new markup) and a name; the promise is kept, so pages rendered
 * at the same time share one rendering. Used through src/components/RenderedOnce.astro.
 */
const cache = new WeakMap<object, Map<string, Promise<string>>>();

export function renderedOnce(of: object, name: string, render: () => Promise<string>): Promise<string> {
  let byName = cache.get(of);
  if (!byName) {
    byName = new Map();
    cache.set(of, byName);
  }
  let html = byName.get(name);
  if (!html) {
    html = render();
    byName.set(name, html);
  }
  return html;
}
