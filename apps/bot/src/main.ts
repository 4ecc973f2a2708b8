#!/usr/bin/env node
// `pnpm start`: the bot with the embedded PGlite store (or DATABASE_URL) on PORT (3978).
import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";

/** A setting or the data directory is wrong: say so plainly (no stack trace) and stop. */
function refuse(error: unknown): never {
  if (error instanceof ConfigError || (error instanceof Error && error.name === "StoreOpenError")) {
    console.error(`\n${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

let config;
try {
  config = loadConfig();
} catch (error) {
  refuse(error);
}
const app = await startApp(config).catch(refuse);
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
