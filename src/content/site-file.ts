/** Where the story's settings live, from the folder that holds content/. */
export const SITE_FILE = 'content/site.yaml';
