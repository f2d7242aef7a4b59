/**
 * The URL builders of this build, for pages, layouts and components: one
 * `urls` under the base path Astro was configured with. Code outside Vite
 * (integrations, scripts) calls makeUrls with the base from config.ts instead.
 */
import { makeUrls } from './urls.ts';

/** Every internal URL of this build, under its base path. */
export const urls = makeUrls(import.meta.env.BASE_URL);
