/** The valid fixture content, read and validated like the real thing, assembled into a Story. */
import { join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { buildStory, type Story } from '../../src/story/story.ts';

/** Story built from tests/fixtures/valid through the real reader, schemas and assembler. */
export function fixtureStory(): Story {
  const { content, problems } = checkContent(join(import.meta.dirname, '../fixtures/valid'));
  if (problems.length > 0) throw new Error(`fixture is invalid: ${JSON.stringify(problems)}`);
  return buildStory(content);
}
