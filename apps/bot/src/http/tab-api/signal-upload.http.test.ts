// The tab's CSV upload (POST /api/tab/signals/batch) through the real HTTP endpoint: the file is
// the body (text/csv), the sender is the caller's own party, every row goes through the same
// validation, routing, privacy, idempotency and audit as the partners' batch API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signalCsvTemplateHeader } from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../../app.js";
import { BotClient } from "../../testing/bot-client.js";
import { startTestApp } from "../../testing/test-app.js";
import { waitFor } from "../../playground/testing/wait.js";
import { demo } from "./testing/fixtures.js";
import { DEV_USER_HEADER } from "./index.js";

let store: Store;
let app: RunningApp;

interface UploadAnswer {
  format: string;
  total: number;
  accepted: number;
  created: number;
  refused: number;
  rows: { row: number; line: number; status: number; id?: string; kenmerk?: string; issues?: { field: string }[] }[];
}

const upload = (csv: string, init: { user?: string; key?: string; type?: string } = {}) =>
  fetch(`${app.url}/api/tab/signals/batch`, {
    method: "POST",
    headers: {
      "content-type": init.type ?? "text/csv; charset=utf-8",
      ...(init.user === "" ? {} : { [DEV_USER_HEADER]: init.user ?? demo.woonconsulent.teamsUserId }),
      ...(init.key === "" ? {} : { "idempotency-key": init.key ?? "upload-1" }),
    },
    body: csv,
  });

// A landlord's monthly arrears run as its spreadsheet saves it: semicolons, decimal commas, ja/nee.
const HEADER =
  "type;rulebook;signalDate;tenant.name;tenant.postcode;tenant.huisnummer;monthsInArrears;amountInArrears;paymentArrangement;courtStage;caseContext.supportPartyId";
const arrearsRun = [
  HEADER,
  "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Uploadhuurder Een;2271 AB;3;2;1.450,50;nee;none;lv-ribw-fonteynenburg",
  "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Uploadhuurder Twee;2271 AB;twaalf;2;800;nee;none;lv-ribw-fonteynenburg",
  "",
  "huurachterstand;lv-zorgafhankelijk-2025;2026-11-23;Uploadhuurder Drie;2271 AC;7;3;2100;ja;dagvaarding;lv-ribw-fonteynenburg",
].join("\r\n");

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  // The begeleider's personal chat, so the cards have somewhere to go.
  await new BotClient(
    app.url,
    { id: demo.begeleider.teamsUserId, aadObjectId: demo.begeleider.aadObjectId },
    {
      serviceUrl: `${app.url}/connector`,
    },
  ).say("help");
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe("POST /api/tab/signals/batch (the tab's CSV upload)", () => {
  it("stores the valid rows as the caller's party's signals and names each refused row by its line in the file", async () => {
    const res = await upload(arrearsRun);
    expect(res.status).toBe(207);
    const answer = (await res.json()) as UploadAnswer;
    expect(answer).toMatchObject({ format: "csv", total: 3, accepted: 2, created: 2, refused: 1 });
    // Lines as the caseworker sees them in the file: the header is line 1, the empty line is skipped.
    expect(answer.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 201],
      [3, 422],
      [5, 201],
    ]);
    expect(answer.rows[1]!.issues!.map((i) => i.field)).toContain("tenant.huisnummer");
    const stored = (await store.signals.get(answer.rows[0]!.id!))!;
    expect(stored.senderPartyId).toBe(demo.woonconsulent.partyId);
    expect(stored.payload).toMatchObject({
      amountInArrears: 1450.5,
      paymentArrangement: false,
      tenant: { huisnummer: 3 },
    });
    expect(answer.rows[0]!.kenmerk).toMatch(/^HA-\d{4}-\d{4}$/);
    // Routed as one signal is: the card reaches the begeleider.
    await waitFor("the uploaded signal's card in the begeleider's chat", () =>
      app
        .playground!.getLog()
        .find((e) => e.direction === "fromBot" && JSON.stringify(e.activity ?? {}).includes(answer.rows[0]!.kenmerk!)),
    );
    // Audited as the caller, the refused row by its key, without the tenant's name.
    const refused = await store.audit.forRecord("signal_request", "upload-1#1");
    expect(refused.map((e) => e.action)).toEqual(["signal.refused"]);
    expect(JSON.stringify(refused)).not.toContain("Uploadhuurder");
  });

  it("the same file again (same key) stores nothing twice", async () => {
    const again = await upload(arrearsRun);
    expect(again.status).toBe(207);
    expect(await again.json()).toMatchObject({ accepted: 2, created: 0, refused: 1 });
  });

  it("a comma file with quotes works too, and a template header is a file the service reads", async () => {
    const header = signalCsvTemplateHeader("overlast");
    expect(header).toEqual(expect.arrayContaining(["type", "tenant.name", "kind", "severity"]));
    const csv = [
      "type,rulebook,signalDate,tenant.name,tenant.postcode,tenant.huisnummer,kind,since,severity,reportsCount,policeInvolved,caseContext.supportPartyId",
      'overlast,lv-zorgafhankelijk-2025,2026-11-23,"Huurder, Vier",2271 AB,9,geluid,2026-10-01,matig,3,nee,lv-ribw-fonteynenburg',
    ].join("\n");
    const res = await upload(csv, { key: "upload-2" });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as UploadAnswer;
    const stored = (await store.signals.get(answer.rows[0]!.id!))!;
    expect(stored.payload).toMatchObject({ tenant: { name: "Huurder, Vier" }, reportsCount: 3 });
  });

  it("refuses a whole upload with a clear Dutch and English reason: unreadable, empty, no key, not signed in, multipart", async () => {
    const broken = await upload(`${HEADER}\n"huurachterstand;lv`, { key: "upload-3" });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      message_nl: expect.stringContaining("niet te lezen"),
      message_en: expect.stringContaining("cannot be read"),
    });
    const empty = await upload(HEADER, { key: "upload-4" });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { message_nl: string }).message_nl).toContain("geen signalen");
    expect((await upload(arrearsRun, { key: "" })).status).toBe(400);
    expect((await upload(arrearsRun, { user: "", key: "upload-5" })).status).toBe(401);
    // A file never arrives as multipart (privacy: no form uploads anywhere).
    const multipart = await upload(`--x\r\ncontent-disposition: form-data; name="f"\r\n\r\n${arrearsRun}\r\n--x--`, {
      key: "upload-6",
      type: "multipart/form-data; boundary=x",
    });
    expect(multipart.status).toBe(415);
    // None of these stored anything.
    expect(await store.audit.forRecord("signal_batch", "upload-3")).toEqual([]);
  });
});
