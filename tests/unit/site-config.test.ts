import { describe, expect, test } from 'vitest';
import { readSiteConfig, SITE_DEFAULTS } from '../../src/lib/site-config';
import { reportErrorHref } from '../../src/lib/trust/report';

describe('readSiteConfig', () => {
  test('gives the defaults without overrides: Casetrail, CC BY 4.0, the root path', () => {
    const config = readSiteConfig({});
    expect(config.name).toBe('Casetrail');
    expect(config.origin).toBe('https://casetrail.example');
    expect(config.base).toBe('/');
    expect(config.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  test.each([
    [{ CASETRAIL_SITE: 'https://news.example.org' }, 'origin', 'https://news.example.org'],
    [{ CASETRAIL_BASE: '/kb' }, 'base', '/kb/'],
    [{ CASETRAIL_BASE: '/kb/' }, 'base', '/kb/'],
    [{ CASETRAIL_SITE: '  ' }, 'origin', SITE_DEFAULTS.origin],
    [
      { CASETRAIL_REPORT_URL: 'mailto:desk@news.example.org?body={url}' },
      'reportErrorUrl',
      'mailto:desk@news.example.org?body={url}',
    ],
  ] as const)('with %j sets %s to %s', (env, key, value) => {
    expect(readSiteConfig(env)[key]).toBe(value);
  });

  test.each([
    [
      { CASETRAIL_SITE: 'casetrail.example' },
      'CASETRAIL_SITE: found "casetrail.example"; expected the site\'s public address, like https://casetrail.example',
    ],
    [
      { CASETRAIL_REPORT_URL: 'javascript:alert(1)//{url}' },
      'CASETRAIL_REPORT_URL: found "javascript:alert(1)//{url}"; expected an http(s):// or mailto: URL containing {url}',
    ],
    [
      { CASETRAIL_REPORT_URL: 'https://example.org/report' },
      'CASETRAIL_REPORT_URL: found "https://example.org/report"; expected an http(s):// or mailto: URL containing {url}',
    ],
  ])('refuses %j in one line naming the variable and the fix', (env, message) => {
    expect(() => readSiteConfig(env)).toThrow(message);
  });
});

describe('reportErrorHref', () => {
  test.each([
    [
      'https://example.org/new?title={title}&body={url}',
      'https://example.org/new?title=Court%20%26%20%22Meta%22%3F%20%231&body=https%3A%2F%2Fsite.example%2Fevents%2Fa%2F%3Fx%3D1%26y%3D2',
    ],
    [
      'mailto:desk@example.org?subject={title}&body={url}',
      'mailto:desk@example.org?subject=Court%20%26%20%22Meta%22%3F%20%231&body=https%3A%2F%2Fsite.example%2Fevents%2Fa%2F%3Fx%3D1%26y%3D2',
    ],
  ])('fills %s with the page URL and title, encoded', (template, expected) => {
    const href = reportErrorHref(template, {
      url: 'https://site.example/events/a/?x=1&y=2',
      title: 'Court & "Meta"? #1',
    });
    expect(href).toBe(expected);
    if (href.startsWith('https:')) {
      const query = new URL(href).searchParams;
      expect(query.get('title')).toBe('Court & "Meta"? #1');
      expect(query.get('body')).toBe('https://site.example/events/a/?x=1&y=2');
    }
  });
});
