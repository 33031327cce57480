import { buildCalendar } from '../lib/feeds/calendar';
import { SITE_NAME } from '../lib/site-meta';
import { urls } from '../site/paths';
import { getModel } from '../site/model';

/** Serve every event as an all-day calendar event. */
export async function GET() {
  const model = await getModel();
  const info = {
    name: SITE_NAME,
    description: 'Every dated event in Casetrail’s legal cases.',
    home: urls.home(),
  };
  return new Response(buildCalendar(model, model.events, info, urls), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
