import { addDays, addMonths, type IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { DeadlineDefinition, DeadlineStart } from "./deadline.js";

export interface Deadline {
  code: string;
  article: string;
  title: Localized;
  kind: DeadlineDefinition["kind"];
  startsOn: IsoDate;
  due: IsoDate;
}

function dueDate(start: IsoDate, term: DeadlineDefinition["term"]): IsoDate {
  const months = (term.years ?? 0) * 12 + (term.months ?? 0);
  return addDays(addMonths(start, months), term.days ?? 0);
}

/** The deadlines that start at an event (e.g. aanmelding) on a date. */
export function deadlinesFrom(
  definitions: readonly DeadlineDefinition[],
  event: DeadlineStart,
  on: IsoDate,
): Deadline[] {
  return definitions
    .filter((d) => d.startsAt === event)
    .map((d) => ({
      code: d.code,
      article: d.article,
      title: d.title,
      kind: d.kind,
      startsOn: on,
      due: dueDate(on, d.term),
    }));
}

/**
 * Past its date: a "within", "at most" or "target" deadline whose due date has passed. For a
 * "target" this means the hoped-for date passed (shown as such), never a breach of the convenant.
 */
export function isOverdue(deadline: Deadline, today: IsoDate): boolean {
  return deadline.kind !== "at_least" && today > deadline.due;
}
