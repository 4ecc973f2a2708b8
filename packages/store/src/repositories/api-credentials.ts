import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";
import { inTransaction } from "../db/in-transaction.js";
import { StoreError } from "../errors/store-error.js";
import {
  ApiCredentialCreateSchema,
  apiCredentialLabel,
  type ApiCredential,
  type ApiCredentialCreate,
  type IssuedApiCredential,
} from "../records/api-credential.js";
import type { WriteMeta } from "../records/common.js";
import { parseInput } from "../records/parse.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import type { Selectable } from "kysely";
import type { ApiCredentialsTable } from "../db/schema.js";

type Row = Selectable<ApiCredentialsTable>;

function toCredential(row: Row): ApiCredential {
  return {
    keyId: row.key_id,
    partyId: row.party_id,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

const tokenPattern = /^cbk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** How long a verified API key is taken as verified without reading it again (see `verified`). */
export const VERIFIED_FOR_MS = 1_000;

/** How precisely `last_used_at` is kept. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Written within the last LAST_USED_RESOLUTION_MS (and not in the future of a moved clock). */
function usedRecently(lastUsedMs: number, nowMs: number): boolean {
  const age = nowMs - lastUsedMs;
  return age >= 0 && age < LAST_USED_RESOLUTION_MS;
}

/**
 * SHA-256 suffices: the secret is 32 random bytes, so there is nothing to guess from a
 * dictionary; a slow hash (scrypt) protects low-entropy passwords, which these are not.
 */
export function hashSecret(secret: string): string {
  return `sha256:${createHash("sha256").update(secret, "utf8").digest("hex")}`;
}

export function parseApiToken(token: string): { keyId: string; secret: string } | undefined {
  const match = tokenPattern.exec(token.trim());
  return match ? { keyId: match[1]!, secret: match[2]! } : undefined;
}

/** API keys per party for the signals API. The secret is returned once and never stored. */
export class ApiCredentialsRepository {
  /**
   * A verified key, for VERIFIED_FOR_MS: a partner's system posting hundreds of signals a
   * second otherwise costs one statement per request, the most of any part of a single POST
   * (issue 18). Keyed by the key id and the secret's hash, so only the exact token is
   * answered from it. A revocation through this process takes effect at once; through
   * another process (`pnpm api-key revoke`, a second bot) within VERIFIED_FOR_MS.
   */
  private readonly verified: LRUCache<string, { result: { keyId: string; partyId: string }; lastUsedMs: number }>;

  constructor(private readonly ctx: RepoContext) {
    // Aged on the store's clock, like last_used_at (tests move it).
    this.verified = new LRUCache({
      max: 1000,
      ttl: VERIFIED_FOR_MS,
      ttlResolution: 0,
      perf: { now: () => ctx.now().getTime() },
    });
  }

  async issue(input: ApiCredentialCreate, meta: WriteMeta): Promise<IssuedApiCredential> {
    const c = parseInput(ApiCredentialCreateSchema, input, apiCredentialLabel);
    parseMeta(meta);
    const keyId = randomBytes(8).toString("hex");
    const secret = randomBytes(32).toString("base64url");
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .insertInto("api_credentials")
        .values({
          key_id: keyId,
          party_id: c.partyId,
          secret_hash: hashSecret(secret),
          label: c.label ?? null,
          created_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, "api_credential.issue", "api_credential", keyId);
      return { credential: toCredential(row), token: `cbk_${keyId}_${secret}` };
    });
  }

  /**
   * The party a token belongs to, or undefined for a malformed, unknown, revoked or wrong
   * token (one answer for all, so a caller learns nothing about which it was).
   */
  async verify(token: string): Promise<{ keyId: string; partyId: string } | undefined> {
    const parsed = parseApiToken(token);
    if (!parsed) return undefined;
    const secretHash = hashSecret(parsed.secret);
    const cacheKey = `${parsed.keyId}:${secretHash}`;
    const known = this.verified.get(cacheKey);
    // Answered from memory while last_used_at needs no write either (it is kept to the minute).
    if (known && usedRecently(known.lastUsedMs, this.ctx.now().getTime())) return known.result;
    const row = await this.ctx.db
      .selectFrom("api_credentials")
      .selectAll()
      .where("key_id", "=", parsed.keyId)
      .executeTakeFirst();
    if (!row || row.revoked_at !== null) return undefined;
    const expected = Buffer.from(row.secret_hash, "utf8");
    const actual = Buffer.from(secretHash, "utf8");
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
    // "Last used" to the minute: a write on every request was a third of the statements of a
    // signal POST. The first use in a minute (per process) writes it, the rest only read.
    const now = this.ctx.now();
    let lastUsedMs = row.last_used_at ? Date.parse(row.last_used_at) : Number.NEGATIVE_INFINITY;
    if (!usedRecently(lastUsedMs, now.getTime())) {
      await this.ctx.db
        .updateTable("api_credentials")
        .set({ last_used_at: now.toISOString() })
        .where("key_id", "=", row.key_id)
        .execute();
      lastUsedMs = now.getTime();
    }
    const result = { keyId: row.key_id, partyId: row.party_id };
    this.verified.set(cacheKey, { result, lastUsedMs });
    return result;
  }

  async revoke(keyId: string, meta: WriteMeta): Promise<ApiCredential> {
    parseMeta(meta);
    for (const key of this.verified.keys()) if (key.startsWith(`${keyId}:`)) this.verified.delete(key);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .updateTable("api_credentials")
        .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(at)) }))
        .where("key_id", "=", keyId)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw StoreError.notFound("api_credential", keyId);
      await auditWrite(this.ctx, trx, meta, "api_credential.revoke", "api_credential", keyId);
      return toCredential(row);
    });
  }

  async listForParty(partyId: string): Promise<ApiCredential[]> {
    const rows = await this.ctx.db
      .selectFrom("api_credentials")
      .selectAll()
      .where("party_id", "=", partyId)
      .orderBy("created_at")
      .execute();
    return rows.map(toCredential);
  }
}
