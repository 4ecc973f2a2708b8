/**
 * A clock tests can pin (retention terms, lease expiry) without waiting. Unpinned it is the
 * real clock, so ordinary tests behave as in production.
 */
export class TestClock {
  private pinned: Date | undefined;

  readonly now = (): Date => (this.pinned ? new Date(this.pinned) : new Date());

  set(at: string | Date): void {
    this.pinned = new Date(at);
  }

  advance(ms: number): void {
    this.pinned = new Date(this.now().getTime() + ms);
  }

  reset(): void {
    this.pinned = undefined;
  }
}
