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
  // Anything else: still one plain line, not a stack trace (LOG_LEVEL=debug shows the stack).
  const text = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 300) : String(error).slice(0, 300);
  console.error(`\nConvenantbot kon niet starten: ${text}\nConvenantbot could not start: ${text}\n`);
  if (process.env["LOG_LEVEL"] === "debug" || process.env["LOG_LEVEL"] === "trace") console.error(error);
  process.exit(1);
}

// A function, not top-level await: the entry bundles to either module format (scripts/bundle.ts).
function main(): void {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    refuse(error);
  }
  void startApp(config).then((app) => {
    console.log(`\nConvenantbot draait op ${app.url}/  (playground)  ·  health: ${app.url}/healthz\n`);
    let stopping = false;
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        app.logger.info({ signal }, "stopping");
        // Never longer than 5 s, whatever hangs: the outbox keeps what was not delivered.
        setTimeout(() => process.exit(0), 5_000).unref();
        void app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  }, refuse);
}
main();
