import { afterAll, afterEach, beforeAll, describe, inject } from "vitest";
import { openStore, type Store } from "../store.js";
import { newTestSchemaName } from "./postgres-url.js";
import { TestClock } from "./test-clock.js";

export type EngineName = "pglite" | "postgres";

export interface EngineContext {
  readonly engine: EngineName;
  /** The store of this describe block (opened in beforeAll). */
  readonly store: Store;
  readonly clock: TestClock;
  /** The server URL when engine is postgres (for tests that open a second store or a child process). */
  readonly databaseUrl: string | undefined;
}

async function openTestStore(engine: EngineName, clock: TestClock, url: string | null): Promise<Store> {
  if (engine === "pglite") return openStore({ inMemory: true, schema: "convenantbot", clock: clock.now });
  return openStore({ databaseUrl: url!, schema: newTestSchemaName(), clock: clock.now, poolMax: 4 });
}

async function closeTestStore(store: Store | undefined): Promise<void> {
  if (!store) return;
  if (store.engine === "postgres") await store.db.schema.dropSchema(store.schema).ifExists().cascade().execute();
  await store.close();
}

/**
 * Runs the same tests against PGlite (always) and the Postgres server (when reachable; the
 * global setup says so once, or fails under CI). Each block opens one store: one PGlite
 * instance, or one fresh schema on the server that is dropped afterwards, so runs never
 * collide. Call it once per file.
 */
export function describeEachEngine(name: string, body: (ctx: EngineContext) => void): void {
  const url = inject("postgresUrl");
  for (const engine of ["pglite", "postgres"] as const) {
    describe.skipIf(engine === "postgres" && !url)(`${name} [${engine}]`, () => {
      let store: Store | undefined;
      const clock = new TestClock();
      const ctx: EngineContext = {
        engine,
        clock,
        databaseUrl: engine === "postgres" ? (url ?? undefined) : undefined,
        get store(): Store {
          if (!store) throw new Error("store not open yet: use ctx.store inside a test or hook");
          return store;
        },
      };
      beforeAll(async () => {
        store = await openTestStore(engine, clock, url);
      });
      afterAll(async () => {
        await closeTestStore(store);
      });
      afterEach(() => clock.reset());
      body(ctx);
    });
  }
}

/** Like describeEachEngine, for tests that only make sense on the server (several processes, kill -9). */
export function describePostgresOnly(name: string, body: (ctx: EngineContext) => void): void {
  const url = inject("postgresUrl");
  describe.skipIf(!url)(`${name} [postgres]`, () => {
    let store: Store | undefined;
    const clock = new TestClock();
    const ctx: EngineContext = {
      engine: "postgres",
      clock,
      databaseUrl: url ?? undefined,
      get store(): Store {
        if (!store) throw new Error("store not open yet: use ctx.store inside a test or hook");
        return store;
      },
    };
    beforeAll(async () => {
      store = await openTestStore("postgres", clock, url);
    });
    afterAll(async () => {
      await closeTestStore(store);
    });
    afterEach(() => clock.reset());
    body(ctx);
  });
}
