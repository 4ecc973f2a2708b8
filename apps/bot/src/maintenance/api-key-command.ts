import { openStore, seedDemoData } from "@convenantbot/store";
import type { Config } from "../config.js";
import { ADMIN_API_KEYS_PATH, ADMIN_TOKEN_HEADER, readAdminFile } from "./admin-channel.js";

export interface CommandResult {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}

const usage = "gebruik / usage: pnpm api-key <partyId> [label]   (bijv. lv-vidomes)";

/** Through the running bot (PGlite allows one process per data directory). */
async function viaRunningBot(url: string, token: string, partyId: string, label: string): Promise<CommandResult> {
  let response: Response;
  try {
    response = await fetch(`${url}${ADMIN_API_KEYS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", [ADMIN_TOKEN_HEADER]: token },
      body: JSON.stringify({ partyId, label }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return {
      exitCode: 1,
      stderr: `fout: de draaiende bot (${url}) antwoordt niet. Stop de bot en probeer opnieuw.\nerror: the running bot (${url}) does not answer. Stop the bot and try again.`,
    };
  }
  const body = (await response.json().catch(() => ({}))) as {
    token?: string;
    message_nl?: string;
    message_en?: string;
  };
  if (response.status === 201 && body.token) return { exitCode: 0, stdout: body.token };
  return {
    exitCode: response.status === 404 || response.status === 400 ? 2 : 1,
    stderr: `fout: ${body.message_nl ?? response.status}\nerror: ${body.message_en ?? response.status}`,
  };
}

/**
 * `pnpm api-key <partyId> [label]`: issues an API key for a party's system. With Postgres, or
 * PGlite while no bot runs, it opens the store itself; beside a running bot on PGlite it asks
 * that bot over its loopback admin channel. The secret is printed once.
 */
export async function runApiKeyCommand(args: readonly string[], config: Config): Promise<CommandResult> {
  const [partyId, label = "api"] = args;
  if (!partyId) return { exitCode: 2, stderr: usage };
  if (!config.DATABASE_URL) {
    const running = readAdminFile(config.DATA_DIR);
    if (running) return viaRunningBot(running.url, running.token, partyId, label);
  }
  let store;
  try {
    store = await openStore(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  } catch (error) {
    // StoreOpenError: the store says in Dutch and English what is wrong and what to do.
    if (error instanceof Error && error.name === "StoreOpenError") return { exitCode: 2, stderr: error.message };
    throw error;
  }
  try {
    if (config.demoData) await seedDemoData(store);
    if (!(await store.parties.get(partyId)))
      return { exitCode: 2, stderr: `fout: onbekende partij '${partyId}'\nerror: unknown party '${partyId}'` };
    const issued = await store.apiCredentials.issue({ partyId, label }, { actor: "system:api-key-script" });
    return { exitCode: 0, stdout: issued.token };
  } finally {
    await store.close();
  }
}
