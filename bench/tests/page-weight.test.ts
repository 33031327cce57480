import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  measureModule,
  measurePage,
  moduleGraph,
  pageAssets,
  staticImports,
} from '../lib/page-weight';

describe('staticImports', () => {
  test.each([
    ['import{a as b}from"./paths.Dx1.js";', ['./paths.Dx1.js']],
    ['import "./side.js";import * as d3 from "./d3.js"', ['./side.js', './d3.js']],
    ['export{x}from"./re.js";export * from \'./all.js\'', ['./re.js', './all.js']],
    ['const m=import("./lazy.js");', []],
    ['a.import("./not.js");foo.export("./nor.js")', []],
    ['import{a}from"./x.js";import{b}from"./x.js"', ['./x.js']],
  ])('finds the static imports of %s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('pageAssets', () => {
  test('lists stylesheets, module scripts and modulepreloads, not inline scripts or icons', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <link rel=modulepreload href="/_astro/pre.js"><script type="module" src="/_astro/Timeline.js"></script>
      <script type="application/json">{}</script><script>inline()</script>`;
    expect(pageAssets(html)).toEqual({
      css: ['/_astro/a.css'],
      js: ['/_astro/pre.js', '/_astro/Timeline.js'],
    });
  });
});

describe('moduleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/entry.js': 'import{a}from"./shared.js";import"./d3.js";const l=import("./lazy.js")',
    '/_astro/shared.js': 'import"../other/deep.js";export const a=1',
    '/_astro/d3.js': 'import{a}from"./shared.js"',
    '/other/deep.js': 'import "d3-zoom"',
    '/_astro/lazy.js': 'never counted',
  };
  test('follows static imports once each, never dynamic or bare ones', () => {
    expect(moduleGraph(['/_astro/entry.js'], (path) => files[path] ?? null).sort()).toEqual([
      '/_astro/d3.js',
      '/_astro/entry.js',
      '/_astro/shared.js',
      '/other/deep.js',
    ]);
  });
  test('skips files that do not exist', () => {
    expect(moduleGraph(['/missing.js'], () => null)).toEqual([]);
  });
});

describe('measurePage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'casetrail-weight-'));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  const gz = (text: string) => gzipSync(text, { level: 9 }).length;
  const entry = 'import{x}from"./chunk.js";console.log(x)';
  const chunk = `export const x="${'chunk '.repeat(200)}"`;
  put('_astro/entry.js', entry);
  put('_astro/chunk.js', chunk);
  put('_astro/page.css', 'body{color:red}');
  const html =
    '<link rel="stylesheet" href="/_astro/page.css"><script type="module" src="/_astro/entry.js"></script><link rel="stylesheet" href="https://cdn.example/x.css">';
  put('events/e/index.html', html);

  test('counts the imported chunk as well as the entry script', () => {
    const weight = measurePage(dist, 'events/e/index.html');
    expect(weight.js).toBe(gz(entry) + gz(chunk));
    expect(weight.css).toBe(gz('body{color:red}'));
    expect(weight.html).toBe(gz(html));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });

  test('weighs a module entry such as /embed.js with its imports, or reports it missing', () => {
    expect(measureModule(dist, '/_astro/entry.js')?.bytes).toBe(gz(entry) + gz(chunk));
    expect(measureModule(dist, '/embed.js')).toBeNull();
  });
});
