import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordLedger, retireId } from '../../../src/content/record-ledger.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ledger-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LEDGER = { timeline: ['first-event', 'mistake'], facts: ['a-figure'], sources: [] };

describe('retireId', () => {
  const live = new Set(['timeline:first-event', 'facts:a-figure']);

  it('takes out an id no entry has any more', () => {
    expect(retireId(LEDGER, 'timeline:mistake', live)).toEqual({
      ok: true,
      ledger: { ...LEDGER, timeline: ['first-event'] },
    });
  });

  it('refuses a live id, an id not listed, and a malformed name, saying why', () => {
    expect(retireId(LEDGER, 'timeline:first-event', live)).toMatchObject({ ok: false, reason: /still an entry/ });
    expect(retireId(LEDGER, 'facts:mistake', live)).toMatchObject({ ok: false, reason: /does not list "mistake"/ });
    expect(retireId(LEDGER, 'events:mistake', live)).toMatchObject({ ok: false, reason: /timeline, facts, sources/ });
  });
});

describe('recordLedger', () => {
  it('adds new live ids, and reports no change the second time', () => {
    const root = join(scratch, 'site');
    cpSync(join(import.meta.dirname, '../../fixtures/valid'), root, { recursive: true });
    writeFileSync(join(root, 'published-ids.json'), JSON.stringify({ timeline: [], facts: [], sources: [] }));
    expect(recordLedger(root)).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'published-ids.json'), 'utf8'))).toMatchObject({
      timeline: ['first-event', 'opening', 'second-event'],
    });
    expect(recordLedger(root)).toBe(false);
  });
});
