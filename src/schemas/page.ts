import { z } from 'astro/zod';
import { documented } from './fields/field-doc.ts';
import { plainText } from './fields/text.ts';

/** A standing page of the site, such as /about/; the markdown body is the page text. */
export const PageSchema = z.strictObject({
  title: documented(plainText('the page heading', 120), {
    description: 'The page heading and browser title.',
    example: 'About this explainer',
  }),
  description: documented(plainText('a one-sentence description', 300), {
    description: 'One sentence for search results and link previews.',
    example: 'How this explainer is sourced, what its status labels mean, and how it handles corrections.',
  }),
});

/** A page as stored after validation. */
export type Page = z.output<typeof PageSchema>;
