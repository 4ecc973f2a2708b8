import type { Store, StoredSignal } from "@convenantbot/store";

/** Signals read per query: a sweep of 1,000 open signals is 5 reads of 3 statements, not 1,000. */
const PER_READ = 200;

/**
 * The open signals a sweep looks at (at most `limit`, oldest first), read a few hundred at a
 * time. Read one by one, the quarter-hourly sweeps cost 3,000 statements each and, right after
 * a monthly batch, competed with the delivery of its cards. A signal purged meanwhile is skipped.
 */
export async function* openSignals(store: Store, limit: number): AsyncGenerator<StoredSignal> {
  const ids = await store.signals.openIds(limit);
  for (let start = 0; start < ids.length; start += PER_READ) {
    const chunk = ids.slice(start, start + PER_READ);
    const found = await store.signals.getMany(chunk);
    for (const id of chunk) {
      const stored = found.get(id);
      if (stored) yield stored;
    }
  }
}
