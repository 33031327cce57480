// The site's configuration: one typed object that pages, feeds, JSON-LD, the About page and the
// iframe embed's attribution read. Edit SITE_DEFAULTS for a deployment; the CASETRAIL_* environment
// variables (README, Configuration) override the origin, base path and report-an-error link.

/** A licence as readers see it: its name and where its terms are. */
export interface Licence {
  name: string;
  url: string;
}

/** A way to reach the editors: what the link says and where it goes. */
export interface Contact {
  label: string;
  url: string;
}

/** Everything about the site that is not content. */
export interface SiteConfig {
  /** The site's name, in titles, feeds, citations and structured data. */
  name: string;
  /** The public origin (and any path it has): canonical URLs, feeds and embeds are absolute. */
  origin: string;
  /** The sub-path the site is served under, always ending in "/". */
  base: string;
  /** What the site is, in one sentence: home page, feeds, social cards. */
  description: string;
  /** The licence of the text the editors write (not of the sources it cites). */
  licence: Licence;
  /** Where readers reach the editors. */
  contact: Contact;
  /**
   * Where "Report an error" goes: an http(s) or mailto: URL in which `{url}` and `{title}` are
   * replaced by the page's address and title, URL-encoded.
   */
  reportErrorUrl: string;
  /** Months after which `npm run check` says a case's `reviewed:` day is old. */
  reviewMonths: number;
}

/**
 * The defaults. `OWNER/REPO` is a placeholder: point `contact` and `reportErrorUrl` at your own
 * issue tracker (an issue form), a mailto: address or a contact page before publishing.
 */
export const SITE_DEFAULTS: SiteConfig = {
  name: 'Casetrail',
  origin: 'https://casetrail.example',
  base: '/',
  description:
    'A legal case timeline knowledge base: every event in a case, dated honestly, with its sources.',
  licence: {
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  contact: { label: 'the issue tracker', url: 'https://github.com/OWNER/REPO/issues' },
  reportErrorUrl:
    'https://github.com/OWNER/REPO/issues/new?title=Error%20on%20{title}&body=Page%3A%20{url}',
  reviewMonths: 6,
};

/** The environment variables that override the defaults. */
export const SITE_ENV = {
  origin: 'CASETRAIL_SITE',
  base: 'CASETRAIL_BASE',
  reportErrorUrl: 'CASETRAIL_REPORT_URL',
} as const;

function checkReportUrl(template: string, from: string): string {
  if (!/^(https?:\/\/|mailto:)/i.test(template) || !template.includes('{url}')) {
    throw new Error(
      `${from}: found "${template}"; expected an http(s):// or mailto: URL containing {url} (and optionally {title}), like https://example.org/report?page={url}`,
    );
  }
  return template;
}

function checkOrigin(origin: string, from: string): string {
  if (!/^https?:\/\//i.test(origin) || !URL.canParse(origin)) {
    throw new Error(
      `${from}: found "${origin}"; expected the site's public address, like https://casetrail.example`,
    );
  }
  return origin;
}

/** Return the site configuration: the defaults with any CASETRAIL_* overrides applied. */
export function readSiteConfig(
  env: Record<string, string | undefined> = process.env,
  defaults: SiteConfig = SITE_DEFAULTS,
): SiteConfig {
  const value = (key: keyof typeof SITE_ENV) => env[SITE_ENV[key]]?.trim() || undefined;
  const origin = value('origin');
  const base = value('base') ?? defaults.base;
  const report = value('reportErrorUrl');
  return {
    ...defaults,
    origin: origin ? checkOrigin(origin, SITE_ENV.origin) : defaults.origin,
    base: base.endsWith('/') ? base : `${base}/`,
    reportErrorUrl: report
      ? checkReportUrl(report, SITE_ENV.reportErrorUrl)
      : checkReportUrl(defaults.reportErrorUrl, 'src/lib/site-config.ts: reportErrorUrl'),
  };
}

/** The configuration of this build. */
export const SITE: SiteConfig = readSiteConfig(typeof process === 'undefined' ? {} : process.env);
