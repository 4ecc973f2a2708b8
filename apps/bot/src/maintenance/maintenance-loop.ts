import { dutchToday } from "@convenantbot/domain";
import { purgeExpired, vacuumEmbedded, type Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import { escalateOverdue } from "./escalate-overdue.js";
import { sweepCaseReminders } from "./case-reminders.js";
import { remindNearlyDueSignals } from "./signal-reminders.js";
import type { Notify } from "../graph/reach-outbox.js";

/**
 * The first run waits this long after the start: it reads every open signal and case, and at
 * the start it queued ahead of the first turns (the cold start of issue 18). Nothing in it is
 * due to the second; later runs follow every interval as before.
 */
export const MAINTENANCE_FIRST_RUN_MS = 10_000;

/**
 * Periodic jobs of the bot process: escalation of overdue signals, signals nearly due (activity
 * feed), case reminders (every interval), the retention purge and, on PGlite, a VACUUM (ANALYZE)
 * of every table (once a day each). Each run is bounded and logs what it did; a failed run is
 * logged and tried again next time, never crashes the process.
 */
export function startMaintenance(
  store: Store,
  logger: Logger,
  // notify: the Teams activity feed (Graph), when it is on; signals nearly due are told there only.
  options: {
    intervalMs?: number;
    firstRunAfterMs?: number;
    now?: () => Date;
    notify?: Notify;
    /** True while the process answers many requests or delivers a backlog: the embedded VACUUM waits for a later run. */
    busy?: () => boolean;
  } = {},
) {
  const now = options.now ?? (() => new Date());
  let lastPurgeDay = "";
  let lastVacuumDay = "";
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { escalated } = await escalateOverdue(store, now());
      if (escalated.length > 0)
        logger.info({ escalated: escalated.length }, "overdue signals escalated to coordinators");
      if (options.notify) {
        const { told } = await remindNearlyDueSignals(store, now(), options.notify);
        if (told > 0) logger.info({ told }, "signals nearly due: owners told in their activity feed");
      }
      const reminders = await sweepCaseReminders(store, now());
      if (reminders.written.length > 0)
        logger.info({ written: reminders.written.length }, "case reminders and escalations written");
      const day = dutchToday(now());
      if (day !== lastPurgeDay) {
        const report = await purgeExpired(store, { now: now() });
        lastPurgeDay = day;
        logger.info({ report }, "retention purge");
      }
      // After the purge, so its deletions are reclaimed too; PGlite only (no autovacuum there).
      // Each table pauses the event loop while it is vacuumed: not while requests queue or a
      // backlog of cards goes out (busy); the next quarter-hour run tries again.
      if (day !== lastVacuumDay && store.engine === "pglite" && !options.busy?.()) {
        const vacuum = await vacuumEmbedded(store);
        lastVacuumDay = day;
        logger.info({ tables: vacuum.tables.length, ms: vacuum.ms }, "embedded database vacuumed");
      }
    } catch (error) {
      logger.error({ err: error }, "maintenance run failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? 15 * 60_000);
  timer.unref();
  const first = setTimeout(() => void run(), options.firstRunAfterMs ?? MAINTENANCE_FIRST_RUN_MS);
  first.unref();
  return {
    runNow: run,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
