/** Wires content/ to Astro's loaders and the project's schemas; nothing else lives here. */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { linkedTargets } from './markdown/linked-targets.ts';
import { crossRefResolver } from './markdown/cross-ref-resolver.ts';
import { rendererVersion } from './markdown/renderer-version.ts';
import { COLLECTIONS, type CollectionName } from './schemas/collections.ts';
import { deployConfig } from './site/config.ts';

// CONTENT_ROOT lets tests build the site from a fixture tree instead of the real content/.
const contentRoot = process.env['CONTENT_ROOT'] ?? '.';
// The markdown plugin's own lookup (astro.config.mjs), fresh within a second of an edit in dev.
const resolveRef = crossRefResolver(contentRoot, deployConfig(process.env).base, 1000);

/** The files of one collection. Ids are the file names exactly (the content check keeps them kebab-case);
 * Astro's default would slugify a bad name silently, or take a `slug` field from the front matter. */
function filesOf(name: CollectionName): Loader {
  const { folder, extension } = COLLECTIONS[name];
  const files = glob({
    base: `${contentRoot}/content/${folder}`,
    pattern: `*${extension}`,
    generateId: ({ entry }) => entry.slice(0, -extension.length),
  });
  // A file's digest also covers where its cross-references lead (markdown/linked-targets.ts) and the code
  // that renders it (markdown/renderer-version.ts), so a body is rendered again when an entry it links to
  // changes, or a plugin does, not only when its own file does.
  return {
    ...files,
    load: (context) => {
      const generateDigest: typeof context.generateDigest = (data) =>
        context.generateDigest(
          typeof data === 'string' ? `${data}\n${rendererVersion()}\n${linkedTargets(data, resolveRef)}` : data,
        );
      return files.load({ ...context, generateDigest });
    },
  };
}

export const collections = {
  article: defineCollection({ loader: filesOf('article'), schema: COLLECTIONS.article.schema }),
  sections: defineCollection({ loader: filesOf('sections'), schema: COLLECTIONS.sections.schema }),
  events: defineCollection({ loader: filesOf('events'), schema: COLLECTIONS.events.schema }),
  facts: defineCollection({ loader: filesOf('facts'), schema: COLLECTIONS.facts.schema }),
  sources: defineCollection({ loader: filesOf('sources'), schema: COLLECTIONS.sources.schema }),
  places: defineCollection({ loader: filesOf('places'), schema: COLLECTIONS.places.schema }),
  pages: defineCollection({ loader: filesOf('pages'), schema: COLLECTIONS.pages.schema }),
};
