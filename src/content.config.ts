/** Wires content/ to Astro's loaders and the project's schemas; nothing else lives here. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/collections.ts';

// Ids are the file names exactly (the check guarantees kebab-case); Astro's default
// would slugify a bad name silently, or take a `slug` field from the front matter.
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

// CONTENT_ROOT lets tests build the site from a fixture tree instead of the real content/.
const contentRoot = process.env['CONTENT_ROOT'] ?? '.';

function collection<C extends CollectionName>(name: C) {
  const { folder, extension, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ base: `${contentRoot}/content/${folder}`, pattern: `*${extension}`, generateId: fileName }),
    schema,
  });
}

export const collections = {
  article: collection('article'),
  sections: collection('sections'),
  events: collection('events'),
  facts: collection('facts'),
  sources: collection('sources'),
  places: collection('places'),
  pages: collection('pages'),
};
