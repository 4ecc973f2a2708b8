import { randomUUID } from "node:crypto";
import type restify from "restify";

/**
 * The correlation id of a request is always ours: a caller's X-Correlation-Id is kept only as
 * a namespaced suffix (`<uuid>/client:<theirs>`), so two callers (or one caller twice) can never
 * put their actions under one id and merge audit trails, yet a partner can still find its own.
 */
export function correlationOf(req: restify.Request): string {
  const own = randomUUID();
  const theirs = String(req.header("x-correlation-id") ?? "")
    .replace(/[^A-Za-z0-9._:-]/g, "")
    .slice(0, 64);
  return theirs ? `${own}/client:${theirs}` : own;
}
