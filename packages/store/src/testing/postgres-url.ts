/** The Postgres server the suite also runs against (trust auth, loopback only). */
export const defaultTestDatabaseUrl = "postgres://postgres@127.0.0.1:5432/test";

export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_URL?.trim() || defaultTestDatabaseUrl;
}

/** Schemas made by tests start with this; a name also carries its creation time for cleanup. */
export const testSchemaPrefix = "cbtest_";

export function newTestSchemaName(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const random = Math.random().toString(36).slice(2, 10);
  return `${testSchemaPrefix}${stamp}_${process.pid}_${random}`;
}

/** The creation time encoded by newTestSchemaName, or undefined for another name. */
export function testSchemaCreatedAt(schema: string): Date | undefined {
  const match = /^cbtest_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/.exec(schema);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}
