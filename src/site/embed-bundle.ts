import { build, transform, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

// Astro bundles this module into its build output, so import.meta.url does not point into src/;
// the build runs from the project root (npm run build, the tests' buildSite), as Astro expects.
const ENTRY = resolve(process.cwd(), 'src/embed/index.ts');

/**
 * Options the widget is bundled with: one minified ES module for the browsers the site's own
 * scripts are built for (Vite's default, "baseline widely available": Chrome and Edge 111,
 * Firefox 114, Safari 16.4, from 2023), so no syntax is rewritten for older ones.
 */
export const EMBED_BUILD = {
  format: 'esm' as const,
  target: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
  minify: true,
};

// `?raw` imports (the stylesheets) are Vite's; esbuild gets them as text, minified when CSS.
const rawText: Plugin = {
  name: 'casetrail-raw',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const contents = args.path.endsWith('.css')
        ? (await transform(text, { loader: 'css', minify: true })).code
        : text;
      return { contents, loader: 'text' };
    });
  },
};

/** Return /embed.js freshly bundled (the benchmark builds it unminified to profile it). */
export async function bundle(overrides: { minify?: boolean } = {}): Promise<string> {
  if (!existsSync(ENTRY))
    throw new Error(`embed.js: ${ENTRY} is missing; run astro from the project root`);
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    platform: 'browser',
    legalComments: 'none',
    plugins: [rawText],
    // As in astro.config.mjs: the timeline animates its own zooms (src/client/timeline/no-transition.ts).
    alias: {
      'd3-transition': resolve(process.cwd(), 'src/client/timeline/no-transition.ts'),
      'd3-interpolate': resolve(process.cwd(), 'src/client/timeline/no-transition.ts'),
    },
    ...EMBED_BUILD,
    ...overrides,
  });
  return result.outputFiles[0]!.text;
}

let cached: Promise<string> | undefined;

/** Return /embed.js: src/embed/index.ts with everything it imports, bundled once per build. */
export function bundleEmbed(): Promise<string> {
  if (import.meta.env.DEV) return bundle();
  cached ??= bundle();
  return cached;
}
