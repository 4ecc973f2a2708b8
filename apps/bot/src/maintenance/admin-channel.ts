import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type restify from "restify";
import type { Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import { sendError, sendFailure } from "../http/http-errors.js";

/**
 * Admin commands (`pnpm api-key`) beside a running bot on PGlite. PGlite is one process per
 * data directory, so the command cannot open the store itself while the bot runs; instead the
 * bot answers it on a loopback route. The route is authenticated by a random token the bot
 * writes, readable by its own user only, next to the data directory: whoever can read that
 * file could read the database files too, so it grants nothing new.
 */
export const ADMIN_API_KEYS_PATH = "/admin/api-keys";
export const ADMIN_TOKEN_HEADER = "x-convenantbot-admin-token";

export interface AdminFile {
  url: string;
  token: string;
  pid: number;
}

export function adminFilePath(dataDir: string): string {
  return `${resolve(dataDir)}.admin.json`;
}

/** The running bot's admin channel for this data directory, if one is there and its process lives. */
export function readAdminFile(dataDir: string): AdminFile | undefined {
  let parsed: Partial<AdminFile>;
  try {
    parsed = JSON.parse(readFileSync(adminFilePath(dataDir), "utf8")) as Partial<AdminFile>;
  } catch {
    return undefined;
  }
  if (typeof parsed.url !== "string" || typeof parsed.token !== "string" || typeof parsed.pid !== "number")
    return undefined;
  try {
    process.kill(parsed.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  return parsed as AdminFile;
}

function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Mounts the route; call `publish` once the server listens, `unpublish` when it stops. */
export function mountAdminChannel(server: restify.Server, deps: { store: Store; logger: Logger; dataDir: string }) {
  const token = randomBytes(32).toString("base64url");
  const file = adminFilePath(deps.dataDir);
  server.post(ADMIN_API_KEYS_PATH, async (req: restify.Request, res: restify.Response) => {
    const socket = req.socket;
    // The same machine only: loopback, or the machine's own address when HOST names it.
    const local = isLoopback(socket.remoteAddress) || socket.remoteAddress === socket.localAddress;
    if (!local || !sameToken(req.header(ADMIN_TOKEN_HEADER), token)) {
      sendError(
        res,
        401,
        "Geen toegang: alleen voor beheercommando's op deze machine.",
        "No access: for admin commands on this machine only.",
      );
      return;
    }
    const body = (req.body ?? {}) as { partyId?: unknown; label?: unknown };
    try {
      if (typeof body.partyId !== "string" || !(await deps.store.parties.get(body.partyId))) {
        sendError(res, 404, `Onbekende partij '${String(body.partyId)}'.`, `Unknown party '${String(body.partyId)}'.`, {
          field: "partyId",
        });
        return;
      }
      const issued = await deps.store.apiCredentials.issue(
        { partyId: body.partyId, ...(body.label === undefined ? {} : { label: body.label as string }) },
        { actor: "system:api-key-script" },
      );
      res.json(201, { token: issued.token });
    } catch (error) {
      sendFailure(res, error, deps.logger, randomUUID());
    }
  });
  return {
    publish(url: string) {
      const content: AdminFile = { url, token, pid: process.pid };
      writeFileSync(file, JSON.stringify(content), { mode: 0o600 });
    },
    unpublish() {
      // Only our own file: a bot started after us on the same directory may have written its own.
      if (readAdminFile(deps.dataDir)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}
