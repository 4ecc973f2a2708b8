/**
 * A refused or failed Graph call: the HTTP status and Graph's error code only. Graph's error
 * message can name the user (a UPN), so it is never kept, logged or stored in the outbox.
 */
export class GraphError extends Error {
  override readonly name = "GraphError";

  constructor(
    readonly status: number | undefined,
    readonly code: string | undefined,
    readonly operation: string,
  ) {
    super(`Graph ${operation}: ${status ? `HTTP ${status}` : "onbereikbaar / unreachable"}${code ? ` (${code})` : ""}`);
  }

  /** 429 and 5xx (and no answer at all) may pass; any other 4xx will not, however often it is tried. */
  get transient(): boolean {
    return this.status === undefined || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
