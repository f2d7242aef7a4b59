import type { z } from 'astro/zod';
import { ArticleSchema } from './article.ts';
import { EventSchema } from './event.ts';
import { FactSchema } from './fact.ts';
import { PageSchema } from './page.ts';
import { PlaceSchema } from './place.ts';
import { SectionSchema } from './section.ts';
import { SourceSchema } from './source.ts';

/** Where each collection lives under content/, what files it holds, and its schema. */
export const COLLECTIONS = {
  article: { folder: 'article', extension: '.md', schema: ArticleSchema },
  sections: { folder: 'sections', extension: '.md', schema: SectionSchema },
  events: { folder: 'events', extension: '.md', schema: EventSchema },
  facts: { folder: 'facts', extension: '.md', schema: FactSchema },
  sources: { folder: 'sources', extension: '.yaml', schema: SourceSchema },
  places: { folder: 'places', extension: '.yaml', schema: PlaceSchema },
  pages: { folder: 'pages', extension: '.md', schema: PageSchema },
} as const satisfies Record<string, { folder: string; extension: string; schema: z.ZodType }>;

/** The name of one collection. */
export type CollectionName = keyof typeof COLLECTIONS;

/** Collection names in a fixed order, for stable reports. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Validated data of one entry of a collection. */
export type EntryData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;
