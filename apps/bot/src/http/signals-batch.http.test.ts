// POST /api/signals/batch through the real HTTP endpoint: the same validation, routing,
// privacy, idempotency and audit as POST /api/signals, per row; a partial batch stores the
// valid rows and names each refused one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { huurachterstand, overlast } from "../testing/signal-fixtures.js";
import { SIGNAL_BATCH_MAX_BODY_BYTES, SIGNAL_BATCH_MAX_ROWS } from "./signals-batch.js";

const begeleider = { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" };

let store: Store;
let app: RunningApp;
let landlordKey: string;

interface RowAnswer {
  row: number;
  line?: number;
  status: number;
  idempotencyKey: string;
  id?: string;
  kenmerk?: string;
  created?: boolean;
  recipients?: { partyId: string }[];
  message_nl?: string;
  issues?: { field: string }[];
}
interface BatchAnswer {
  total: number;
  accepted: number;
  created: number;
  refused: number;
  rows: RowAnswer[];
}

const post = (body: string, init: { key?: string; idempotencyKey?: string; type?: string } = {}) =>
  fetch(`${app.url}/api/signals/batch`, {
    method: "POST",
    headers: {
      "content-type": init.type ?? "application/json",
      ...(init.key !== undefined
        ? { authorization: `Bearer ${init.key}` }
        : { authorization: `Bearer ${landlordKey}` }),
      ...(init.idempotencyKey !== undefined ? { "idempotency-key": init.idempotencyKey } : {}),
    },
    body,
  });

const signalCount = async () =>
  Number(
    (
      await store.db
        .selectFrom("signals")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  landlordKey = (
    await store.apiCredentials.issue({ partyId: "lv-vidomes", label: "Vidomes systeem" }, { actor: "system:test" })
  ).token;
  await new BotClient(app.url, begeleider, { serviceUrl: `${app.url}/connector` }).say("help");
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("POST /api/signals/batch", () => {
  it("a partial batch stores the valid rows, names each refused row with its reason, and audits without personal data", async () => {
    const before = await signalCount();
    const rows = [
      huurachterstand({ tenant: { name: "Batchhuurder Een", postcode: "2271 AB", huisnummer: 1 } }),
      huurachterstand({ monthsInArrears: "twee" }),
      overlast(),
      huurachterstand({ caseContext: undefined }),
      huurachterstand({ senderPartyId: "lv-wooninvest" }),
    ];
    const res = await post(JSON.stringify(rows), { idempotencyKey: "vidomes-batch-1" });
    expect(res.status).toBe(207);
    const answer = (await res.json()) as BatchAnswer;
    expect(answer).toMatchObject({ total: 5, accepted: 2, created: 2, refused: 3 });
    expect(answer.rows.map((r) => [r.row, r.status])).toEqual([
      [0, 201],
      [1, 422],
      [2, 201],
      [3, 422],
      [4, 422],
    ]);
    expect(answer.rows.map((r) => r.idempotencyKey)).toEqual([0, 1, 2, 3, 4].map((i) => `vidomes-batch-1#${i}`));
    expect(answer.rows[0]!.recipients!.map((r) => r.partyId)).toEqual(["lv-ribw-fonteynenburg"]);
    // A short kenmerk per stored row, as a single POST gets (issue 15 item 7): HA for huurachterstand, OV for overlast.
    expect(answer.rows[0]!.kenmerk).toMatch(/^HA-\d{4}-\d{4}$/);
    expect(answer.rows[2]!.kenmerk).toMatch(/^OV-\d{4}-\d{4}$/);
    expect((await store.signals.get(answer.rows[0]!.id!))?.kenmerk).toBe(answer.rows[0]!.kenmerk);
    expect(answer.rows[1]!.kenmerk).toBeUndefined();
    expect(answer.rows[1]!.message_nl).toContain("monthsInArrears");
    expect(answer.rows[1]!.issues!.map((i) => i.field)).toContain("monthsInArrears");
    expect(answer.rows[4]!.issues!.map((i) => i.field)).toContain("senderPartyId");
    expect(await signalCount()).toBe(before + 2);

    // Audit: the batch, every created signal, every refused row by its key; no tenant names.
    expect((await store.audit.forRecord("signal_batch", "vidomes-batch-1")).map((e) => e.action)).toEqual([
      "signal.batch",
    ]);
    expect((await store.audit.forRecord("signal", answer.rows[0]!.id!)).map((e) => e.action)).toEqual([
      "signal.create",
    ]);
    for (const i of [1, 3, 4]) {
      const refused = await store.audit.forRecord("signal_request", `vidomes-batch-1#${i}`);
      expect(refused.map((e) => e.action)).toEqual(["signal.refused"]);
      expect(JSON.stringify(refused)).not.toContain("Testhuurder");
    }

    // Routing and privacy as for one signal: the card reaches the begeleider's chat.
    await waitFor("the batch's card in the begeleider's chat", () =>
      app
        .playground!.getLog()
        .find((e) => e.direction === "fromBot" && JSON.stringify(e.activity ?? {}).includes(answer.rows[0]!.kenmerk!)),
    );
    const stored = (await store.signals.get(answer.rows[0]!.id!))!;
    const landlordView = app.signals.viewOf(stored, { partyId: "lv-vidomes", role: "sociale_verhuurder" })!;
    expect(landlordView.fields).toMatchObject({ type: "huurachterstand" });
  });

  it("a retry of the same batch (same key) stores nothing twice; a row's own idempotencyKey is kept per row", async () => {
    const rows = [huurachterstand({ idempotencyKey: "eigen-sleutel-7" }), overlast()];
    const first = (await (
      await post(JSON.stringify(rows), { idempotencyKey: "vidomes-batch-2" })
    ).json()) as BatchAnswer;
    expect(first).toMatchObject({ accepted: 2, created: 2, refused: 0 });
    expect(first.rows.map((r) => r.idempotencyKey)).toEqual(["eigen-sleutel-7", "vidomes-batch-2#1"]);
    const count = await signalCount();
    const retry = await post(JSON.stringify(rows), { idempotencyKey: "vidomes-batch-2" });
    expect(retry.status).toBe(200);
    const again = (await retry.json()) as BatchAnswer;
    expect(again).toMatchObject({ accepted: 2, created: 0, refused: 0 });
    expect(again.rows.map((r) => [r.status, r.id])).toEqual(first.rows.map((r) => [200, r.id]));
    expect(await signalCount()).toBe(count);
    // The row key is the same key as POST /api/signals uses: a single retry finds the batch's signal.
    const single = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "eigen-sleutel-7",
      },
      body: JSON.stringify(huurachterstand()),
    });
    expect(single.status).toBe(200);
    expect(((await single.json()) as { id: string }).id).toBe(first.rows[0]!.id);
  });

  it("the same key with other content is a conflict for that row only (409 in the row)", async () => {
    await post(JSON.stringify([huurachterstand()]), { idempotencyKey: "vidomes-batch-3" });
    const res = await post(JSON.stringify([huurachterstand({ monthsInArrears: 5 }), overlast()]), {
      idempotencyKey: "vidomes-batch-3",
    });
    expect(res.status).toBe(207);
    const answer = (await res.json()) as BatchAnswer;
    expect(answer.rows.map((r) => r.status)).toEqual([409, 201]);
  });

  it("takes NDJSON, one signal per line; a line that is not JSON is that row's refusal, named by line", async () => {
    const body = [JSON.stringify(huurachterstand()), "{niet json", "", JSON.stringify(overlast()), ""].join("\n");
    const res = await post(body, { idempotencyKey: "vidomes-batch-4", type: "application/x-ndjson" });
    expect(res.status).toBe(207);
    const answer = (await res.json()) as BatchAnswer;
    expect(answer.rows.map((r) => [r.line, r.status])).toEqual([
      [1, 201],
      [2, 422],
      [3, 422],
      [4, 201],
    ]);
    expect(answer.rows[1]!.message_nl).toContain("regel 2");
  });

  it("takes CSV too (a header of field paths, one signal per row), each row named by its line", async () => {
    const csv = [
      "type;rulebook;signalDate;tenant.name;tenant.postcode;tenant.huisnummer;monthsInArrears;amountInArrears;paymentArrangement;courtStage;caseContext.supportPartyId;idempotencyKey",
      "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Csvhuurder;2271 AB;4;2;950,00;nee;none;lv-ribw-fonteynenburg;vidomes-csv-1",
      "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Csvhuurder Twee;2271 AB;5;-1;950,00;nee;none;lv-ribw-fonteynenburg;",
    ].join("\n");
    const res = await post(csv, { idempotencyKey: "vidomes-batch-csv", type: "text/csv" });
    expect(res.status).toBe(207);
    const answer = (await res.json()) as BatchAnswer;
    expect(answer.rows.map((r) => [r.line, r.status, r.idempotencyKey])).toEqual([
      [2, 201, "vidomes-csv-1"],
      [3, 422, "vidomes-batch-csv#1"],
    ]);
    expect(answer.rows[1]!.issues!.map((i) => i.field)).toContain("monthsInArrears");
  });

  it("refuses the batch as a whole with a clear reason: no key, no API key, not a list, other content type, too many rows, too large", async () => {
    const before = await signalCount();
    expect((await post("[]", {})).status).toBe(400);
    expect((await post("[]", { key: "", idempotencyKey: "k" })).status).toBe(401);
    const notList = await post(JSON.stringify(huurachterstand()), { idempotencyKey: "k" });
    expect(notList.status).toBe(400);
    expect(((await notList.json()) as { message_nl: string }).message_nl).toContain("JSON-lijst");
    expect((await post("[}", { idempotencyKey: "k" })).status).toBe(400);
    expect((await post("a,b\n1,2", { idempotencyKey: "k", type: "text/plain" })).status).toBe(415);
    const many = await post(JSON.stringify(new Array(SIGNAL_BATCH_MAX_ROWS + 1).fill(0)), { idempotencyKey: "k" });
    expect(many.status).toBe(413);
    expect(((await many.json()) as { message_nl: string }).message_nl).toContain("10.000");
    const huge = await post(`["${"x".repeat(SIGNAL_BATCH_MAX_BODY_BYTES)}"]`, { idempotencyKey: "k" });
    expect(huge.status).toBe(413);
    const hugeNdjson = await post(`"${"x".repeat(SIGNAL_BATCH_MAX_BODY_BYTES)}"\n`, {
      idempotencyKey: "k",
      type: "application/x-ndjson",
    });
    expect(hugeNdjson.status).toBe(413);
    expect(((await hugeNdjson.json()) as { message_nl: string }).message_nl).toContain("splits hem op");
    const empty = await post("[]", { idempotencyKey: "k-empty" });
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({ total: 0, accepted: 0, rows: [] });
    expect(await signalCount()).toBe(before);
  });

  it("other routes keep the server's own body limit", async () => {
    const res = await fetch(`${app.url}/api/signals`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${landlordKey}`,
        "idempotency-key": "big-one",
      },
      body: JSON.stringify({ ...huurachterstand(), padding: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
  });
});
