import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startBotProcess, type BotProcess } from "../testing/bot-process.js";
import { ADMIN_API_KEYS_PATH, ADMIN_TOKEN_HEADER, adminFilePath } from "./admin-channel.js";

const script = fileURLToPath(new URL("../../scripts/api-key.ts", import.meta.url));
const botDir = fileURLToPath(new URL("../..", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "convenantbot-api-key-"));
const dataDir = join(root, "pglite");
let bot: BotProcess | undefined;
afterAll(async () => {
  await bot?.kill9();
  rmSync(root, { recursive: true, force: true });
});

/** `pnpm api-key` as the operator runs it, in its own process. */
function apiKey(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: "true" };
  delete env["DATABASE_URL"];
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", script, ...args], {
    cwd: botDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout: stdout.trim(), stderr })));
}

describe("pnpm api-key beside a running bot on PGlite", () => {
  it("issues a working key through the bot's loopback admin channel; refuses a wrong admin token; opens the store itself once the bot stops", async () => {
    bot = startBotProcess({ DATA_DIR: dataDir, DEMO_DATA: "true" });
    const url = await bot.ready;
    expect(statSync(adminFilePath(dataDir)).mode & 0o077).toBe(0);

    const issued = await apiKey("lv-vidomes", "woningsysteem");
    expect(issued.stderr).not.toMatch(/\n\s+at /);
    expect(issued.code).toBe(0);
    expect(issued.stdout).toMatch(/^cbk_[0-9a-f]{16}_[A-Za-z0-9_-]+$/);
    const list = await fetch(`${url}/api/signals`, { headers: { authorization: `Bearer ${issued.stdout}` } });
    expect(list.status).toBe(200);

    const unknown = await apiKey("bestaat-niet");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Onbekende partij 'bestaat-niet'");
    expect(unknown.stderr).toContain("Unknown party 'bestaat-niet'");
    expect(unknown.stderr).not.toMatch(/\n\s+at /);

    const forged = await fetch(`${url}${ADMIN_API_KEYS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", [ADMIN_TOKEN_HEADER]: "geraden" },
      body: JSON.stringify({ partyId: "lv-vidomes" }),
    });
    expect(forged.status).toBe(401);
    const none = await fetch(`${url}${ADMIN_API_KEYS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(none.status).toBe(401);

    await bot.stop();
    expect(existsSync(adminFilePath(dataDir))).toBe(false);
    const direct = await apiKey("lv-vidomes");
    expect(direct.code).toBe(0);
    expect(direct.stdout).toMatch(/^cbk_/);
  }, 240_000);
});
