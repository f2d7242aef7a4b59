import { describe, expect, it } from 'vitest';
import { ID_PATTERN, kebabId } from '../../../src/schemas/fields/id.ts';

describe('kebabId', () => {
  it.each([
    ['Second_Event', 'second-event'],
    ['PontSonde', 'pont-sonde'],
    ['Pont-Sondé', 'pont-sonde'],
    ['  ambush  officer missing!', 'ambush-officer-missing'],
    ['kaetuai-killed', 'kaetuai-killed'],
  ])('turns %j into %j', (name, id) => {
    expect(kebabId(name)).toBe(id);
    expect(ID_PATTERN.test(id)).toBe(true);
  });

  it('gives nothing for a name without letters or digits', () => {
    expect(kebabId('___')).toBe('');
  });
});
