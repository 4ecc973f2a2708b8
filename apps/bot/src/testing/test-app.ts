// Test support: the real app (restify + CloudAdapter + store) on a loopback port.
import { afterAll, beforeAll } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import { startApp, type AppOptions, type RunningApp } from "../app.js";
import { loadConfig } from "../config.js";
import { createLogger, type Logger } from "../logger.js";

export async function startTestApp(
  options: {
    store?: Store;
    env?: Record<string, string>;
    clock?: () => Date;
    workerPollMs?: number;
    worker?: boolean;
    /** false: no escalation/retention runs (the first comes 10 s after the start). */
    maintenance?: boolean;
    logger?: Logger;
    mount?: AppOptions["mount"];
    graph?: AppOptions["graph"];
  } = {},
): Promise<RunningApp> {
  const store = options.store ?? (await openStore({ inMemory: true }));
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", DEMO_DATA: "true", ...options.env });
  return startApp(config, {
    store,
    logger: options.logger ?? createLogger(process.env["TEST_LOG_LEVEL"] ?? "silent"),
    ...(options.mount ? { mount: options.mount } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.workerPollMs ? { workerPollMs: options.workerPollMs } : {}),
    ...(options.worker === false ? { worker: false } : {}),
    ...(options.maintenance === false ? { maintenance: false } : {}),
    ...(options.graph !== undefined ? { graph: options.graph } : {}),
  });
}

/**
 * One in-memory store and the app on it for a whole test file, closed after it (the setup
 * most HTTP tests share). Read `.store` and `.app` inside tests, after beforeAll ran.
 */
export function useTestApp(options: Parameters<typeof startTestApp>[0] = {}): {
  readonly store: Store;
  readonly app: RunningApp;
} {
  let store: Store | undefined;
  let app: RunningApp | undefined;
  beforeAll(async () => {
    store = options.store ?? (await openStore({ inMemory: true }));
    app = await startTestApp({ ...options, store });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  return {
    get store() {
      return store!;
    },
    get app() {
      return app!;
    },
  };
}
