// The host configuration files checked in beside the code: each must build the site the way the
// README says and publish dist/, with the Node version the project pins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../helpers/site';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const NODE_MAJOR = read('.nvmrc').trim();

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

describe('netlify.toml', () => {
  const config = parseToml(read('netlify.toml')) as {
    build: { command: string; publish: string; environment: Record<string, string> };
  };

  test('builds with npm run build for the site’s own address and publishes dist/', () => {
    expect(config.build.command).toMatch(/CASETRAIL_SITE="\$URL" npm run build$/);
    expect(config.build.publish).toBe('dist');
  });

  test('uses the Node version in .nvmrc', () => {
    expect(config.build.environment.NODE_VERSION).toBe(NODE_MAJOR);
  });
});

describe('the GitHub Actions workflow', () => {
  const workflow = parseYaml(read('.github/workflows/deploy.yml')) as {
    jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
  };
  const { test: testJob, publish } = workflow.jobs;
  const runs = (steps: Step[]) => steps.flatMap((s) => (s.run ? [s.run] : []));

  test('runs the README’s install and test commands, the browser gate included', () => {
    expect(runs(testJob!.steps)).toEqual(
      expect.arrayContaining(['npm ci', 'npm test', 'npm run test:e2e']),
    );
  });

  test('publishes only main, only after the tests pass', () => {
    expect(publish!.needs).toBe('test');
    expect(publish!.if).toContain("github.ref == 'refs/heads/main'");
  });

  test('builds for the Pages address and base path, then uploads dist/', () => {
    const build = publish!.steps.find((s) => s.run === 'npm run build');
    expect(build?.env).toEqual({
      CASETRAIL_SITE: '${{ steps.pages.outputs.origin }}',
      CASETRAIL_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    const upload = publish!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with).toEqual({ path: 'dist' });
  });

  test('uses the Node version in .nvmrc', () => {
    for (const job of [testJob!, publish!]) {
      const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node'));
      expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });
});
