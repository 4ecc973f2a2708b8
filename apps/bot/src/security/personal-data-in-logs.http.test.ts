import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { createLogger } from "../logger.js";
import { BotClient, textsOf } from "../testing/bot-client.js";
import { demo, huurachterstand } from "../testing/signal-fixtures.js";
import { startTestApp } from "../testing/test-app.js";
import { sendFailure } from "../http/http-errors.js";
import type restify from "restify";

/** What pg and PGlite throw for a bad value: the value quoted in the message and the detail. */
function databaseError(): Error {
  const error = new Error(`invalid input syntax for type uuid: "${NAME} ${POSTCODE}"`) as Error &
    Record<string, unknown>;
  Object.assign(error, {
    code: "22P02",
    detail: `Key (name)=(${NAME}) already exists.`,
    table: "aanmeldingen",
    where: `parameter $1 = '${CARE_NOTE}'`,
  });
  return error;
}

// Recognisable personal data: if any of these strings shows up in a log line, it leaked.
const NAME = "Wilhelmina Zonneveld-Quast";
const POSTCODE = "9931 QX";
const CARE_NOTE = "Slikt lithium, begeleiding na opname Parnassia";
const PHONE = "0612398745";
const MARKERS = [NAME, "Zonneveld", POSTCODE, "9931QX", CARE_NOTE, "lithium", "Parnassia", PHONE];

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  },
});

let store: Store;
let app: RunningApp;
let key: string;

const api = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${key}`,
      "idempotency-key": `k-${Math.random()}`,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const personal = { name: NAME, postcode: POSTCODE, huisnummer: 7, phone: PHONE };

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({
    store,
    logger: createLogger("trace", sink),
    workerPollMs: 50,
    // A store failure the routes cannot foresee, once caught by a route and once thrown to restify.
    mount: (server: restify.Server, { logger }) => {
      server.post("/api/test/caught", async (_req: restify.Request, res: restify.Response) =>
        sendFailure(res, databaseError(), logger, "c-1"),
      );
      server.post("/api/test/thrown", async () => {
        throw new Error("wrapped", { cause: databaseError() });
      });
    },
  });
  key = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

/** Bodies a caller must not see: SQL states, table and column names, hosts, ports, paths, stacks. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(
    /sqlState|constraint|"table"|\b(?:22|23|42)[0-9A-Z]{3}\b|127\.0\.0\.1|:5432|node_modules|\/work\/|\bat \w+ \(|select |insert into/i,
  );
}

describe("no personal data in any log line, no internals in any error body", () => {
  it("NUL and control characters in free text are a 400 naming the field, not a 500", async () => {
    for (const [body, field] of [
      [huurachterstand({ tenant: { ...personal, name: `${NAME}\u0000` } }), "tenant.name"],
      [huurachterstand({ careNotes: `${CARE_NOTE}\u0000` }), "careNotes"],
      [huurachterstand({ careNotes: `ok`, justiceHistory: `\u001b[31m${CARE_NOTE}` }), "justiceHistory"],
    ] as const) {
      const response = await api("/api/signals", body);
      const text = await response.text();
      expect(response.status, text).toBe(400);
      const json = JSON.parse(text) as { message_nl: string; message_en: string; issues: { field: string }[] };
      expect(json.message_nl).toContain(`het veld ${field}`);
      expect(json.message_en).toContain(`the field ${field}`);
      expect(json.issues[0]!.field).toBe(field);
      expectNoInternals(text);
    }
    const tab = await fetch(`${app.url}/api/tab/signals/x/actions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ note: "a\u0000" }),
    });
    expect(tab.status).toBe(400);
  });

  it("a card submission with a NUL gets a chat answer naming the field", async () => {
    const client = new BotClient(app.url, {
      id: demo.woonconsulent.teamsUserId,
      aadObjectId: demo.woonconsulent.aadObjectId,
    });
    const replies = await client.submit("signal.submit", { careNotes: `${CARE_NOTE}\u0000`, tenantName: NAME });
    expect(textsOf(replies).join(" ")).toMatch(/veld careNotes bevat een onzichtbaar stuurteken \(U\+0000\)/);
    const typed = await client.say(`nieuwe aanmelding ${NAME}\u0007`);
    expect(textsOf(typed).join(" ")).toMatch(/veld text bevat/);
  });

  it("requests full of personal data, refused or failing inside, leave no trace of it in the logs", async () => {
    const outcomes: number[] = [];
    // Accepted, refused by the rules, of the wrong shape, malformed, and failing deep in the store.
    outcomes.push((await api("/api/signals", huurachterstand({ tenant: personal, careNotes: CARE_NOTE }))).status);
    outcomes.push(
      (await api("/api/signals", huurachterstand({ tenant: personal, careNotes: CARE_NOTE, monthsInArrears: NAME })))
        .status,
    );
    outcomes.push((await api("/api/signals", huurachterstand({ tenant: personal, rulebook: NAME }))).status);
    outcomes.push((await api("/api/signals", `{"tenant":{"name":"${NAME}","postcode":"${POSTCODE}"`)).status);
    const deep = await api(
      "/api/signals",
      huurachterstand({ tenant: { ...personal, aanmeldingId: `${NAME} ${POSTCODE}` }, careNotes: CARE_NOTE }),
    );
    outcomes.push(deep.status);
    expectNoInternals(await deep.text());
    for (const path of ["/api/test/caught", "/api/test/thrown"]) {
      const failed = await api(path, { name: NAME });
      expect(failed.status).toBe(500);
      const text = await failed.text();
      expect(text).toMatch(/Er ging iets mis \(kenmerk /);
      expectNoInternals(text);
      expect(
        MARKERS.some((m) => text.includes(m)),
        text,
      ).toBe(false);
    }
    expect(lines.filter((l) => l.includes("22P02")).length, "the failures were logged, with their code").toBe(2);
    outcomes.push(
      (
        await api("/api/signals/00000000-0000-0000-0000-000000000000/actions", {
          type: "notitie",
          text: CARE_NOTE,
          name: NAME,
        })
      ).status,
    );
    outcomes.push(
      (
        await api("/api/check", {
          rulebook: "kw-huisuitzetting-2019",
          asOf: "2026-03-01",
          facts: { naam: NAME, postcode: POSTCODE },
        })
      ).status,
    );
    outcomes.push((await api("/api/aanmeldingen/not-a-uuid/offers", { address: `${NAME}, ${POSTCODE}` })).status);
    // And through the chat: an intake answer, a snelcheck, a free-text command.
    const client = new BotClient(app.url, {
      id: demo.begeleider.teamsUserId,
      aadObjectId: demo.begeleider.aadObjectId,
    });
    await client.say(`signaal ${NAME} ${POSTCODE} ${CARE_NOTE}`);
    await client.submit("intake.answer", { fact: "notSelfReliant", value: CARE_NOTE, name: NAME });
    await client.submit("snelcheck.submit", {
      rulebook: "kw-huisuitzetting-2019",
      notes: CARE_NOTE,
      postcode: POSTCODE,
    });

    expect(outcomes.every((s) => s >= 200 && s < 600)).toBe(true);
    expect(lines.length, "the requests were logged at all").toBeGreaterThan(10);
    const leaks = lines.filter((line) => MARKERS.some((m) => line.includes(m)));
    expect(leaks).toEqual([]);
  });
});
