import { describe, expect, test } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/lib/html';

describe('escapeHtml', () => {
  test.each([
    ['plain', 'plain'],
    ['<b>"A" & \'B\'</b>', '&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('jsonForScript', () => {
  test.each([
    [{ title: '</script><script>alert(1)</script>' }],
    [{ note: '<!-- a comment -->', amp: 'a & b' }],
    [['\u2028 line separator', '\u2029 paragraph separator']],
    [{ plain: 'Meta', n: 3, list: [null, true] }],
  ])('writes %j with no character that could end the script, and reads back the same', (value) => {
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
