import { describe, expect, it } from 'vitest';
import { factValueParts, formatAsOf, formatFactValue, formatNumber } from '../../../src/story/fact-value.ts';
import { FactSchema, type FactInput } from '../../../src/schemas/fact.ts';

const fact = (input: Partial<FactInput>) =>
  FactSchema.parse({ label: 'x', value: 1, unit: 'people', asOf: '2025', sources: ['s'], ...input });

describe('formatNumber', () => {
  it.each([
    [5601, '5,601'],
    [1_041_000, '1,041,000'],
    [1_400_000, '1.4 million'],
    [90, '90'],
  ])('prints %i as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatFactValue', () => {
  it.each<[Partial<FactInput>, string]>([
    [{ value: 5601 }, '5,601 people'],
    [{ value: 750, upTo: 800, qualifier: 'about', unit: 'officers' }, 'about 750–800 officers'],
    [{ value: 1_400_000, qualifier: 'more than' }, 'more than 1.4 million people'],
    [{ value: 90, qualifier: 'about', unit: '%' }, 'about 90%'],
  ])('prints %o as %s', (input, text) => {
    expect(formatFactValue(fact(input))).toBe(text);
  });
});

describe('formatAsOf', () => {
  it('prints a single date at its precision', () => {
    expect(formatAsOf(fact({ asOf: '2024-12' }).asOf)).toEqual({ text: 'December 2024', datetime: '2024-12' });
  });
  it('prints a span and dates it by its start', () => {
    expect(formatAsOf(fact({ asOf: '2025-02/2025-03' }).asOf)).toEqual({
      text: 'February–March 2025',
      datetime: '2025-02',
    });
  });
});

describe('factValueParts', () => {
  it.each<[Partial<FactInput>, { qualifier?: string; figure: string }]>([
    [{ value: 5601 }, { figure: '5,601\u00a0people' }],
    [
      { value: 750, upTo: 800, qualifier: 'about', unit: 'officers' },
      { qualifier: 'about', figure: '750–800\u00a0officers' },
    ],
    [
      { value: 1_400_000, qualifier: 'more than' },
      { qualifier: 'more than', figure: '1.4\u00a0million\u00a0people' },
    ],
    [
      { value: 90, qualifier: 'about', unit: '%' },
      { qualifier: 'about', figure: '90%' },
    ],
    [{ value: 3, unit: 'police officers' }, { figure: '3\u00a0police\u00a0officers' }],
  ])('keeps the unit of %o on the line of its number', (input, parts) => {
    expect(factValueParts(fact(input))).toEqual(parts);
  });

  it('reads, spaces aside, as the figure does everywhere else', () => {
    const input = fact({ value: 1_400_000, qualifier: 'more than' });
    const { qualifier, figure } = factValueParts(input);
    expect(`${qualifier} ${figure}`.replace(/\u00a0/g, ' ')).toBe(formatFactValue(input));
  });
});
