/** The site's own name and wording that is not story content. */
export const SITE_NAME = 'MSS Haiti explainer';
