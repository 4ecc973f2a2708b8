// Test support (not shipped): example signals and fast-check arbitraries with every field filled.
import fc from "fast-check";
import { SignalSchema, type Signal, type SignalInput } from "../signal.js";
import type { SignalChannel, SignalType } from "../signal-type.js";

export const tenant = {
  aanmeldingId: "aanm-0001",
  name: "J. de Vries",
  postcode: "2271 AB",
  huisnummer: 12,
  huisnummertoevoeging: "A",
  bsn: "111222333",
  phone: "0701234567",
  email: "j.devries@example.nl",
};

const typeFields: Record<SignalType, Record<string, unknown>> = {
  huurachterstand: {
    monthsInArrears: 2,
    amountInArrears: 1234.56,
    since: "2026-01-01",
    remindersSent: 2,
    paymentArrangement: false,
    courtStage: "none",
  },
  overlast: { kind: "geluid", since: "2026-02-01", severity: "matig", reportsCount: 3, policeInvolved: false },
  einde_begeleiding: {
    endDate: "2026-03-01",
    reasonCategory: "op_verzoek_huurder",
    woonbegeleidingsovereenkomstAllowsNotice: true,
  },
  weigering_begeleiding: { refusedSince: "2026-03-01", woonbegeleidingsovereenkomstAllowsNotice: true },
  ontruimingsvonnis: { vonnisDate: "2026-02-15", ontruimingsdatum: "2026-04-01", ground: "huurachterstand" },
  afspraken_niet_nagekomen: { agreement: "betalingsregeling", brokenOn: "2026-03-01" },
  geen_contact_huurder: { triedBy: ["telefoon", "brief"], lastAttemptOn: "2026-03-02" },
};

/** A valid signal input of a type, with overrides on top. */
export function exampleSignal(
  type: SignalType,
  rulebook: string,
  senderPartyId: string,
  overrides: Record<string, unknown> = {},
): SignalInput {
  return {
    rulebook,
    senderPartyId,
    signalDate: "2026-03-06",
    tenant,
    type,
    ...typeFields[type],
    ...overrides,
  } as SignalInput;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

/** Valid BSNs: 8 random digits plus the check digit the elfproef demands (10 is impossible: dropped). */
export const bsnArb = digits(8)
  .map((d) => {
    const sum = d.reduce((acc, digit, i) => acc + digit * (9 - i), 0);
    return [...d, sum % 11];
  })
  .filter((d) => d[8]! < 10 && d.some((x) => x !== 0))
  .map((d) => d.join(""));

const dateArb = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const textArb = fc.string({ minLength: 1, maxLength: 40 }).map((s) => `x${s.trim()}`);

const tenantArb = fc.record({
  aanmeldingId: fc.uuid(),
  name: textArb,
  postcode: fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom("AB", "ZZ", "KL"))
    .map(([n, l]) => `${n}${l}`),
  huisnummer: fc.integer({ min: 1, max: 99999 }),
  huisnummertoevoeging: fc.constantFrom("A", "bis", "2hg"),
  bsn: bsnArb,
  phone: fc.constantFrom("0701234567", "+31612345678"),
  email: fc.constantFrom("a@example.nl", "huurder@example.org"),
});

const flags = fc.record({
  personalContactTried: fc.boolean(),
  pointedToSchuldhulp: fc.boolean(),
  writtenReminderOfferedDataSharing: fc.boolean(),
  tenantObjected: fc.boolean(),
  warmeOverdracht: fc.boolean(),
});

/** Type-specific fields with every optional field present (so privacy has everything to filter). */
const fullTypeFields: Record<SignalType, fc.Arbitrary<Record<string, unknown>>> = {
  huurachterstand: fc.record({
    monthsInArrears: fc.integer({ min: 0, max: 24 }),
    amountInArrears: fc.double({ min: 0, max: 50_000, noNaN: true }),
    since: dateArb,
    remindersSent: fc.integer({ min: 0, max: 10 }),
    paymentArrangement: fc.boolean(),
    courtStage: fc.constantFrom("vonnis", "ontruimingsdatum"),
    evictionDate: dateArb,
    vroegsignalering: flags,
    note: textArb,
  }),
  overlast: fc.record({
    kind: fc.constantFrom("geluid", "vervuiling", "drugsoverlast", "overig"),
    since: dateArb,
    severity: fc.constantFrom("licht", "matig", "ernstig"),
    reportsCount: fc.integer({ min: 0, max: 50 }),
    policeInvolved: fc.boolean(),
    note: textArb,
  }),
  einde_begeleiding: fc.record({
    endDate: dateArb,
    reasonCategory: fc.constantFrom("op_verzoek_huurder", "indicatie_beeindigd", "overig"),
    woonbegeleidingsovereenkomstAllowsNotice: fc.boolean(),
  }),
  weigering_begeleiding: fc.record({ refusedSince: dateArb, woonbegeleidingsovereenkomstAllowsNotice: fc.boolean() }),
  ontruimingsvonnis: fc.record({
    vonnisDate: fc.constant("2020-01-01"),
    ontruimingsdatum: dateArb,
    ground: fc.constantFrom("huurachterstand", "overlast", "overig"),
  }),
  afspraken_niet_nagekomen: fc.record({
    agreement: fc.constantFrom("lopende_huur", "betalingsregeling", "hulpverleningstraject", "overig"),
    brokenOn: dateArb,
    note: textArb,
  }),
  geen_contact_huurder: fc.record({
    triedBy: fc.subarray(["telefoon", "brief", "email", "huisbezoek"], { minLength: 1 }),
    lastAttemptOn: dateArb,
    note: textArb,
  }),
};

/** Parsed signals of one type/rulebook/channel with all fields filled, care and justice included. */
export function fullSignalArb(type: SignalType, rulebook: string, channel: SignalChannel): fc.Arbitrary<Signal> {
  return fc
    .record({ tenant: tenantArb, careNotes: textArb, justiceHistory: textArb, fields: fullTypeFields[type] })
    .map(({ tenant: t, careNotes, justiceHistory, fields }) =>
      SignalSchema.parse({
        rulebook,
        channel,
        senderPartyId: "afzender-test",
        signalDate: "2026-01-15",
        tenant: t,
        careNotes,
        justiceHistory,
        type,
        ...fields,
      }),
    );
}

/** Flattens a (redacted) signal to dotted leaf paths, the form field tables use. */
export function leafPaths(value: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner))
      Object.assign(out, leafPaths(inner as Record<string, unknown>, path));
    else out[path] = inner;
  }
  return out;
}
