// @vitest-environment happy-dom
/** The search page's rendering (src/client/search/render.ts): status line, excerpts and one result. */
import { describe, expect, it } from 'vitest';
import { excerptNodes, fill, resultItem, statusText } from '../../src/client/search/render.ts';
import { searchTexts } from '../../src/client/search/texts.ts';

const nl = searchTexts('nl');
const en = searchTexts('en');

describe('status line', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });

  it('says none, one or many, with the query when there is one', () => {
    expect(statusText(nl, 0, 'moestuin')).toBe(nl.none);
    expect(statusText(nl, 1, 'moestuin')).toBe('1 resultaat voor “moestuin”');
    expect(statusText(nl, 12, 'moestuin')).toBe('12 resultaten voor “moestuin”');
    expect(statusText(nl, 1, '')).toBe('1 resultaat');
    expect(statusText(en, 12, '')).toBe('12 results');
  });
});

describe('excerpts', () => {
  it('keeps text and <mark>, and turns any other markup into text', () => {
    const nodes = excerptNodes('een <mark>moestuin</mark> en <script>alert(1)</script><b>vet</b>');
    const p = document.createElement('p');
    p.append(...nodes);
    expect(p.innerHTML).toBe('een <mark>moestuin</mark> en alert(1)vet');
    expect(p.querySelectorAll('script, b')).toHaveLength(0);
  });
});

function template(): HTMLTemplateElement {
  const element = document.createElement('template');
  element.innerHTML =
    '<li><article data-slot="article"><h3><a data-slot="title" href="/zoeken/">Zoeken</a></h3>' +
    '<p data-slot="excerpt"></p><p data-slot="language" hidden></p></article></li>';
  return element;
}

describe('one result', () => {
  const data = {
    url: '/initiatief/lief-en-leed/',
    excerpt: 'de <mark>straat</mark>',
    meta: { title: 'Lief en Leed', lang: 'nl' },
  };

  it('links to the page in the reader’s language, with its title and excerpt', () => {
    const item = resultItem(template(), data, 'en', en) as DocumentFragment;
    const link = item.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/en/initiative/lief-en-leed/');
    expect(link?.textContent).toBe('Lief en Leed');
    expect(item.querySelector('[data-slot="excerpt"] mark')?.textContent).toBe('straat');
  });

  it('marks a result written in another language than the page', () => {
    const item = resultItem(template(), data, 'en', en) as DocumentFragment;
    const language = item.querySelector<HTMLElement>('[data-slot="language"]');
    expect(language?.hidden).toBe(false);
    expect(language?.textContent).toBe(fill(en.inLanguage, { language: en.language.nl ?? '' }));
    expect(item.querySelector('[data-slot="article"]')?.getAttribute('lang')).toBe('nl');
  });

  it('adds no note when the result is in the page’s language', () => {
    const item = resultItem(template(), data, 'nl', nl) as DocumentFragment;
    expect(item.querySelector('a')?.getAttribute('href')).toBe('/initiatief/lief-en-leed/');
    expect(item.querySelector<HTMLElement>('[data-slot="language"]')?.hidden).toBe(true);
    expect(item.querySelector('[data-slot="article"]')?.hasAttribute('lang')).toBe(false);
  });
});
