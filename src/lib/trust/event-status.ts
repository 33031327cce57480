import type { Model, ModelEvent } from '../model/types';
import { eventStatusText, isPassedUnreported } from './as-of';

/** Return the days an editor looked at an event: its updates, corrections and its cases' reviews. */
export function checkedDaysOf(model: Model, event: ModelEvent): (string | undefined)[] {
  const { data } = event;
  return [
    data.updated?.latest ?? undefined,
    ...data.corrections.map((c) => c.date.latest ?? undefined),
    ...data.cases.map((id) => model.cases.get(id)?.data.reviewed?.latest ?? undefined),
  ];
}

/** Return an event's status line as readers see it on `today` (see eventStatusText). */
export function eventStatusLine(model: Model, event: ModelEvent, today: string): string {
  return eventStatusText(event.data.status, event.data.date, {
    today,
    checkedDays: checkedDaysOf(model, event),
  });
}

/** Return whether an event is scheduled for a date that has passed with no report it happened. */
export function isOverdue(event: ModelEvent, today: string): boolean {
  return isPassedUnreported(event.data.status, event.data.date, today);
}
