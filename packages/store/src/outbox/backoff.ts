export interface BackoffOptions {
  /** Wait after the first failed attempt. */
  baseMs: number;
  /** Upper bound for any wait. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1_000, maxMs: 60 * 60 * 1_000 };

/**
 * Exponential backoff: base, 2x base, 4x base, ... capped at max. Deterministic on purpose:
 * the lease and SKIP LOCKED already spread work over workers, so no jitter is needed.
 */
export function backoffMs(attempts: number, options: BackoffOptions = defaultBackoff): number {
  const exponent = Math.max(0, attempts - 1);
  // 2 ** 50 already exceeds any sane max; cap the exponent so the number stays finite.
  return Math.min(options.maxMs, options.baseMs * 2 ** Math.min(exponent, 50));
}
