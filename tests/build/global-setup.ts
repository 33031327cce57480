import { buildSite } from '../helpers/site';

// Build the site once for every build test; a failed build fails the whole project with Astro's
// own output, which names the file and field at fault.
export default async function setup(): Promise<void> {
  if (process.env.CASETRAIL_REUSE_DIST === '1') return;
  try {
    await buildSite();
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}
