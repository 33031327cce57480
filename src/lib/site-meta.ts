import { SITE } from './site-config';

/** The site's name, in titles, feeds and structured data (from src/lib/site-config.ts). */
export const SITE_NAME = SITE.name;

/** What the site is, for the home page and its social card (from src/lib/site-config.ts). */
export const SITE_DESCRIPTION = SITE.description;
