// @vitest-environment happy-dom
/** Results a batch at a time, and Pagefind loaded once (src/client/search/results.ts, pagefind.ts). */
import { describe, expect, it, vi } from 'vitest';
import { pagefindLoader, pagefindPath, sortOption, type Pagefind } from '../../src/client/search/pagefind.ts';
import type { ResultData } from '../../src/client/search/render.ts';
import { resultBatch, resultPager } from '../../src/client/search/results.ts';

const hit = (n: number) => ({
  id: `nl_${String(n)}`,
  data: vi.fn(() => Promise.resolve<ResultData>({ url: `/initiatief/e${String(n)}/`, excerpt: '', meta: {} })),
});
const item = (data: ResultData) => {
  const li = document.createElement('li');
  li.textContent = data.url;
  return li;
};

describe('result pager', () => {
  it('lists a batch at a time and loads only the fragments it lists', async () => {
    const [list, more] = [document.createElement('ol'), document.createElement('button')];
    const pager = resultPager(list, more, item);
    const hits = Array.from({ length: resultBatch + 2 }, (_, n) => hit(n));
    pager.reset(hits);
    expect(more.hidden).toBe(true);
    await pager.showMore();
    expect(list.children).toHaveLength(resultBatch);
    expect(more.hidden).toBe(false);
    expect(hits.filter((h) => h.data.mock.calls.length > 0)).toHaveLength(resultBatch);
    await pager.showMore();
    expect(list.children).toHaveLength(resultBatch + 2);
    expect(more.hidden).toBe(true);
  });

  it('drops a batch that arrives after a newer search started', async () => {
    const [list, more] = [document.createElement('ol'), document.createElement('button')];
    const pager = resultPager(list, more, item, 2);
    pager.reset([hit(1), hit(2)]);
    const stale = pager.showMore();
    pager.reset([hit(3)]);
    await stale;
    expect(list.children).toHaveLength(0);
    await pager.showMore();
    expect([...list.children].map((li) => li.textContent)).toEqual(['/initiatief/e3/']);
  });
});

describe('Pagefind loader', () => {
  const fake = (): Pagefind => ({
    options: vi.fn(() => Promise.resolve()),
    init: vi.fn(() => Promise.resolve()),
    filters: vi.fn(),
    search: vi.fn(),
  });

  it('imports and starts Pagefind once, on first call, with or without its worker', async () => {
    const pagefind = fake();
    const load = vi.fn(() => Promise.resolve(pagefind));
    const get = pagefindLoader('http://localhost:4321', true, load);
    expect(load).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(pagefind);
    expect(b).toBe(pagefind);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(`http://localhost:4321${pagefindPath}`);
    expect(pagefind.options).toHaveBeenCalledWith(expect.objectContaining({ noWorker: false }));
    expect(pagefind.init).toHaveBeenCalledTimes(1);
    const small = fake();
    await pagefindLoader('http://localhost', false, () => Promise.resolve(small))();
    expect(small.options).toHaveBeenCalledWith(expect.objectContaining({ noWorker: true }));
  });

  it('rejects when the bundle is missing', async () => {
    const get = pagefindLoader('http://localhost', false, () => Promise.reject(new Error('404')));
    await expect(get()).rejects.toThrow('404');
  });

  it('sorts newest first by the published key, and by relevance without a sort', () => {
    expect(sortOption('newest')).toEqual({ published: 'desc' });
    expect(sortOption('relevance')).toBeUndefined();
  });
});
