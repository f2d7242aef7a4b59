/**
 * Everything the output check learns from one page on its own: the facts the
 * site-wide link check needs, and html-validate's verdict. Depends only on the
 * page's bytes, so a result can be cached under a hash of them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { factItems, type FactItem, type PageFacts } from '../lib/output-check.ts';

/** html-validate's settings for every built page. */
export const VALIDATOR_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta …> and the compiler's output is not ours to restyle.
    'void-style': 'off',
    // Long headlines and summaries are content; line length is not a validity question.
    'long-title': 'off',
  },
};

// The code that turns a page into a result is part of the key: editing it invalidates every cached result.
const codeVersion = createHash('sha256')
  .update(readFileSync(new URL('../lib/output-check.ts', import.meta.url)))
  .update(readFileSync(new URL(import.meta.url)))
  .update(readFileSync(new URL('./rows.ts', import.meta.url)))
  .update(readFileSync(new URL('./row-results.ts', import.meta.url)))
  .digest('hex');
const validatorVersion = (createRequire(import.meta.url)('html-validate/package.json') as { version: string }).version;

/** What one page yields: its facts and html-validate's messages ("line:column: message (rule)"). */
export interface PageResult {
  facts: PageFacts;
  messages: string[];
}

/** What a page's result is cached under: its bytes, the validator's version and settings, and the checking code. */
export function resultKey(html: string, ...context: string[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ codeVersion, validatorVersion, VALIDATOR_CONFIG }));
  for (const part of context) hash.update(part).update('\0');
  return hash.update(html).digest('hex').slice(0, 32);
}

/** What checking a document yields, each finding located by its offset into the document. */
export interface DocumentResult {
  /** html-validate's messages ("message (rule)") at their offsets. */
  messages: { at: number; text: string }[];
  items: FactItem[];
}

let validator: HtmlValidate | undefined;

/** Checks one document; `file` only names it in html-validate's own bookkeeping. */
export async function checkDocument(file: string, html: string): Promise<DocumentResult> {
  validator ??= new HtmlValidate(VALIDATOR_CONFIG);
  const report = await validator.validateString(html, file);
  const messages = report.results.flatMap((result) =>
    result.messages.map((m) => ({ at: m.offset, text: `${m.message} (${m.ruleId})` })),
  );
  return { messages, items: factItems(fromHtml(html)) };
}
