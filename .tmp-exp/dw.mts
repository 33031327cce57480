import { parseEventDate } from '../src/lib/dates';
import { dateSearchWords } from '../src/lib/search/date-words';
for (const e of ['2025-05-23', '2025-04', '2025', '../2025-05-23', '2025-05-23~', '2025-12-01/2026-02-10', '0618/0907', '2025-05?']) console.log(e, JSON.stringify(dateSearchWords(parseEventDate(e))));
