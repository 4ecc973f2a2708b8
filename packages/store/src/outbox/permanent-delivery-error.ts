/**
 * Thrown by a `deliver` function when retrying cannot help (e.g. 403: the app was removed
 * from the team). The delivery is marked failed at once instead of backing off for hours.
 */
export class PermanentDeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentDeliveryError";
  }
}
