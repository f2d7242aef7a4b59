import { describe, expect, it } from 'vitest';
import { factCards, headlineFacts, HEADLINE_FACTS } from '../../../src/story/key-facts.ts';
import type { Entry } from '../../../src/story/story.ts';
import { FactSchema, type Fact, type FactInput } from '../../../src/schemas/fact.ts';

const fact = (id: string, input: Partial<FactInput>): Entry<Fact> => ({
  id,
  data: FactSchema.parse({ label: id, value: 1, unit: 'people', asOf: '2025', sources: ['s'], ...input }),
});

const facts = [
  fact('displaced-early', { asOf: '2024-12', value: 1_041_000 }),
  fact('displaced-late', { asOf: '2025-10', value: 1_400_000, previous: 'displaced-early' }),
  fact('killed', { asOf: '2025-01-07' }),
  fact('ceiling', { asOf: '2025-09-30', unit: 'personnel' }),
  fact('share', { asOf: '2025-07-02', unit: '%' }),
  fact('deployed', { asOf: '2025-02/2025-03', unit: 'officers' }),
];

describe('factCards', () => {
  it('pairs a fact with the earlier count it names, and leaves the rest alone', () => {
    const cards = factCards(facts);
    expect(cards).toHaveLength(facts.length);
    expect(cards.find((c) => c.fact.id === 'displaced-late')?.previous?.id).toBe('displaced-early');
    expect(cards.find((c) => c.fact.id === 'killed')?.previous).toBeUndefined();
  });
});

describe('headlineFacts', () => {
  it('shows at most four figures, the most recent first, a trend as one card', () => {
    const cards = headlineFacts(facts);
    expect(HEADLINE_FACTS).toBe(4);
    expect(cards.map((c) => c.fact.id)).toEqual(['displaced-late', 'ceiling', 'share', 'deployed']);
    expect(cards[0]?.previous?.id).toBe('displaced-early');
  });

  it('dates a span by its end, so a February–March figure counts as March', () => {
    const march = fact('march-point', { asOf: '2025-03-01' });
    const span = fact('span', { asOf: '2025-02/2025-03' });
    expect(headlineFacts([march, span], 1).map((c) => c.fact.id)).toEqual(['span']);
  });

  it('shows every figure when there are few', () => {
    expect(headlineFacts(facts.slice(2, 4))).toHaveLength(2);
  });
});
