import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@convenantbot/store";
import { afterAll, describe, expect, it } from "vitest";
import { startBotProcess, type BotProcess } from "../testing/bot-process.js";
import { recordFigure } from "../testing/figures.js";
import { TrackedIntake, TrackedSignals } from "../testing/kill-burst.js";
import { ADMIN_API_KEYS_PATH, ADMIN_TOKEN_HEADER, readAdminFile } from "./admin-channel.js";

// Bounded: 6 kills (KILL_ROUNDS to change), each after a 1.5-2.3 s burst at a different moment.
// Bot start is most of the time: 10 kills were 200 s of the CI run's 15-minute budget, the
// longest file of all; 6 still kill in six different phases of the burst.
const rounds = Number(process.env["KILL_ROUNDS"] ?? 6);
const conversations = 4;
const signalWorkers = 3;
const root = mkdtempSync(join(tmpdir(), "convenantbot-kill-"));
const dataDir = join(root, "pglite");
let bot: BotProcess | undefined;
afterAll(async () => {
  await bot?.kill9();
  rmSync(root, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Keeps `work` going until `stop` is set or it has nothing left; network errors (the kill) end the loop quietly. */
const failures: string[] = [];
async function loop(
  stop: { now: boolean },
  work: () => Promise<unknown>,
  done: () => boolean = () => false,
): Promise<void> {
  while (!stop.now && !done()) {
    try {
      await work();
    } catch (error) {
      // A refusal (not a dropped connection) means the burst itself is wrong: the test reports it.
      if (!stop.now && !/fetch failed|ECONNRESET|ECONNREFUSED|socket/i.test(String((error as Error).cause ?? error)))
        failures.push(String(error));
      return;
    }
    // Let timers run between turns (the kill is one).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("kill -9 on PGlite during a burst of intake answers and signal posts", () => {
  it(`${rounds} kills: after each restart every acknowledged signal and answer is there, nothing half written`, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // The burst is about durability, not about the per-key rate limit (rate-limit.test.ts): no 429s here.
    const env = {
      DATA_DIR: dataDir,
      DEMO_DATA: "true",
      PORT: String(port),
      LOG_LEVEL: "error",
      API_RATE_PER_SECOND: "100000",
      API_RATE_BURST: "100000",
    };
    bot = startBotProcess(env);
    await bot.ready;
    const admin = readAdminFile(dataDir)!;
    const issued = await fetch(`${url}${ADMIN_API_KEYS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", [ADMIN_TOKEN_HEADER]: admin.token },
      body: JSON.stringify({ partyId: "lv-vidomes", label: "kill-test" }),
    });
    const { token } = (await issued.json()) as { token: string };
    const signals = new TrackedSignals(token);
    let intakes: TrackedIntake[] = [];
    const allIntakes: TrackedIntake[] = [];
    const lostAfterRestart: string[] = [];

    for (let round = 0; round <= rounds; round++) {
      if (round > 0) {
        bot = startBotProcess(env);
        await bot.ready;
        // Every signal acknowledged so far is there, readable by its sender.
        for (const id of signals.acknowledged.values()) {
          const r = await fetch(`${url}/api/signals/${id}`, { headers: { authorization: `Bearer ${token}` } });
          if (r.status !== 200) lostAfterRestart.push(`signal ${id}: ${r.status}`);
        }
        // Every intake goes on where it was: the answer in flight at the kill is sent again.
        for (const intake of intakes)
          if (!(await intake.answerNext())) lostAfterRestart.push(`intake ${intake.client.conversationId}`);
      }
      if (round === rounds) break;
      intakes = intakes.filter((i) => !i.finished);
      while (intakes.length < conversations) {
        const intake = new TrackedIntake(url, allIntakes.length);
        await intake.start();
        intakes.push(intake);
        allIntakes.push(intake);
      }
      const stop = { now: false };
      const burst = [
        ...intakes.map((intake) =>
          loop(
            stop,
            () => intake.answerNext(),
            () => intake.finished,
          ),
        ),
        ...Array.from({ length: signalWorkers }, () => loop(stop, () => signals.postOne(url))),
      ];
      // Kill in the middle of the burst, at a different moment each round.
      await new Promise((resolve) => setTimeout(resolve, 1_500 + ((round * 137) % 800)));
      await bot.kill9();
      stop.now = true;
      await Promise.all(burst);
    }
    await bot.stop();

    // Nothing half written: every acknowledged signal has its recipients, history and delivery
    // rows, and every intake state holds each acknowledged answer.
    expect(failures.slice(0, 3)).toEqual([]);
    const store = await openStore({ dataDir });
    try {
      const ids = [...signals.acknowledged.values()];
      const rows = await store.db.selectFrom("signals").select("id").where("id", "in", ids).execute();
      const withHistory = await store.db
        .selectFrom("signal_history")
        .select("signal_id")
        .distinct()
        .where("signal_id", "in", ids)
        .execute();
      const withRecipients = await store.db
        .selectFrom("signal_recipients")
        .select("signal_id")
        .distinct()
        .where("signal_id", "in", ids)
        .execute();
      const allSignals = await store.db.selectFrom("signals").select("id").execute();
      const halfWritten = await store.db
        .selectFrom("signals")
        .select("id")
        .where((eb) =>
          eb.or([
            eb.not(
              eb.exists(
                eb
                  .selectFrom("signal_history")
                  .select("signal_id")
                  .whereRef("signal_history.signal_id", "=", "signals.id"),
              ),
            ),
            eb.not(
              eb.exists(
                eb
                  .selectFrom("signal_recipients")
                  .select("signal_id")
                  .whereRef("signal_recipients.signal_id", "=", "signals.id"),
              ),
            ),
          ]),
        )
        .execute();
      const sample: unknown[] = [];
      let answersLost = 0;
      let answers = 0;
      for (const intake of allIntakes) {
        const key = `msteams/conversations/${intake.client.conversationId}/`;
        const doc = (await store.botStorage.read([key]))[key] as
          | {
              convenant?: {
                byMember?: Record<string, { intake?: { facts: Record<string, unknown> }; lastIntakeId?: string }>;
              };
            }
          | undefined;
        const part = Object.values(doc?.convenant?.byMember ?? {})[0];
        // A finished intake (check result or summary shown) may leave the state: its end must be stored.
        const kept = (fact: string) =>
          intake.finished
            ? part?.lastIntakeId !== undefined || part?.intake !== undefined
            : fact in (part?.intake?.facts ?? {});
        for (const fact of intake.acknowledged.keys()) {
          answers++;
          if (!kept(fact)) {
            answersLost++;
            if (sample.length < 2) sample.push({ key, fact, doc });
          }
        }
      }
      const acknowledged = ids.length + answers;
      const lost = ids.length - rows.length + answersLost;
      recordFigure("kill9", {
        kills: rounds,
        acknowledged,
        lost,
        signals: ids.length,
        answers,
        halfWritten: halfWritten.length,
      });
      expect(failures).toEqual([]);
      expect(lostAfterRestart).toEqual([]);
      expect(rows).toHaveLength(ids.length);
      expect(withHistory).toHaveLength(ids.length);
      expect(withRecipients).toHaveLength(ids.length);
      expect(halfWritten).toEqual([]);
      expect(answersLost, JSON.stringify(sample).slice(0, 1500)).toBe(0);
      // The run was a real burst: work was acknowledged, and some of it was cut off by the kill.
      expect(ids.length).toBeGreaterThan(rounds);
      expect(answers).toBeGreaterThan(rounds);
      expect(allSignals.length).toBeGreaterThanOrEqual(ids.length);
    } finally {
      await store.close();
    }
  }, 600_000);
});
