import { describe, expect, it } from 'vitest';
import { deal } from '../../../src/previews/draw.ts';

describe('deal', () => {
  it('deals items to groups in turn and drops empty groups', () => {
    expect(deal([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
    expect(deal([1], 4)).toEqual([[1]]);
    expect(deal([], 2)).toEqual([]);
  });
});
