/**
 * Two checks of the W3C's Nu HTML Checker that html-validate does not make, as an html-validate plugin.
 * `.htmlvalidate.json` loads it (Node runs this file as it is, types stripped), so `npx html-validate` and
 * tests/build/html-valid.test.ts both apply them:
 *
 * - `buurtpodium/option-label`: an `<option>` outside a `<datalist>` has text or a non-empty `label` (HTML's
 *   content model of `option`). An empty placeholder option of a select is announced as nothing.
 * - `buurtpodium/prohibited-aria-name`: no `aria-label` or `aria-labelledby` on an element whose role may not be
 *   named (ARIA 1.2: a plain `<div>` or `<span>` is `generic`), where browsers ignore the name. html-validate's
 *   `aria-label-misuse` lets it pass when the element has a `tabindex`.
 */
import {
  ariaNaming,
  classifyNodeText,
  definePlugin,
  Rule,
  TextClassification,
  type HtmlElement,
  type RuleDocumentation,
} from 'html-validate';

/** Whether the attribute is there with a value that is not empty (a value set by a framework counts). */
function hasValue(element: HtmlElement, name: string): boolean {
  const value = element.getAttribute(name)?.value;
  return typeof value === 'string' ? value.trim() !== '' : value != null;
}

class OptionLabel extends Rule {
  documentation(): RuleDocumentation {
    return {
      description: [
        'An `<option>` outside a `<datalist>` needs a label: text, or a non-empty `label` attribute.',
        'For a placeholder such as the empty first choice of a select, write what it means ("— kies —").',
      ].join('\n'),
      url: 'https://html.spec.whatwg.org/multipage/form-elements.html#the-option-element',
    };
  }

  setup(): void {
    this.on('dom:ready', ({ document }) => {
      for (const option of document.querySelectorAll('option')) {
        if (option.parent?.is('datalist') || hasValue(option, 'label')) continue;
        // The content model holds whether or not the option is shown (the contribution form starts hidden).
        if (classifyNodeText(option, { ignoreHiddenRoot: true }) !== TextClassification.EMPTY_TEXT) continue;
        this.report({ node: option, message: '<option> must have text or a label attribute' });
      }
    });
  }
}

class ProhibitedAriaName extends Rule {
  documentation(): RuleDocumentation {
    return {
      description: [
        'ARIA 1.2 prohibits naming elements with the roles generic, paragraph, presentation and a few more:',
        'a plain `<div>` or `<span>` cannot carry `aria-label` or `aria-labelledby`, with or without `tabindex`.',
        'Use an element whose role may be named: `<section>` (region), `<fieldset>` or `role="group"`, a landmark.',
      ].join('\n'),
      url: 'https://www.w3.org/TR/wai-aria-1.2/#namefromprohibited',
    };
  }

  setup(): void {
    this.on('dom:ready', ({ document }) => {
      for (const element of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
        if (ariaNaming(element) !== 'prohibited') continue;
        for (const name of ['aria-label', 'aria-labelledby']) {
          const attribute = element.getAttribute(name);
          if (!attribute || !hasValue(element, name)) continue;
          this.report({
            node: element,
            message: `"${name}" cannot name <${element.tagName}> without a role that may be named`,
            location: attribute.keyLocation,
          });
        }
      }
    });
  }
}

export default definePlugin({
  name: 'buurtpodium',
  rules: {
    'buurtpodium/option-label': OptionLabel,
    'buurtpodium/prohibited-aria-name': ProhibitedAriaName,
  },
});
