import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

// Long enough for a cold `astro preview` on a busy two-core machine, short enough to fail fast.
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/** Return a TCP port of 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('the OS gave no free port'))));
    });
  });
}

/** A running `astro preview`: its URL (with the base path) and a way to stop it. */
export interface Preview {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Start `astro preview` on a free port of 127.0.0.1 and resolve once it answers with the home
 * page; fail with the server's own output when it exits or does not answer in time.
 */
export async function startPreview(root: string, base: string): Promise<Preview> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${base}`;
  // process.execPath is the Node that runs Vitest (the project's Node 24), not the system's.
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => stopProcess(child);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `astro preview exited with code ${child.exitCode} before serving ${url}:\n${output}`,
      );
    }
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(
    `astro preview did not serve ${url} within ${START_TIMEOUT_MS / 1000} s:\n${output}`,
  );
}

/** Stop a child process politely, then firmly. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
