import { createPaths, createSiteUrls } from '../lib/paths';
import { DEFAULT_SITE } from '../lib/site-meta';

/** The site's paths under the configured `base`. */
export const paths = createPaths(import.meta.env.BASE_URL);

/** Absolute URLs of every page, feed, export and embed, from `site` and `base` in astro.config. */
export const urls = createSiteUrls(import.meta.env.SITE ?? DEFAULT_SITE, import.meta.env.BASE_URL);
