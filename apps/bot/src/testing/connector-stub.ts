// Test support: a Bot Connector on loopback for a bot running in another process. It records
// every activity the bot posts or updates; in "hold" mode it answers nothing, so a request in
// flight when the bot dies was never accepted (as a connector that never answered).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

export interface ConnectorRecord {
  method: string;
  path: string;
  activity: Record<string, unknown>;
  /** Answered 2xx: the connector took the activity. */
  accepted: boolean;
}

export interface ConnectorStub {
  url: string;
  mode: "accept" | "hold";
  records: ConnectorRecord[];
  close(): Promise<void>;
}

export async function startConnectorStub(): Promise<ConnectorStub> {
  const held = new Set<ServerResponse>();
  const stub: ConnectorStub = { url: "", mode: "accept", records: [], close: async () => undefined };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      let activity: Record<string, unknown>;
      try {
        activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      } catch {
        activity = {};
      }
      const record: ConnectorRecord = { method: req.method ?? "", path: req.url ?? "", activity, accepted: false };
      stub.records.push(record);
      if (stub.mode === "hold") {
        held.add(res);
        res.on("close", () => held.delete(res));
        return;
      }
      record.accepted = true;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: typeof activity["id"] === "string" && req.method === "PUT" ? activity["id"] : randomUUID(),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
