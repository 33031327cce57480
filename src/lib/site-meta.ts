/** The site's name, in titles, feeds and structured data. */
export const SITE_NAME = 'Casetrail';

/** What the site is, for the home page and its social card. */
export const SITE_DESCRIPTION =
  'A legal case timeline knowledge base: every event in a case, dated honestly, with its sources.';

/**
 * The origin a build uses when CASETRAIL_SITE is not set: canonical URLs, feeds and embeds are
 * absolute, so a deployment sets the real one.
 */
export const DEFAULT_SITE = 'https://casetrail.example';
