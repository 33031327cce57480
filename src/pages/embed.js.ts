import { bundleEmbed } from '../site/embed-bundle';

/** Serve the <casetrail-timeline> and <casetrail-frame> widgets as one ES module. */
export async function GET() {
  return new Response(await bundleEmbed(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
