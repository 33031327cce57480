import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../helpers/site';

const run = promisify(execFile);

/** The W3C Nu Html Checker, as the vnu-jar package ships it. */
export const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Check HTML files with the Nu checker in one Java run (a JVM start costs seconds) and return
 * every error as `dist/page:line:column: message`; an empty list means valid HTML.
 */
export async function nuErrors(files: string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const java = process.env.JAVA ?? 'java';
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files];
  let output: string;
  try {
    output = (await run(java, args, { maxBuffer: 64 * 1024 * 1024 })).stderr;
  } catch (error) {
    // vnu exits 1 when it finds errors; its report is still on stderr.
    const { stderr, code } = error as { stderr?: string; code?: number | string };
    if (code === 'ENOENT')
      throw new Error('The Nu checker needs Java: apt-get install -y default-jre-headless', {
        cause: error,
      });
    output = stderr ?? '';
  }
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const page = m.url ? relative(ROOT, new URL(m.url).pathname) : '?';
      return `${page}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`;
    });
}
