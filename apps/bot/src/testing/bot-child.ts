// Test support: the real bot as a child process (PGlite in DATA_DIR, or DATABASE_URL), for
// fault tests that kill it with SIGKILL. Prints "LISTENING <url>" once it serves; the outbox
// polls fast and leases briefly (CHILD_LEASE_MS; the delivery timeout is half of it) so a
// restart picks up what the killed process held.
import { startApp } from "../app.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";

const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" } as Record<string, string>);
const app = await startApp(config, {
  logger: createLogger(process.env["LOG_LEVEL"] ?? "silent"),
  workerPollMs: 50,
  workerLeaseMs: Number(process.env["CHILD_LEASE_MS"] ?? 1500),
  maintenance: false,
});
process.stdout.write(`LISTENING ${app.url}\n`);
process.on("SIGTERM", () => {
  void app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
