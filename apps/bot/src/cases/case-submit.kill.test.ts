// Issue 14 item 9: a kill -9 between submit and delivery loses nothing and doubles nothing.
// The bot runs as a child process on PGlite in a temp dir; a loopback connector holds the first
// card delivery unanswered, the child is killed with SIGKILL while it is in flight, restarted on
// the same directory, and the caseworker's "Dien in" is retried (as Teams retries an invoke).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "@convenantbot/store";
import { BotClient, cardsOf, textsOf, type DemoUser } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { startConnectorStub, type ConnectorStub } from "../testing/connector-stub.js";
import { driveIntake } from "../testing/intake-driver.js";
import { waitFor } from "../playground/testing/wait.js";
import { caseCardIn } from "./testing/case-log.js";
import { lvCandidate, lvEligible } from "./testing/lv-case.js";

const childScript = fileURLToPath(new URL("../testing/bot-child.ts", import.meta.url));
const begeleider: DemoUser = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };
const woonconsulent: DemoUser = { id: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };

const dir = mkdtempSync(join(tmpdir(), "convenantbot-kill-"));
const dataDir = join(dir, "pglite");
const children: ChildProcess[] = [];
let stub: ConnectorStub | undefined;

afterAll(async () => {
  // End only the processes this test started, by their pid.
  for (const c of children)
    if (c.pid !== undefined && c.exitCode === null && c.signalCode === null) process.kill(c.pid, "SIGKILL");
  await stub?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startBot(): Promise<{ child: ChildProcess; url: string }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "DATABASE_URL") env[k] = v;
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", childScript], {
    env: { ...env, DATA_DIR: dataDir, DEMO_DATA: "true", LOG_LEVEL: "silent", CHILD_LEASE_MS: "8000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  let err = "";
  child.stderr?.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start within 90 s: ${err}`)), 90_000);
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      const m = /LISTENING (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on("exit", (code, signal) => reject(new Error(`bot exited (${code ?? signal}) before listening: ${err}`)));
  });
  return { child, url };
}

const exitOf = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ?? code)),
  );

/** Case cards the connector took (answered), per recipient, for one case. */
function acceptedCards(aanmeldingId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of stub!.records) {
    const card = caseCardIn(r.activity);
    if (!r.accepted || r.method !== "POST" || !card || !JSON.stringify(card).includes(aanmeldingId)) continue;
    const to = String((r.activity["recipient"] as { id?: string } | undefined)?.id);
    counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

describe("kill -9 between submit and delivery", () => {
  it("loses nothing and doubles nothing: one aanmelding, one card per recipient after the restart", async () => {
    stub = await startConnectorStub();
    const first = await startBot();
    const clientOf = (url: string, who: DemoUser, conversationId?: string) =>
      new BotClient(url, who, { serviceUrl: stub!.url, ...(conversationId ? { conversationId } : {}) });
    const b = clientOf(first.url, begeleider);
    const w = clientOf(first.url, woonconsulent);
    await b.say("help");
    await w.say("help");
    await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvEligible);

    // From here the connector answers nothing: the first card delivery stays in flight.
    stub.mode = "hold";
    const { aanmeldingId, kenmerk } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);
    await waitFor(
      "a case card delivery in flight",
      () => stub!.records.find((r) => JSON.stringify(r.activity).includes(aanmeldingId)),
      { timeoutMs: 20_000 },
    );
    const killed = exitOf(first.child);
    process.kill(first.child.pid!, "SIGKILL");
    expect(await killed).toBe("SIGKILL");
    expect(acceptedCards(aanmeldingId).size).toBe(0); // nothing reached anyone yet

    // Restart on the same PGlite directory; Teams retries the "Dien in" invoke.
    stub.mode = "accept";
    const second = await startBot();
    const retried = await clientOf(second.url, begeleider, b.conversationId).submit("intake.submit", {});
    expect(textsOf(retried).join(" ")).toContain(kenmerk);
    await waitFor(
      "one case card each for the Vidomes woonconsulent and the begeleider",
      () => {
        const c = acceptedCards(aanmeldingId);
        return (c.get(woonconsulent.id) ?? 0) >= 1 && (c.get(begeleider.id) ?? 0) >= 1 ? c : undefined;
      },
      { timeoutMs: 30_000 },
    );
    const stopped = exitOf(second.child);
    process.kill(second.child.pid!, "SIGTERM");
    await stopped;

    // Exactly one card per recipient at the connector, exactly one aanmelding in the store.
    expect(Object.fromEntries(acceptedCards(aanmeldingId))).toEqual({ [woonconsulent.id]: 1, [begeleider.id]: 1 });
    const store = await openStore({ dataDir });
    try {
      const rows = await store.db
        .selectFrom("aanmeldingen")
        .select(["id", "kenmerk"])
        .where("sender_party_id", "=", "lv-ribw-fonteynenburg")
        .execute();
      expect(rows).toEqual([{ id: aanmeldingId, kenmerk }]);
      expect((await store.cases.get(aanmeldingId))!.history.map((h) => h.action)).toEqual(["indienen"]);
      const outbox = await store.outbox.forRecord("aanmelding", aanmeldingId);
      // One delivery per party (the retried submit enqueued nothing); WoonInvest has nobody yet: parked, not lost.
      expect(outbox.map((o) => o.target).sort()).toEqual(["lv-ribw-fonteynenburg", "lv-vidomes", "lv-wooninvest"]);
      expect(
        outbox
          .filter((o) => o.deliveredAt !== null)
          .map((o) => o.target)
          .sort(),
      ).toEqual(["lv-ribw-fonteynenburg", "lv-vidomes"]);
      expect(outbox.find((o) => o.target === "lv-wooninvest")!.unreachableAt).not.toBeNull();
    } finally {
      await store.close();
    }
  }, 240_000);
});
