/**
 * Thrown by a `deliver` function when retrying cannot help (e.g. 403: the app was removed
 * from the team). The delivery is marked failed at once instead of backing off for hours.
 */
/**
 * Thrown by a `deliver` function when nobody can receive the delivery yet (no member of the
 * target party has a chat with the bot). The delivery is parked as unreachable, neither
 * completed nor retried on a timer, until `outbox.wakeUnreachable(target)`.
 */
export class UnreachableDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreachableDeliveryError";
  }
}

export class PermanentDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentDeliveryError";
  }
}
