import { z } from 'astro/zod';
import { plainText } from './text.ts';

/** A standing page of the site, such as /about/; the markdown body is the page text. */
export const PageSchema = z.strictObject({
  /** The page heading and browser title. */
  title: plainText('the page heading', 120),
  /** One sentence for search results and link previews. */
  description: plainText('a one-sentence description', 300),
});

/** A page as stored after validation. */
export type Page = z.output<typeof PageSchema>;
