import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP receiver that counts deliveries by delivery id, like a real receiver that
 * drops repeats would see them. Answers after a short delay so deliveries are in flight.
 */
export interface DeliveryStub {
  url: string;
  counts: Map<string, number>;
  received(): number;
  /** Called with the running total after each request is counted. */
  onReceive: ((total: number) => void) | undefined;
  close(): Promise<void>;
}

export async function startDeliveryStub(options: { delayMs: number }): Promise<DeliveryStub> {
  const counts = new Map<string, number>();
  let total = 0;
  const stub: DeliveryStub = {
    url: "",
    counts,
    received: () => total,
    onReceive: undefined,
    close: () => closeServer(server),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const id = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string }).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total += 1;
      stub.onReceive?.(total);
      setTimeout(() => {
        res.writeHead(204).end();
      }, options.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/deliveries`;
  return stub;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
