import { SITE, SITE_DEFAULTS } from './site-config';

/** The site's name, in titles, feeds and structured data (from src/lib/site-config.ts). */
export const SITE_NAME = SITE.name;

/** What the site is, for the home page and its social card (from src/lib/site-config.ts). */
export const SITE_DESCRIPTION = SITE.description;

/**
 * The origin a build uses when CASETRAIL_SITE is not set: canonical URLs, feeds and embeds are
 * absolute, so a deployment sets the real one (src/lib/site-config.ts holds it).
 */
export const DEFAULT_SITE = SITE_DEFAULTS.origin;
