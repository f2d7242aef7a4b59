/** Reads and checks all of content/: the one entry point for `npm run check` and the build. */
import { sortProblems, type Problem } from './problem.ts';
import { readContent } from './read-content.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';
import {
  checkArticleCount,
  checkReferences,
  validateEntries,
  type PresentIds,
  type ValidContent,
} from './validate-content.ts';

/** Ids of all files in each collection's folder, whether or not they parsed. */
function presentIds(files: readonly string[]): PresentIds {
  const present = {} as Record<keyof PresentIds, Set<string>>;
  for (const name of COLLECTION_NAMES) {
    const { folder, extension } = COLLECTIONS[name];
    present[name] = new Set(
      files
        .filter((file) => file.startsWith(`content/${folder}/`) && file.endsWith(extension))
        .map((file) => file.slice(`content/${folder}/`.length, -extension.length)),
    );
  }
  return present;
}

/** Every problem in `<root>/content`, sorted, plus what validated. */
export function checkContent(root: string): { problems: Problem[]; content: ValidContent } {
  const read = readContent(root);
  const { content, problems } = validateEntries(read.entries);
  const files = [...new Set([...read.entries, ...read.problems].map((e) => e.file))];
  const present = presentIds(files);
  const all = [
    ...read.problems,
    ...problems,
    ...checkArticleCount(present.article.size),
    ...checkReferences(content, present),
  ];
  return { problems: sortProblems(all), content };
}
