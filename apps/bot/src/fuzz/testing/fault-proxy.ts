// Test support: a loopback TCP proxy in front of the Postgres server that can make the
// database "go away" deterministically: at once (down), or at the moment a client sends a
// statement containing a given text (trip), e.g. in the middle of a transaction. While down,
// live connections are cut and new ones are refused; up() lets connections through again.
import { createServer, connect, type Server, type Socket } from "node:net";

export class FaultProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private isDown = false;
  private trip: { pattern: Buffer; fired: () => void } | undefined;
  /** Connections accepted while up, and refused while down (for assertions and debugging). */
  readonly stats = { accepted: 0, refused: 0, tripped: 0 };

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    return typeof address === "object" && address ? address.port : 0;
  }

  /** The database goes away now: every connection is cut, new ones are refused. */
  down(): void {
    this.isDown = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  /** The database is back. */
  up(): void {
    this.isDown = false;
    this.trip = undefined;
  }

  /** Goes down the moment a client sends a message containing `text` (that message is not forwarded). */
  downWhenClientSends(text: string): Promise<void> {
    return new Promise((resolve) => {
      this.trip = { pattern: Buffer.from(text, "utf8"), fired: resolve };
    });
  }

  async close(): Promise<void> {
    this.down();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: Socket): void {
    if (this.isDown) {
      this.stats.refused++;
      client.destroy();
      return;
    }
    this.stats.accepted++;
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client);
    this.sockets.add(upstream);
    let tail = Buffer.alloc(0); // the last bytes seen, so a pattern split over two chunks is found
    client.on("data", (chunk: Buffer) => {
      const trip = this.trip;
      if (trip) {
        const window = Buffer.concat([tail, chunk]);
        if (window.includes(trip.pattern)) {
          this.trip = undefined;
          this.stats.tripped++;
          this.down();
          trip.fired();
          return;
        }
        tail = window.subarray(Math.max(0, window.length - trip.pattern.length));
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("error", close);
    upstream.on("error", close);
    client.on("close", close);
    upstream.on("close", close);
  }
}

/** True when something accepts TCP connections at host:port within `timeoutMs`. */
export function reachable(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
