import { deadlinesFrom, isOverdue, type DeadlineDefinition, type IsoDate } from "@convenantbot/domain";
import type { DeadlineRecord, Lease } from "@convenantbot/store";

export interface TrackedDeadline {
  code: string;
  article: string;
  title: { nl: string; en: string };
  kind: "within" | "at_most" | "at_least" | "target";
  due: IsoDate;
  metOn?: IsoDate;
  overdue: boolean;
}

/** The aanmelding's offer terms (LV.5.4, LV.6.4: "within three months"): the rulebook marks them met by the first offer. */
export function offerDeadlineCodes(definitions: readonly DeadlineDefinition[]): Set<string> {
  return new Set(definitions.filter((d) => d.metBy === "first_offer").map((d) => d.code));
}

function track(d: Omit<TrackedDeadline, "overdue">, today: IsoDate, closed: boolean): TrackedDeadline {
  const overdue = !closed && d.metOn === undefined && isOverdue({ ...d, startsOn: d.due }, today);
  return { ...d, overdue };
}

/**
 * An aanmelding's running terms, from the store and the rulebook:
 * - stored at aanmelding (e.g. LV.5.4 offer within three months): met by the first offer;
 * - from the lease start (LV.4.9 temporary lease of at most two years, MH/GV evaluations):
 *   due at the lease's own evaluation date when that is earlier; met when the lease is made
 *   permanent or ends;
 * - LV.5.11 yearly evaluation: a year after the lease start, or after the last positive
 *   evaluation (ASSUMED: making the lease permanent is one; the store has no evaluation record
 *   yet, so a stored LV.5.11 record with `metOn` moves it on too).
 * A closed case has nothing overdue.
 */
export function trackDeadlines(input: {
  stored: readonly DeadlineRecord[];
  definitions: readonly DeadlineDefinition[];
  offers: readonly { offeredOn: IsoDate }[];
  lease: Pick<Lease, "temporaryStart" | "evaluationDue" | "madePermanentOn" | "endedOn"> | null;
  closed: boolean;
  today: IsoDate;
}): TrackedDeadline[] {
  const { today, closed, lease } = input;
  const offerCodes = offerDeadlineCodes(input.definitions);
  // Recurring terms of one tenant's case (LV.5.11); a convenant's meetings (KW.EVALUATIE) are not on a case.
  const perCaseRecurring = new Set(
    input.definitions.filter((d) => d.recurring && d.scope === "case").map((d) => d.code),
  );
  const firstOffer = [...input.offers].map((o) => o.offeredOn).sort()[0];
  const out: TrackedDeadline[] = [];
  for (const d of input.stored) {
    if (perCaseRecurring.has(d.code)) continue; // recomputed below from the lease
    const metOn = d.metOn ?? (offerCodes.has(d.code) ? firstOffer : undefined);
    out.push(
      track(
        { code: d.code, article: d.article, title: d.title, kind: d.kind, due: d.due, ...(metOn ? { metOn } : {}) },
        today,
        closed,
      ),
    );
  }
  if (!lease) return out;
  const leaseDone = lease.madePermanentOn ?? lease.endedOn ?? undefined;
  for (const d of deadlinesFrom(input.definitions, "lease_start", lease.temporaryStart)) {
    const due = lease.evaluationDue < d.due ? lease.evaluationDue : d.due;
    out.push(
      track(
        {
          code: d.code,
          article: d.article,
          title: d.title,
          kind: d.kind,
          due,
          ...(leaseDone ? { metOn: leaseDone } : {}),
        },
        today,
        closed,
      ),
    );
  }
  for (const definition of input.definitions.filter(
    (d) => d.startsAt === "last_evaluation" && perCaseRecurring.has(d.code),
  )) {
    const storedMet = input.stored.find((s) => s.code === definition.code)?.metOn;
    const last = [lease.temporaryStart, lease.madePermanentOn, storedMet]
      .filter((x): x is string => typeof x === "string")
      .sort()
      .at(-1)!;
    const [d] = deadlinesFrom([definition], "last_evaluation", last);
    if (!d) continue;
    out.push(
      track(
        { code: d.code, article: d.article, title: d.title, kind: d.kind, due: d.due },
        today,
        closed || lease.endedOn !== null,
      ),
    );
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
