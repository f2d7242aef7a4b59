/** How a context figure reads: "about 750–800 officers", "more than 1.4 million people". */
import type { Fact } from '../schemas/fact.ts';
import { formatDateRange, formatPartialDate } from '../dates/partial-date.ts';

const grouped = new Intl.NumberFormat('en-GB');

/** A number as a reader expects it: "5,601", or "1.4 million" for round millions. */
export function formatNumber(value: number): string {
  if (value >= 1_000_000 && value % 100_000 === 0) return `${value / 1_000_000} million`;
  return grouped.format(value);
}

/** The figure with its qualifier, range and unit. */
export function formatFactValue(fact: Pick<Fact, 'value' | 'upTo' | 'qualifier' | 'unit'>): string {
  const range =
    fact.upTo === undefined ? formatNumber(fact.value) : `${formatNumber(fact.value)}–${formatNumber(fact.upTo)}`;
  const unit = fact.unit === '%' ? '%' : ` ${fact.unit}`;
  return `${fact.qualifier ? `${fact.qualifier} ` : ''}${range}${unit}`;
}

/** When the figure held: "January 2025", "February–March 2025". */
export function formatAsOf(asOf: Fact['asOf']): { text: string; datetime: string } {
  if (!asOf.end) return { text: formatPartialDate(asOf.start), datetime: asOf.start.iso };
  // A <time> holds one point; a span is dated by its start, and the text says the rest.
  return { text: formatDateRange(asOf.start, asOf.end), datetime: asOf.start.iso };
}

/** A figure in the pieces a card sets: the qualifier may wrap, the number and its unit never part. */
export interface FactValueParts {
  qualifier?: string;
  /** The number (or range) and its unit joined by no-break spaces: "750–800\u00a0officers", "1.4\u00a0million\u00a0people". */
  figure: string;
}

/** Splits a figure for display so its unit never wraps onto a line of its own. */
export function factValueParts(fact: Pick<Fact, 'value' | 'upTo' | 'qualifier' | 'unit'>): FactValueParts {
  const range =
    fact.upTo === undefined ? formatNumber(fact.value) : `${formatNumber(fact.value)}–${formatNumber(fact.upTo)}`;
  const unit = fact.unit === '%' ? '%' : `\u00a0${fact.unit.replace(/ /g, '\u00a0')}`;
  const figure = `${range.replace(/ /g, '\u00a0')}${unit}`;
  return fact.qualifier ? { qualifier: fact.qualifier, figure } : { figure };
}
