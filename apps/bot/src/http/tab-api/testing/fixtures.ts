import { randomUUID } from "node:crypto";
import type { RunningApp } from "../../../app.js";
import { DEV_USER_HEADER } from "../index.js";

/** The demo caseworkers the tests act as (packages/store/src/seed/demo-members.ts). */
export const demo = {
  begeleider: { teamsUserId: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2", partyId: "lv-ribw-fonteynenburg" },
  woonconsulent: { teamsUserId: "29:demo-woonconsulent", aadObjectId: "00000000-0000-0000-0000-0000000000a1", partyId: "lv-vidomes" },
  casemanager: { teamsUserId: "29:demo-casemanager", aadObjectId: "00000000-0000-0000-0000-0000000000a3", partyId: "lv-lokale-kamer" },
  woonconsulentKw: { teamsUserId: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6", partyId: "kw-quawonen" },
} as const;

export const LANDLORD_SENDER = { partyId: "lv-vidomes", role: "sociale_verhuurder" as const, actor: "api:tab-test" };

/** Illustrative tenants; the signals go from Vidomes to the tenant's begeleider (LV art. 8.2). */
export function huurachterstand(overrides: Record<string, unknown> = {}) {
  return {
    rulebook: "lv-zorgafhankelijk-2025",
    type: "huurachterstand",
    signalDate: "2026-11-23",
    tenant: { name: "Testhuurder Een", postcode: "2271 AB", huisnummer: 12 },
    monthsInArrears: 2,
    amountInArrears: 1450.5,
    since: "2026-09-01",
    remindersSent: 2,
    paymentArrangement: false,
    courtStage: "none",
    caseContext: { supportPartyId: "lv-ribw-fonteynenburg" },
    ...overrides,
  };
}

export function overlast(overrides: Record<string, unknown> = {}) {
  return {
    rulebook: "lv-zorgafhankelijk-2025",
    type: "overlast",
    signalDate: "2026-11-20",
    tenant: { name: "Testhuurder Twee", postcode: "2271 CD", huisnummer: 3 },
    kind: "geluid",
    since: "2026-10-01",
    severity: "matig",
    reportsCount: 3,
    policeInvolved: false,
    caseContext: { supportPartyId: "lv-ribw-fonteynenburg" },
    ...overrides,
  };
}

export async function submitSignal(app: RunningApp, body: unknown): Promise<string> {
  const result = await app.signals.submit({ body, sender: LANDLORD_SENDER, idempotencyKey: randomUUID(), correlationId: randomUUID() });
  return result.signal.id;
}

export interface TabCall {
  status: number;
  body: unknown;
  headers: Headers;
}

/** One /api/tab request as the tab makes it: as a demo user (dev header) or with an SSO token. */
export async function tabCall(baseUrl: string, path: string, init: { user?: string; token?: string; method?: string; body?: unknown } = {}): Promise<TabCall> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.user) headers[DEV_USER_HEADER] = init.user;
  if (init.token) headers["authorization"] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
}
