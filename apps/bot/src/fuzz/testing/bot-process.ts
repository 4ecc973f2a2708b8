// Test support: the bot in a process of its own, on a Postgres schema given by the test
// (DB_URL, DB_SCHEMA), so a test can see whether the process survives what happens to it.
// Prints one JSON line {"url": ...} when it listens; stops on SIGTERM.
//   node --conditions=source --import tsx src/fuzz/testing/bot-process.ts
import { openStore } from "@convenantbot/store";
import { startApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { createLogger } from "../../logger.js";

const store = await openStore({ databaseUrl: process.env["DB_URL"]!, schema: process.env["DB_SCHEMA"]!, poolMax: 4 });
const app = await startApp(loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", DEMO_DATA: "true" }), {
  store,
  logger: createLogger("silent"),
});
process.stdout.write(`${JSON.stringify({ url: app.url })}\n`);
process.on("SIGTERM", () => {
  void app
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
