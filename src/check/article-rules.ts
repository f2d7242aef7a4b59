/** Rules for the article: exactly one file, and corrections that quote words it really says. */
import { bodyTree } from '../content/body-tree.ts';
import { describeValue, type Problem } from '../content/problem.ts';
import type { ValidEntry } from '../content/validate-content.ts';

/** The words of a markdown text as a reader sees them, with runs of white space made single. */
function readableText(markdown: string): string {
  type Node = { value?: unknown; children?: Node[] };
  const words = (node: Node): string =>
    typeof node.value === 'string' ? node.value : (node.children ?? []).map(words).join('');
  return bodyTree(markdown)
    .children.map((block) => words(block as Node))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Each correction must quote words the article really says, or readers cannot find what it corrects. */
export function checkCorrectionQuotes(article: ValidEntry<'article'>): Problem[] {
  const text = readableText(article.body);
  return article.data.log.flatMap((correction, i): Problem[] =>
    correction.quote === undefined || text.includes(correction.quote.replace(/\s+/g, ' '))
      ? []
      : [
          {
            file: article.file,
            field: `log.${i}.quote`,
            found: describeValue(correction.quote),
            expected:
              'words that appear in the article text exactly as published; copy them from the article, curly quotes and apostrophes included',
            line: article.lineOf(['log', i, 'quote']),
          },
        ],
  );
}

/** Whole-collection rules: exactly one article file (whether or not it validated). */
export function checkArticleCount(articleFiles: number): Problem[] {
  if (articleFiles === 1) return [];
  const found = articleFiles === 0 ? 'no article file' : `${articleFiles} article files`;
  return [{ file: 'content/article', field: 'file', found, expected: 'exactly one markdown file holding the article' }];
}
