import type { OutboxDelivery } from "../records/delivery.js";
import type { OutboxRepository } from "../repositories/outbox.js";
import { backoffMs, defaultBackoff, type BackoffOptions } from "./backoff.js";
import { PermanentDeliveryError, UnreachableDeliveryError } from "./permanent-delivery-error.js";

export interface OutboxWorkerOptions {
  /** Unique per worker (e.g. `bot-<hostname>-<pid>`): a claim records who holds it. */
  workerId: string;
  /**
   * Delivers one delivery; resolve on success, throw to retry later (or throw a
   * PermanentDeliveryError to give up). Use `delivery.id` as the idempotency key towards the
   * receiver: a delivery can be repeated if a worker dies after delivering but before marking.
   */
  deliver: (delivery: OutboxDelivery, context: { signal: AbortSignal }) => Promise<void>;
  /** Deliveries claimed at once; default 10. */
  batchSize?: number;
  /** How long a claim holds; after it another worker may take the delivery. Default 30 s. */
  leaseMs?: number;
  /** Wait between polls when the queue is empty; default 1 s. */
  pollMs?: number;
  /** A delivery still running at this age is aborted and retried; default leaseMs / 2. */
  deliveryTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Attempts after which a delivery is marked failed; default 25 (about a day at the default backoff). */
  maxAttempts?: number;
  /** Called for loop errors (e.g. the database is briefly unreachable); default: console.error. */
  onError?: (error: unknown) => void;
}

export interface DrainResult {
  claimed: number;
  delivered: number;
  retried: number;
  failed: number;
  unreachable: number;
}

/** Anything with an outbox repository: the Store, or a test double. */
export interface HasOutbox {
  outbox: OutboxRepository;
  /** The store's clock, so retry times agree with claim times (tests use a fixed clock). */
  now?: () => Date;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Delivers the outbox at least once. Each round claims a batch (SKIP LOCKED + lease),
 * delivers it concurrently, and marks each delivery delivered, retried with exponential
 * backoff, or failed. If this process dies, its claimed deliveries are taken over by
 * another worker after the lease: nothing is lost, and only the deliveries that were in
 * flight can arrive twice (receivers drop them by delivery id).
 */
export class OutboxWorker {
  private readonly options: Required<Omit<OutboxWorkerOptions, "onError">> & Pick<OutboxWorkerOptions, "onError">;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private abort = new AbortController();

  constructor(
    private readonly store: HasOutbox,
    options: OutboxWorkerOptions,
  ) {
    const leaseMs = options.leaseMs ?? 30_000;
    this.options = {
      batchSize: 10,
      pollMs: 1_000,
      backoff: defaultBackoff,
      maxAttempts: 25,
      deliveryTimeoutMs: Math.max(1, Math.floor(leaseMs / 2)),
      ...options,
      leaseMs,
    };
    if (!options.workerId) throw new Error("OutboxWorker needs a workerId");
    if (this.options.deliveryTimeoutMs >= leaseMs) {
      // Otherwise a slow delivery outlives its lease and another worker repeats it while it runs.
      throw new Error("OutboxWorker: deliveryTimeoutMs must be shorter than leaseMs");
    }
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** One round: claim a batch, deliver it, record the results. */
  async drainOnce(): Promise<DrainResult> {
    const { workerId, batchSize, leaseMs } = this.options;
    const batch = await this.store.outbox.claim(workerId, { batchSize, leaseMs });
    const results = await Promise.all(batch.map((delivery) => this.deliverOne(delivery)));
    return {
      claimed: batch.length,
      delivered: results.filter((r) => r === "delivered").length,
      retried: results.filter((r) => r === "retried").length,
      failed: results.filter((r) => r === "failed").length,
      unreachable: results.filter((r) => r === "unreachable").length,
    };
  }

  private async deliverOne(delivery: OutboxDelivery): Promise<"delivered" | "retried" | "failed" | "unreachable"> {
    const { workerId, deliver, deliveryTimeoutMs, backoff, maxAttempts } = this.options;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error(`delivery timed out after ${deliveryTimeoutMs} ms`)), deliveryTimeoutMs);
    const signal = AbortSignal.any([timeout.signal, this.abort.signal]);
    try {
      await Promise.race([
        deliver(delivery, { signal }),
        new Promise<never>((_, reject) => {
          const onAbort = () => reject(signal.reason ?? new Error("delivery aborted"));
          if (signal.aborted) onAbort();
          else signal.addEventListener("abort", onAbort, { once: true });
        }),
      ]);
    } catch (error) {
      if (error instanceof UnreachableDeliveryError) {
        await this.store.outbox.markUnreachable(delivery.id, workerId, errorText(error));
        return "unreachable";
      }
      const permanent = error instanceof PermanentDeliveryError;
      if (permanent || delivery.attempts >= maxAttempts) {
        await this.store.outbox.markFailed(delivery.id, workerId, errorText(error));
        return "failed";
      }
      const now = this.store.now?.() ?? new Date();
      const next = new Date(now.getTime() + backoffMs(delivery.attempts, backoff));
      await this.store.outbox.markRetry(delivery.id, workerId, errorText(error), next);
      return "retried";
    } finally {
      clearTimeout(timer);
    }
    await this.store.outbox.markDelivered(delivery.id);
    return "delivered";
  }

  /** Starts polling in the background; resolves at once. */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.abort.signal.aborted) this.abort = new AbortController();
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      let batchSize = this.options.batchSize;
      try {
        const result = await this.drainOnce();
        claimed = result.claimed;
      } catch (error) {
        (this.options.onError ?? ((e) => console.error(`[outbox ${this.options.workerId}]`, e)))(error);
        batchSize = Number.POSITIVE_INFINITY; // force a pause after an error
      }
      // A full batch means more may be waiting: go on at once; otherwise wait a poll interval.
      if (this.running && claimed < batchSize) await this.sleep(this.options.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Wakes a sleeping worker, e.g. right after a transaction that queued deliveries. */
  poke(): void {
    this.wake?.();
  }

  /**
   * Graceful: claims nothing new and waits for the current batch to finish and be marked.
   * With `{ abortInFlight: true }` running deliveries are aborted (they will be retried).
   */
  async stop(options: { abortInFlight?: boolean } = {}): Promise<void> {
    this.running = false;
    if (options.abortInFlight) this.abort.abort(new Error("worker stopping"));
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }
}
