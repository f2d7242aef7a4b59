/** Which figures lead the front page, and how a trend pairs a figure with its earlier count. */
import type { Fact } from '../schemas/fact.ts';
import { comparePartialDates } from '../dates/partial-date.ts';
import type { Entry } from './story.ts';

/** The front page shows at most this many figures; the rest are on /facts/. */
export const HEADLINE_FACTS = 4;

/** A figure as a card shows it: the fact and, for a trend, the earlier count it updates. */
export interface FactCard {
  fact: Entry<Fact>;
  previous?: Entry<Fact>;
}

/** Pairs every fact with the earlier count its `previous` names (facts as the story orders them). */
export function factCards(facts: readonly Entry<Fact>[]): FactCard[] {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return facts.map((fact) => {
    const previous = fact.data.previous === undefined ? undefined : byId.get(fact.data.previous);
    return previous ? { fact, previous } : { fact };
  });
}

/**
 * The headline figures: an earlier count folds into the later one that names it, and the
 * most recent figures lead (by the date they held), at most `max` of them.
 */
export function headlineFacts(facts: readonly Entry<Fact>[], max = HEADLINE_FACTS): FactCard[] {
  const superseded = new Set(facts.map((fact) => fact.data.previous).filter((id) => id !== undefined));
  const held = (card: FactCard) => card.fact.data.asOf.end ?? card.fact.data.asOf.start;
  return factCards(facts)
    .filter((card) => !superseded.has(card.fact.id))
    .sort((a, b) => comparePartialDates(held(b), held(a)) || a.fact.id.localeCompare(b.fact.id))
    .slice(0, max);
}
