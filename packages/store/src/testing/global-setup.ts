import pg from "pg";
import type { TestProject } from "vitest/node";
import { redactUrl } from "../engine/resolve-engine.js";
import { testDatabaseUrl, testSchemaCreatedAt, testSchemaPrefix } from "./postgres-url.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the reachable Postgres test server, or null when its suite is skipped. */
    postgresUrl: string | null;
  }
}

async function probe(url: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message || error.name : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops test schemas left behind by killed runs (older than two hours, so never a live run's). */
async function dropStaleSchemas(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ nspname: string }>(
      "select nspname from pg_namespace where starts_with(nspname, $1)",
      [testSchemaPrefix],
    );
    const limit = Date.now() - 2 * 60 * 60 * 1000;
    for (const { nspname } of rows) {
      const created = testSchemaCreatedAt(nspname);
      if (created && created.getTime() < limit) await client.query(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = testDatabaseUrl();
  const result = await probe(url);
  if (!result.ok) {
    const where = redactUrl(url);
    if (process.env.CI === "true") {
      throw new Error(
        `CI=true and the Postgres test server ${where} is unreachable (${result.reason}). ` +
          `In CI the server suite must run: start Postgres or point TEST_DATABASE_URL at one.`,
      );
    }
    console.warn(
      `\n[store] SKIPPING the Postgres server suite: ${where} is unreachable (${result.reason}). ` +
        `Only PGlite runs. Start Postgres or set TEST_DATABASE_URL; with CI=true this fails the run.\n`,
    );
    project.provide("postgresUrl", null);
    return;
  }
  await dropStaleSchemas(url);
  project.provide("postgresUrl", url);
}
