// The build day: what "as of" means on a page when no editor has looked since, and the "today"
// the content check measures against. One build has one day, even when it runs across midnight:
// the first call fixes it in the process environment, which the config, the integrations and
// every prerendered page share. `CASETRAIL_TODAY=YYYY-MM-DD` sets it (a reproducible build, or a
// rebuild that must read as of a given day). Node only: the browser asks the clock itself.
import { isIsoDay, todayIso } from './days';

const VARIABLE = 'CASETRAIL_TODAY';

/** Return the build's day as YYYY-MM-DD, fixing it for the rest of the process. */
export function buildDay(
  env: Record<string, string | undefined> = process.env,
  now = new Date(),
): string {
  const set = env[VARIABLE];
  if (set === undefined || set === '') {
    const day = todayIso(now);
    env[VARIABLE] = day;
    return day;
  }
  if (isIsoDay(set)) return set;
  throw new Error(
    `${VARIABLE} is "${String(set).slice(0, 40)}", not a day. Fix: give a real calendar day as YYYY-MM-DD, or unset it to use today.`,
  );
}
