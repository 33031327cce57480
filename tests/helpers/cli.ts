import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './site';

/** Run one of the editor commands (src/cli/<name>.ts) with tsx; resolve with its output and exit code. */
export function runCli(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/cli', `${name}.ts`), ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({
          stdout,
          stderr,
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
        });
      },
    );
  });
}
