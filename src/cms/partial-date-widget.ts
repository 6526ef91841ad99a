/**
 * The CMS widget for a date known as precisely as it is known (`partialDate` in src/schema/fields.ts): a year,
 * then optionally a month, then optionally a day. It stores `2019`, `2019-05` or `2019-05-12`. The browser's date
 * field it replaces could only hold a whole date: typing only "2019" showed mm/dd/2019 and saved nothing, with no
 * message. Here what is typed is kept as typed, and a value that is no date is refused at the field, in Dutch.
 */
import { Component, createElement as h, type ChangeEvent, type ReactNode } from 'react';
import type { CmsWidgetControlProps } from 'decap-cms-core';
import { isPartialDate } from '../schema/fields.ts';

/** The parts of a stored value; anything else typed in the year box stays there as text. */
export interface DateParts {
  year: string;
  month: string;
  day: string;
}

/** A stored value (text, a number YAML read from `2019`, or a Date YAML read from `2019-05-12`) as its parts. */
export function dateParts(value: unknown): DateParts {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? ''
        : value.toISOString().slice(0, 10)
      : typeof value === 'number' || typeof value === 'string'
        ? String(value)
        : '';
  const match = /^([^-]*)(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text.trim());
  if (!match) return { year: text, month: '', day: '' };
  return { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
}

/** The value to store: the year, then the month and the day when chosen (a day needs a month). */
export function joinDateParts({ year, month, day }: DateParts): string {
  const y = year.trim();
  if (y === '' && month === '' && day === '') return '';
  const pad = (part: string) => part.padStart(2, '0');
  if (month === '') return day === '' ? y : `${y}--${pad(day)}`;
  return day === '' ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/** What is wrong with a value, in Dutch, or undefined when it is empty or a date. */
export function partialDateProblem(value: unknown): string | undefined {
  const { year, month, day } = dateParts(value);
  const text = joinDateParts({ year, month, day });
  if (text === '' || isPartialDate(text)) return undefined;
  if (!/^\d{4}$/.test(year.trim())) return 'Vul het jaar in met vier cijfers, zoals 2019.';
  if (month === '' && day !== '') return 'Kies ook de maand, of laat de dag leeg.';
  return 'Die dag bestaat niet in die maand. Kies een andere dag, of laat de dag leeg.';
}

/**
 * The value after one part changed. A whole or partial date typed in the year box (2019-05, 2019-05-12) replaces
 * all three parts, so the month and day chosen before do not stick to it; without a month there is no day.
 */
export function changedDate(value: unknown, part: keyof DateParts, next: string): string {
  if (part === 'year' && next.includes('-')) return joinDateParts(dateParts(next));
  const parts = { ...dateParts(value), [part]: next };
  if (part === 'month' && next === '') parts.day = '';
  return joinDateParts(parts);
}

export const monthNames = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** What Decap hands a control (its types name only the first few; Decap passes the focus callbacks too). */
type ControlProps = CmsWidgetControlProps<unknown> & {
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
};

const rowStyle = { display: 'flex', gap: '0.75rem', flexWrap: 'wrap', alignItems: 'end' } as const;
const partStyle = { display: 'flex', flexDirection: 'column', gap: '0.25rem', fontSize: '0.875rem' } as const;
const inputStyle = {
  font: 'inherit',
  padding: '0.4rem 0.5rem',
  border: '2px solid #dfdfe3',
  borderRadius: '5px',
  background: '#fff',
} as const;

/** Decap's control: three parts side by side, the year first (the field's label points at it). */
export class PartialDateControl extends Component<ControlProps> {
  /** Decap asks this before saving; the message appears at the field. */
  isValid = (): boolean | { error: { type: string; message: string } } => {
    const problem = partialDateProblem(this.props.value);
    return problem ? { error: { type: 'CUSTOM', message: problem } } : true;
  };

  change(part: keyof DateParts, next: string): void {
    this.props.onChange(changedDate(this.props.value, part, next));
  }

  render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { year, month, day } = dateParts(this.props.value);
    const events = { onFocus: setActiveStyle, onBlur: setInactiveStyle };
    const days = Array.from({ length: 31 }, (_, i) => String(i + 1));
    return h(
      'div',
      { className: classNameWrapper, style: rowStyle },
      h(
        'span',
        { style: partStyle },
        h('input', {
          id: forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: 'jjjj',
          // A whole date typed here (2019-05-12) is read as year, month and day.
          size: 10,
          maxLength: 10,
          value: year,
          style: inputStyle,
          'aria-describedby': `${forID}-parts`,
          onChange: (event: ChangeEvent<HTMLInputElement>) => {
            this.change('year', event.target.value);
          },
          ...events,
        }),
      ),
      h(
        'label',
        { style: partStyle },
        'Maand (als je die weet)',
        h(
          'select',
          {
            value: month === '' ? '' : String(Number(month)),
            style: inputStyle,
            onChange: (event: ChangeEvent<HTMLSelectElement>) => {
              this.change('month', event.target.value);
            },
            ...events,
          },
          h('option', { value: '' }, '—'),
          monthNames.map((name, i) => h('option', { key: name, value: String(i + 1) }, name)),
        ),
      ),
      h(
        'label',
        { style: partStyle },
        'Dag (als je die weet)',
        h(
          'select',
          {
            value: day === '' ? '' : String(Number(day)),
            disabled: month === '' && day === '',
            style: inputStyle,
            onChange: (event: ChangeEvent<HTMLSelectElement>) => {
              this.change('day', event.target.value);
            },
            ...events,
          },
          h('option', { value: '' }, '—'),
          days.map((d) => h('option', { key: d, value: d }, d)),
        ),
      ),
      h(
        'span',
        { id: `${forID}-parts`, style: { ...partStyle, color: '#555' } },
        'Jaar, zoals 2019. Weet je alleen het jaar? Dan is dat genoeg.',
      ),
    );
  }
}

/** How the value reads in Decap's own preview: as the site writes it. */
export function PartialDatePreview({ value }: { value?: unknown }): ReactNode {
  return h('span', null, joinDateParts(dateParts(value)));
}
