import { describe, expect, it } from "vitest";
import { devAuth } from "../host/auth";
import { createTabApi, TabApiError, type Fetch } from "./client";
import { DEV_USER_HEADER } from "@convenantbot/contract";

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: unknown, seen: Seen[] = []): Fetch {
  return async (url, init) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
}

const me = {
  mode: "dev",
  member: { displayName: "Demo Begeleider", role: "begeleider", coordinator: false },
  party: { id: "lv-ribw-fonteynenburg", name: "RIBW Fonteynenburg", role: "zorgorganisatie" },
  rulebooks: [{ id: "lv-zorgafhankelijk-2025", title: { nl: "LV", en: "LV" }, region: "Leidschendam-Voorburg" }],
};

describe("the tab's API client", () => {
  it("sends who is asking and parses the answer with the contract", async () => {
    const seen: Seen[] = [];
    const api = createTabApi(devAuth("29:demo-begeleider"), fakeFetch(200, me, seen));
    expect((await api.me()).party.name).toBe("RIBW Fonteynenburg");
    expect(seen[0]?.url).toBe("/api/tab/me");
    expect((seen[0]?.init.headers as Record<string, string>)[DEV_USER_HEADER]).toBe("29:demo-begeleider");
  });

  it("puts only the filters that are set in the query string", async () => {
    const seen: Seen[] = [];
    const api = createTabApi(devAuth("u"), fakeFetch(200, { items: [] }, seen));
    await api.signals({ type: "overlast", overdue: "true" });
    await api.signals({});
    expect(seen.map((s) => s.url)).toEqual(["/api/tab/signals?type=overlast&overdue=true", "/api/tab/signals"]);
  });

  it("posts an action only when the domain's schema accepts it", async () => {
    const seen: Seen[] = [];
    const api = createTabApi(devAuth("u"), fakeFetch(200, { id: "s1", status: "bevestigd", noop: false }, seen));
    expect(await api.act("s1", { type: "bevestigen" })).toEqual({ id: "s1", status: "bevestigd", noop: false });
    expect(seen[0]?.init.body).toBe('{"type":"bevestigen"}');
    await expect(api.act("s1", { type: "afsluiten", outcome: "weg" } as never)).rejects.toThrow();
    expect(seen).toHaveLength(1);
  });

  it("turns an error answer into a bilingual TabApiError with its status", async () => {
    const api = createTabApi(
      devAuth("u"),
      fakeFetch(403, {
        message_nl: "Dit signaal bestaat niet of je mag het niet zien.",
        message_en: "This signal does not exist or you may not see it.",
      }),
    );
    const error = (await api.signal("x").catch((e: unknown) => e)) as TabApiError;
    expect(error).toBeInstanceOf(TabApiError);
    expect(error.status).toBe(403);
    expect(error.text("nl")).toBe("Dit signaal bestaat niet of je mag het niet zien.");
    expect(error.text("en")).toBe("This signal does not exist or you may not see it.");
  });

  it("says so when an answer does not match the contract, or there is no answer", async () => {
    const wrong = createTabApi(devAuth("u"), fakeFetch(200, { items: [{ id: 1 }] }));
    await expect(wrong.signals()).rejects.toThrow(/klopt niet \(items\.0/);
    const offline = createTabApi(devAuth("u"), async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = (await offline.me().catch((e: unknown) => e)) as TabApiError;
    expect(error.status).toBe(0);
    expect(error.message_en).toContain("Failed to fetch");
  });

  it("uploads a CSV file as its text, with the batch key, and reads a 422 (no row stored) as an answer", async () => {
    const seen: Seen[] = [];
    const refusedAll = {
      idempotencyKey: "tab-csv-abc",
      format: "csv",
      total: 1,
      accepted: 0,
      created: 0,
      refused: 1,
      rows: [
        {
          row: 0,
          line: 2,
          status: 422,
          idempotencyKey: "tab-csv-abc#0",
          message_nl: "Ongeldig",
          message_en: "Invalid",
        },
      ],
    };
    const api = createTabApi(devAuth("u"), fakeFetch(422, refusedAll, seen));
    expect(await api.uploadSignals("type;rulebook\nhuurachterstand;lv", "tab-csv-abc")).toMatchObject({ refused: 1 });
    const headers = seen[0]?.init.headers as Record<string, string>;
    expect(seen[0]?.url).toBe("/api/tab/signals/batch");
    expect(seen[0]?.init.body).toBe("type;rulebook\nhuurachterstand;lv");
    expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(headers["idempotency-key"]).toBe("tab-csv-abc");
    const unreadable = createTabApi(
      devAuth("u"),
      fakeFetch(400, { message_nl: "Het CSV-bestand is niet te lezen.", message_en: "The CSV file cannot be read." }),
    );
    const error = (await unreadable.uploadSignals("x", "k").catch((e: unknown) => e)) as TabApiError;
    expect(error.status).toBe(400);
    expect(error.text("nl")).toBe("Het CSV-bestand is niet te lezen.");
  });
});
