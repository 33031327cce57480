import { buildEventsCsv } from '../../lib/data/csv';
import { urls } from '../../site/paths';
import { getModel } from '../../site/model';

/** Serve every event as one CSV row, for spreadsheets. */
export async function GET() {
  return new Response(buildEventsCsv(await getModel(), urls), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}
