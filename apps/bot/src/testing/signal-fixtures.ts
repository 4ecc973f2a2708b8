// Test support: the demo caseworkers and illustrative signal bodies shared by the signal and tab tests.

/** The demo caseworkers the tests act as (packages/store/src/seed/demo-members.ts). */
export const demo = {
  begeleider: {
    teamsUserId: "29:demo-begeleider",
    aadObjectId: "00000000-0000-0000-0000-0000000000a2",
    partyId: "lv-ribw-fonteynenburg",
  },
  woonconsulent: {
    teamsUserId: "29:demo-woonconsulent",
    aadObjectId: "00000000-0000-0000-0000-0000000000a1",
    partyId: "lv-vidomes",
  },
  casemanager: {
    teamsUserId: "29:demo-casemanager",
    aadObjectId: "00000000-0000-0000-0000-0000000000a3",
    partyId: "lv-lokale-kamer",
  },
  woonconsulentKw: {
    teamsUserId: "29:demo-woonconsulent-kw",
    aadObjectId: "00000000-0000-0000-0000-0000000000a6",
    partyId: "kw-quawonen",
  },
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
