import {
  BULK_SIGNALS_PER_CALL,
  type CreatedSignal,
  type DeliveryInput,
  type SignalCreate,
  type Store,
} from "@convenantbot/store";

interface Waiting {
  item: { input: SignalCreate; deliveries: readonly DeliveryInput[] };
  meta: { actor: string; correlationId?: string };
  resolve(created: CreatedSignal): void;
  reject(error: unknown): void;
}

/**
 * Group commit for single-signal POSTs (issue 18): signals of one sender that arrive while
 * that sender's previous commit is still running are stored together, in one `createMany`
 * transaction, instead of one transaction of ~8 statements each. Nothing waits for a timer:
 * a signal that finds no commit running is committed at once (so a lone POST is as fast as
 * before), and under load the queue fills by itself while the database is busy. Each signal
 * keeps its own audit actor and correlation id, its own answer and its own errors: if the
 * shared transaction fails, every signal of it is tried again alone, so one bad row never
 * costs the others their signal.
 */
export class SignalGroupCommit {
  private readonly queues = new Map<string, Waiting[]>();
  private readonly running = new Set<string>();

  constructor(private readonly store: Store) {}

  create(item: Waiting["item"], meta: Waiting["meta"]): Promise<CreatedSignal> {
    const sender = item.input.senderPartyId;
    return new Promise<CreatedSignal>((resolve, reject) => {
      const queue = this.queues.get(sender) ?? [];
      queue.push({ item, meta, resolve, reject });
      this.queues.set(sender, queue);
      if (!this.running.has(sender)) void this.drain(sender);
    });
  }

  private async drain(sender: string): Promise<void> {
    this.running.add(sender);
    try {
      for (;;) {
        const queue = this.queues.get(sender) ?? [];
        if (queue.length === 0) break;
        const group = queue.splice(0, BULK_SIGNALS_PER_CALL);
        await this.commit(group);
      }
    } finally {
      this.queues.delete(sender);
      this.running.delete(sender);
    }
  }

  private async commit(group: Waiting[]): Promise<void> {
    if (group.length === 1) return this.alone(group[0]!);
    let results;
    try {
      results = await this.store.signals.createMany(
        group.map((w) => ({ ...w.item, meta: w.meta })),
        group[0]!.meta,
      );
    } catch {
      // The whole transaction failed (a row the database refused, a lost connection): each
      // signal alone, so each gets its own answer.
      await Promise.all(group.map((w) => this.alone(w)));
      return;
    }
    results.forEach((result, i) => {
      const waiting = group[i]!;
      if (result.ok)
        waiting.resolve({ signal: result.signal, created: result.created, deliveryIds: result.deliveryIds });
      else waiting.reject(result.error);
    });
  }

  private async alone(waiting: Waiting): Promise<void> {
    try {
      waiting.resolve(await this.store.signals.create(waiting.item.input, waiting.item.deliveries, waiting.meta));
    } catch (error) {
      waiting.reject(error);
    }
  }
}
