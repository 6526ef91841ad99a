/**
 * Decap's string and text widgets with a character counter under them ("42 van 120 tekens"), for fields with a
 * limit (title, summary): the limit comes from the schema through the field's `max_length` (config.ts). The
 * counter is announced politely while typing and turns red past the limit; the save check still refuses it.
 */
import { Component, createElement as h, type ComponentType, type ReactNode } from 'react';
import type { CmsWidgetControlProps } from 'decap-cms-core';

/** "42 van 120 tekens", counted as the schema counts (spaces around the text do not count). */
export function counterText(value: unknown, max: number): string {
  const length = typeof value === 'string' ? value.trim().length : 0;
  return length > max
    ? `${String(length)} van ${String(max)} tekens: ${String(length - max)} te veel`
    : `${String(length)} van ${String(max)} tekens`;
}

/** A control that renders `Inner` and the counter under it. */
export function withCounter(Inner: ComponentType<CmsWidgetControlProps>): ComponentType<CmsWidgetControlProps> {
  return class CountedControl extends Component<CmsWidgetControlProps> {
    render(): ReactNode {
      const max = Number((this.props.field as { get(key: string): unknown }).get('max_length'));
      const value: unknown = this.props.value;
      const over = typeof value === 'string' && value.trim().length > max;
      return h(
        'div',
        null,
        h(Inner, this.props),
        Number.isFinite(max)
          ? h(
              'p',
              {
                id: `${this.props.forID}-count`,
                'aria-live': 'polite',
                style: { margin: '0.25rem 0 0', fontSize: '0.8rem', color: over ? '#d60032' : '#555' },
              },
              counterText(value, max),
            )
          : null,
      );
    }
  };
}
