import { describe, expect, test, vi } from 'vitest';

describe('embed.js in a place without HTMLElement', () => {
  test('imports without throwing and defines nothing', async () => {
    expect(typeof HTMLElement).toBe('undefined');
    const module = await import('../../../src/embed/index');
    expect(typeof module.CasetrailTimelineElement.define).toBe('function');
    expect(typeof module.CasetrailFrameElement.define).toBe('function');
  });
});

describe('define', () => {
  test.each([
    ['casetrail-timeline', 'CasetrailTimelineElement'],
    ['casetrail-frame', 'CasetrailFrameElement'],
  ] as const)('registers %s once and leaves a taken tag alone', async (tag, name) => {
    const { [name]: Element } = await import('../../../src/embed/index');
    const taken = new Map<string, unknown>();
    const registry = {
      get: (t: string) => taken.get(t),
      define: vi.fn((t: string, c: unknown) => void taken.set(t, c)),
    };
    Element.define(undefined, registry as unknown as CustomElementRegistry);
    Element.define(undefined, registry as unknown as CustomElementRegistry);
    expect(registry.define).toHaveBeenCalledTimes(1);
    expect(registry.define).toHaveBeenCalledWith(tag, Element);
  });
});

describe('siteUrl', () => {
  test.each([
    [
      'https://kb.example/embed.js',
      'caseTimeline',
      'https://kb.example/data/cases/a-case.timeline.json',
    ],
    [
      'https://kb.example/kb/embed.js?v=2',
      'caseTimeline',
      'https://kb.example/kb/data/cases/a-case.timeline.json',
    ],
    ['https://kb.example/kb/embed.js', 'case', 'https://kb.example/kb/cases/a-case/'],
    ['https://kb.example/kb/embed.js', 'embedPage', 'https://kb.example/kb/embed/a-case/'],
  ] as const)('finds the site under embed.js at %s: %s is %s', async (moduleUrl, path, url) => {
    const { siteUrl } = await import('../../../src/embed/base');
    expect(siteUrl(moduleUrl, path, 'a-case')).toBe(url);
  });
});
