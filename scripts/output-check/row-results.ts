/**
 * How a page's check is split into its rows' and put back together: rows
 * checked before (the same bytes in the same place) keep their findings, the
 * rest of the page is checked afresh, and every finding is reported where it
 * is in the page, as if the whole page had been read.
 */
import { foldFacts } from '../lib/output-check.ts';
import { resultKey, type DocumentResult, type PageResult } from './check-page.ts';
import { findRows, lineColumns, pageOffset, rowAt, withoutRows, type Reduced, type Row } from './rows.ts';

/** Pages smaller than this are checked whole: splitting a page of a few kilobytes saves nothing. */
export const ROW_BYTES = 200_000;

/** A row's findings, offsets counted from the row's start. */
export type RowResult = DocumentResult;

/** What one page needs: the document html-validate reads, and how its findings map back onto the page. */
export interface PagePlan {
  html: string;
  rows: Row[];
  rowKeys: string[];
  known: (RowResult | undefined)[];
  reduced: Reduced;
}

/** Plans a page's check; `known` gives the findings of a row checked before, by its key. */
export function planPage(
  html: string,
  known: (key: string) => RowResult | undefined,
  rowBytes: number = ROW_BYTES,
): PagePlan {
  const rows = html.length >= rowBytes ? findRows(html) : [];
  const rowKeys = rows.map((row) => resultKey(html.slice(row.start, row.end), 'row', row.context));
  const found = rowKeys.map((key) => known(key));
  return { html, rows, rowKeys, known: found, reduced: withoutRows(html, rows, (_, i) => found[i] !== undefined) };
}

/** The page's result from the checked document's, and the findings of each of its rows, by key. */
export function assemble(plan: PagePlan, checked: DocumentResult): { page: PageResult; rows: Map<string, RowResult> } {
  const { html, rows, rowKeys, known, reduced } = plan;
  const result: DocumentResult = {
    messages: checked.messages.map((m) => ({ ...m, at: pageOffset(reduced, m.at) })),
    items: checked.items.map((item) => ({ ...item, at: pageOffset(reduced, item.at) })),
  };
  const fresh = new Map<number, RowResult>();
  rows.forEach((_, i) => {
    if (!known[i]) fresh.set(i, { messages: [], items: [] });
  });
  for (const part of ['messages', 'items'] as const) {
    for (const finding of result[part]) {
      const i = rowAt(rows, finding.at);
      const start = rows[i]?.start ?? 0;
      (fresh.get(i)?.[part] as { at: number }[] | undefined)?.push({ ...finding, at: finding.at - start });
    }
    known.forEach((row, i) => {
      const start = rows[i]?.start ?? 0;
      for (const finding of row?.[part] ?? [])
        (result[part] as { at: number }[]).push({ ...finding, at: finding.at + start });
    });
    result[part].sort((a, b) => a.at - b.at);
  }
  const where = result.messages.length > 0 ? lineColumns(html) : () => '';
  return {
    page: { facts: foldFacts(result.items), messages: result.messages.map((m) => `${where(m.at)}: ${m.text}`) },
    rows: new Map(rowKeys.map((key, i) => [key, known[i] ?? fresh.get(i) ?? { messages: [], items: [] }])),
  };
}
