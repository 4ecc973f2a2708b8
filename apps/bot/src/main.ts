#!/usr/bin/env node
// `pnpm start`: the bot with the embedded PGlite store (or DATABASE_URL) on PORT (3978).
import { startApp } from "./app.js";
import { loadConfig } from "./config.js";

const config = loadConfig();
const app = await startApp(config);
console.log(`\nConvenantbot draait op ${app.url}/  (playground)  ·  health: ${app.url}/healthz\n`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "stopping");
    void app.close().then(() => process.exit(0));
  });
}
