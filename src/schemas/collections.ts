import type { z } from 'astro/zod';
import { ArticleSchema } from './article.ts';
import { EventSchema } from './event.ts';
import { FactSchema } from './fact.ts';
import { PageSchema } from './page.ts';
import { PlaceSchema } from './place.ts';
import { SectionSchema } from './section.ts';
import { SourceSchema } from './source.ts';

/**
 * The collections' one vocabulary table: where each lives under content/, what files it holds, what one entry is
 * called ("event"), the namespace its ids share (sections and events share the timeline's, one anchor each on
 * /timeline/), whether `npm run new -- <singular>` makes one, its schema, and what one entry is, for editors.
 */
export const COLLECTIONS = {
  article: {
    folder: 'article',
    singular: 'article',
    namespace: undefined,
    scaffold: false,
    extension: '.md',
    schema: ArticleSchema,
    about:
      'The story as first published, with its corrections. There is exactly one; the text below the fields is the article.',
  },
  sections: {
    folder: 'sections',
    singular: 'section',
    namespace: 'timeline',
    scaffold: true,
    extension: '.md',
    schema: SectionSchema,
    about: 'A phase of the timeline. Its id is its anchor on /timeline/ and its own page.',
  },
  events: {
    folder: 'events',
    singular: 'event',
    namespace: 'timeline',
    scaffold: true,
    extension: '.md',
    schema: EventSchema,
    about: 'One dated event on the timeline. The text below the fields tells it in a few plain paragraphs.',
  },
  facts: {
    folder: 'facts',
    singular: 'fact',
    namespace: 'facts',
    scaffold: true,
    extension: '.md',
    schema: FactSchema,
    about: 'One context figure. The text below the fields explains where it comes from and how sources differ.',
  },
  sources: {
    folder: 'sources',
    singular: 'source',
    namespace: 'sources',
    scaffold: true,
    extension: '.yaml',
    schema: SourceSchema,
    about: 'One cited document. Fields only, no text.',
  },
  places: {
    folder: 'places',
    singular: 'place',
    namespace: 'places',
    scaffold: true,
    extension: '.yaml',
    schema: PlaceSchema,
    about: 'One location events happen at. Fields only, no text.',
  },
  pages: {
    folder: 'pages',
    singular: 'page',
    namespace: undefined,
    scaffold: false,
    extension: '.md',
    schema: PageSchema,
    about: 'A standing page of the site, such as /about/. The text below the fields is the page.',
  },
} as const satisfies Record<
  string,
  {
    folder: string;
    extension: string;
    singular: string;
    namespace: 'timeline' | 'facts' | 'sources' | 'places' | undefined;
    scaffold: boolean;
    schema: z.ZodType;
    about: string;
  }
>;

/** The name of one collection. */
export type CollectionName = keyof typeof COLLECTIONS;

/** Collection names in a fixed order, for stable reports. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Validated data of one entry of a collection. */
export type EntryData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/** The namespace of ids a collection's entries share, if its ids are linked to. */
export type IdNamespace = NonNullable<(typeof COLLECTIONS)[CollectionName]['namespace']>;

/** The collections whose ids live in one namespace ("timeline": sections and events). */
export function collectionsIn(namespace: IdNamespace): CollectionName[] {
  return COLLECTION_NAMES.filter((name) => COLLECTIONS[name].namespace === namespace);
}
