import { jsonResponse } from '../../site/feeds';
import { getModel } from '../../site/model';
import { homeTimelineData } from '../../site/timeline';

/** Serve every case's chart data, prepared at build time: what the home page fetches when big. */
export async function GET() {
  return jsonResponse(homeTimelineData(await getModel()));
}
