import type { OutboxDelivery } from "../records/delivery.js";
import type { OutboxRepository } from "../repositories/outbox.js";
import { backoffMs, defaultBackoff, type BackoffOptions } from "./backoff.js";
import { PermanentDeliveryError, UnreachableDeliveryError } from "./permanent-delivery-error.js";

/**
 * Optional per-batch work of a deliverer, so a batch costs a few statements instead of a few
 * per delivery: `prepare` may load what the batch's deliveries need (one query per kind of
 * row) and `settle` may write what they recorded (one statement per kind). `settle` runs
 * after the deliveries ended (whatever their outcome) and before the successes are marked
 * delivered; if it throws, none of the batch's successes is marked, and they are delivered
 * again after the lease (at least once).
 */
export interface BatchHooks {
  prepare?: (batch: readonly OutboxDelivery[]) => Promise<void>;
  settle?: (batch: readonly OutboxDelivery[]) => Promise<void>;
}

export interface OutboxWorkerOptions {
  /** Unique per worker (e.g. `bot-<hostname>-<pid>`): a claim records who holds it. */
  workerId: string;
  /**
   * Delivers one delivery; resolve on success, throw to retry later (or throw a
   * PermanentDeliveryError to give up). Use `delivery.id` as the idempotency key towards the
   * receiver: a delivery can be repeated if a worker dies after delivering but before marking.
   */
  deliver: (delivery: OutboxDelivery, context: { signal: AbortSignal }) => Promise<void>;
  /** Deliveries claimed at once (one claim, one mark-delivered statement); default 100. */
  batchSize?: number;
  /** Deliveries of a batch in flight at once (a bounded pool of connector calls); default 16. */
  concurrency?: number;
  batch?: BatchHooks;
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
  /**
   * Acceptance first (issue 18): while `when()` is true (the process is answering many
   * requests, e.g. a partner's system posting signals one by one), a round claims at most
   * `batchSize` (default 10) and the next waits `pauseMs` (default 50), whatever pokes it.
   * The answers get the CPU; the cards go out a few seconds later, never stopped. Off by default.
   */
  busy?: { when: () => boolean; batchSize?: number; pauseMs?: number };
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
  private readonly options: Required<Omit<OutboxWorkerOptions, "onError" | "batch" | "busy">> &
    Pick<OutboxWorkerOptions, "onError" | "batch" | "busy">;
  private running = false;
  private draining = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private wakeOnStop: (() => void) | undefined;
  private abort = new AbortController();

  constructor(
    private readonly store: HasOutbox,
    options: OutboxWorkerOptions,
  ) {
    const leaseMs = options.leaseMs ?? 30_000;
    this.options = {
      batchSize: 100,
      concurrency: 16,
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

  /** The last round claimed deliveries: a backlog is going out (maintenance waits for it to end). */
  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * One round: claim a batch, deliver it through a pool of `concurrency`, record the results.
   * Failures are marked one by one as they happen (rare); successes together at the end.
   * A delivery not started by `leaseMs - deliveryTimeoutMs - leaseMs / 10` after the claim is
   * released unstarted: every delivery started ends (or is aborted) before the lease runs
   * out, so no other worker takes over a delivery this one still runs or has not marked yet.
   */
  async drainOnce(batchSize = this.options.batchSize): Promise<DrainResult> {
    const { workerId, leaseMs, deliveryTimeoutMs, concurrency } = this.options;
    const claimedAt = performance.now();
    const batch = await this.store.outbox.claim(workerId, { batchSize, leaseMs });
    const result: DrainResult = { claimed: batch.length, delivered: 0, retried: 0, failed: 0, unreachable: 0 };
    if (batch.length === 0) return result;
    const startBy = claimedAt + Math.max(0, leaseMs - deliveryTimeoutMs - leaseMs / 10);
    const hooks = this.options.batch;
    await hooks?.prepare?.(batch);
    const delivered: string[] = [];
    const unstarted: string[] = [];
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < batch.length; i = next++) {
        const delivery = batch[i]!;
        // Stopping with abortInFlight, or too late to finish within the lease: given back.
        if (this.abort.signal.aborted || performance.now() > startBy) unstarted.push(delivery.id);
        else {
          const outcome = await this.deliverOne(delivery);
          if (outcome === "delivered") delivered.push(delivery.id);
          else result[outcome] += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), batch.length) }, lane));
    // Also after failures: a delivery that reached one chat and failed in another has a card to record.
    await hooks?.settle?.(batch);
    await this.store.outbox.markDeliveredMany(delivered);
    await this.store.outbox.release(unstarted, workerId);
    result.delivered = delivered.length;
    return result;
  }

  /** Delivers one; failures are marked here, a success is returned for the batch's one mark. */
  private async deliverOne(delivery: OutboxDelivery): Promise<"delivered" | "retried" | "failed" | "unreachable"> {
    const { workerId, deliver, deliveryTimeoutMs, backoff, maxAttempts } = this.options;
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new Error(`delivery timed out after ${deliveryTimeoutMs} ms`)),
      deliveryTimeoutMs,
    );
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
    const busy = this.options.busy;
    while (this.running) {
      let claimed = 0;
      const paced = busy?.when() ?? false;
      let batchSize = paced ? (busy?.batchSize ?? 10) : this.options.batchSize;
      try {
        const result = await this.drainOnce(batchSize);
        claimed = result.claimed;
        this.draining = claimed > 0;
      } catch (error) {
        (this.options.onError ?? ((e) => console.error(`[outbox ${this.options.workerId}]`, e)))(error);
        batchSize = Number.POSITIVE_INFINITY; // force a pause after an error
      }
      if (!this.running) break;
      // Busy: a short pause that pokes do not cut. Otherwise a full batch means more may be
      // waiting: go on at once; else wait a poll interval (or a poke).
      if (paced && claimed > 0) await this.sleep(busy?.pauseMs ?? 50, { pokable: false });
      else if (claimed < batchSize) await this.sleep(this.options.pollMs);
    }
  }

  private sleep(ms: number, { pokable = true } = {}): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = pokable ? done : undefined;
      this.wakeOnStop = done;
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
    this.draining = false;
    if (options.abortInFlight) this.abort.abort(new Error("worker stopping"));
    this.wakeOnStop?.();
    await this.loop;
    this.loop = undefined;
  }
}
