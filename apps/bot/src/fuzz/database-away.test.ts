// The database goes away mid-turn, and comes back. The bot runs on the Postgres server
// through a loopback TCP proxy (testing/fault-proxy.ts) that cuts every connection and refuses
// new ones, either at once or at the exact moment a statement is sent, here: in the middle of
// the transaction that stores an aanmelding. Deterministic (no timing, no kill), bounded.
// The user gets a Dutch message (no crash, no 500 to the channel), nothing is half written,
// and the next turn after the database returns works on the state from before the outage.
//
// A pg client that loses its connection while checked out emits 'error'; the store gives
// every client a listener (packages/store/src/engine/create-database.ts), so the turn fails
// with a message instead of the process dying. The child-process test at the end proves it.
// Needs the Postgres test server (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test);
// skipped without one, except under CI=true, where it fails (as the store's suite does).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient, cardsOf, inputsOf, textsOf, type Activity } from "../testing/bot-client.js";
import { driveIntake } from "../testing/intake-driver.js";
import { demoCandidate } from "../testing/case-driver.js";
import { startTestApp } from "../testing/test-app.js";
import { FaultProxy, reachable } from "./testing/fault-proxy.js";
import { isDutchLine } from "./testing/dutch.js";
import { isIntakeEnd, isQuestion, KW_ELIGIBLE, KW_LANDLORD, startIntake, validAnswer } from "./testing/turns.js";

const directUrl = new URL(process.env["TEST_DATABASE_URL"]?.trim() || "postgres://postgres@127.0.0.1:5432/test");
const serverUp = await reachable(directUrl.hostname, Number(directUrl.port || 5432));
if (!serverUp && process.env["CI"] === "true") {
  throw new Error(
    `database-away: the Postgres test server at ${directUrl.host} is not reachable; in CI this suite must run.`,
  );
}

/** Same naming as the store's tests (cbtest_<time>_<pid>_<random>), so a killed run's schema is cleaned up. */
function testSchemaName(): string {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return `cbtest_${stamp}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

describe.skipIf(!serverUp)("the database goes away mid-turn and comes back [postgres via a fault proxy]", () => {
  let proxy: FaultProxy;
  let store: Store; // the bot's, through the proxy
  let admin: Store; // the test's own view, straight to the server
  let app: RunningApp;

  beforeAll(async () => {
    proxy = new FaultProxy({ host: directUrl.hostname, port: Number(directUrl.port || 5432) });
    const proxyPort = await proxy.listen();
    const viaProxy = new URL(directUrl.href);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxyPort);
    const schema = testSchemaName();
    store = await openStore({ databaseUrl: viaProxy.href, schema, poolMax: 4 });
    admin = await openStore({ databaseUrl: directUrl.href, schema, poolMax: 1 });
    // No maintenance run: on a slow machine its first one (10 s after the start) can fall into an
    // outage this file makes. This file's afterAll once timed out in a slow CI run; such a run is
    // the one background job that could then hold a connection (suspected, not proven).
    app = await startTestApp({ store, maintenance: false });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close().catch(() => undefined);
    if (admin) {
      await admin.db.schema.dropSchema(admin.schema).ifExists().cascade().execute();
      await admin.close();
    }
    await proxy?.close();
  });

  const count = async (table: "aanmeldingen" | "audit_log") =>
    (await admin.db.selectFrom(table).select("id").execute()).length;
  const stateOf = async (conversationId: string) =>
    admin.db
      .selectFrom("bot_state")
      .select(["key", "document", "etag"])
      .where("key", "like", `%/conversations/${conversationId}/%`)
      .execute();
  const health = async () => (await fetch(`${app.url}/healthz`)).status;

  /** The reply while the database is away: 200, only Dutch text, no card, nothing claimed as stored. */
  function expectOutageReply(status: number, activities: Activity[]) {
    expect(status, "not a 500 to the channel").toBe(200);
    const texts = textsOf(activities);
    expect(texts.length, "the user is told, once").toBe(1);
    expect(cardsOf(activities)).toEqual([]);
    for (const text of texts) {
      expect(isDutchLine(text), `Dutch: ${text}`).toBe(true);
      expect(text).toMatch(/Probeer het (later |straks )?opnieuw/);
      expect(text).not.toMatch(/(opgeslagen|ingediend) \(kenmerk/);
    }
  }

  it("cut inside the transaction that stores an aanmelding: Dutch message, nothing written, the same choice works after", async () => {
    const client = new BotClient(app.url, KW_LANDLORD);
    const { last } = await driveIntake(client, await startIntake(client), KW_ELIGIBLE);
    expect(isIntakeEnd(last)).toBe(true);
    // Choice, candidate details and review touch only the conversation state; "Dien in" stores.
    await client.submit("intake.choose", { supportPartyId: "kw-meldpunt-ggd-hm" });
    await client.submit("intake.details", demoCandidate);
    const [aanmeldingen, audit, stateBefore] = [
      await count("aanmeldingen"),
      await count("audit_log"),
      await stateOf(client.conversationId),
    ];
    expect(stateBefore).toHaveLength(1);

    // The aanmelding row is inserted; the database goes away when its audit entry is sent.
    const tripped = proxy.downWhenClientSends('insert into "audit_log"');
    const during = await client.post({ type: "message", value: { verb: "intake.submit" } });
    await tripped;
    expectOutageReply(during.status, during.activities);

    // Nothing half written: no aanmelding without its audit entry, the conversation's state untouched.
    expect(await count("aanmeldingen")).toBe(aanmeldingen);
    expect(await count("audit_log")).toBe(audit);
    expect(await stateOf(client.conversationId)).toEqual(stateBefore);

    // While it is away: the health check says so, and every turn gets the Dutch message.
    expect(await health()).toBe(503);
    const stillAway = await client.say("hervat");
    expectOutageReply(200, stillAway);
    expect(await stateOf(client.conversationId)).toEqual(stateBefore);

    // Back: the same choice now stores exactly one aanmelding.
    proxy.up();
    expect(await health()).toBe(200);
    const after = await client.submit("intake.submit", {});
    expect(textsOf(after).join(" ")).toMatch(/Aanmelding ingediend/);
    expect(await count("aanmeldingen")).toBe(aanmeldingen + 1);
    // Exactly the stored aanmelding, and the submitter's read of the case it shows back (audited like every case read).
    const added = (await admin.db.selectFrom("audit_log").select(["id", "action"]).orderBy("id").execute())
      .slice(audit)
      .map((r) => r.action);
    expect(added).toEqual(["aanmelding.create", "case.read"]);
  });

  it("away for a whole turn: the answer is not taken, and after the return the same question is asked again", async () => {
    const client = new BotClient(app.url, KW_LANDLORD);
    const first = await startIntake(client);
    const a1 = validAnswer(first);
    const second = cardsOf(await client.submit("intake.answer", a1.data)).at(-1)!;
    expect(isQuestion(second)).toBe(true);
    const stateBefore = await stateOf(client.conversationId);

    proxy.down();
    const a2 = validAnswer(second, 1);
    const during = await client.post({ type: "message", value: { verb: "intake.answer", ...a2.data } });
    expectOutageReply(during.status, during.activities);
    proxy.up();

    expect(await stateOf(client.conversationId)).toEqual(stateBefore);
    const resumed = cardsOf(await client.say("hervat")).at(-1);
    expect(isQuestion(resumed)).toBe(true);
    expect(inputsOf(resumed!)[0]?.["id"], "the unanswered question is asked again").toBe(a2.fact);
    const next = cardsOf(await client.submit("intake.answer", a2.data)).at(-1);
    expect(isQuestion(next) || isIntakeEnd(next)).toBe(true);
    if (isQuestion(next)) expect(inputsOf(next!)[0]?.["id"]).not.toBe(a2.fact);
  });
});

describe.skipIf(!serverUp)("the bot process survives losing its database mid-query [postgres, child process]", () => {
  let proxy: FaultProxy;
  let admin: Store;
  let child: ChildProcess | undefined;
  let url = "";

  beforeAll(async () => {
    proxy = new FaultProxy({ host: directUrl.hostname, port: Number(directUrl.port || 5432) });
    const viaProxy = new URL(directUrl.href);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(await proxy.listen());
    const schema = testSchemaName();
    admin = await openStore({ databaseUrl: directUrl.href, schema, poolMax: 1 }); // creates and migrates the schema
    child = spawn(
      process.execPath,
      ["--conditions=source", "--import", "tsx", fileURLToPath(new URL("./testing/bot-process.ts", import.meta.url))],
      {
        cwd: fileURLToPath(new URL("../..", import.meta.url)),
        env: { ...process.env, DB_URL: viaProxy.href, DB_SCHEMA: schema },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the bot process did not start within 30 s")), 30_000);
      let out = "";
      child!.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (line) {
          clearTimeout(timer);
          resolve((JSON.parse(line) as { url: string }).url);
        }
      });
      child!.once("exit", (code) => reject(new Error(`the bot process exited (${code}) before listening`)));
    });
  }, 40_000);
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (admin) {
      await admin.db.schema.dropSchema(admin.schema).ifExists().cascade().execute();
      await admin.close();
    }
    await proxy?.close();
  });

  it("keeps serving after a connection is cut while a query is in flight", async () => {
    const client = new BotClient(url, KW_LANDLORD);
    await startIntake(client);
    const tripped = proxy.downWhenClientSends('from "bot_state"'); // state is read on every turn
    const during = await client.say("hervat").catch(() => [] as Activity[]);
    await tripped;
    proxy.up();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let an uncaught error, if any, end the process
    expect(child!.exitCode, "the bot process is still running").toBeNull();
    expect(textsOf(during).length).toBeGreaterThan(0);
    const resumed = cardsOf(await client.say("hervat")).at(-1);
    expect(isQuestion(resumed)).toBe(true);
  });
});
