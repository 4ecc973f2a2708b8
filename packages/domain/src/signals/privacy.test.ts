import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { PartyRoleSchema, type PartyRole } from "../parties/party.js";
import { classifiedFields, FieldCategorySchema, type FieldCategory } from "./field-categories.js";
import { redactSignalFor, visibleFields } from "./privacy.js";
import { privacyTable } from "./privacy-table.js";
import {
  SignalChannelSchema,
  SignalTypeSchema,
  signalChannels,
  signalTypes,
  type SignalChannel,
} from "./signal-type.js";
import { fullSignalArb, leafPaths } from "./testing/signal-fixtures.js";

const rulebooks = [
  "kw-huisuitzetting-2019",
  "lv-zorgafhankelijk-2025",
  "lv-noodwoning-2025",
  "gv-hov-2025",
  "gv-urgentie-2019",
  "mh-uitstroom-2019",
];
const roles = PartyRoleSchema.options;

const RowSchema = z.strictObject({
  name: z.string(),
  channel: SignalChannelSchema.default("convenant"),
  rulebooks: z.array(z.string()),
  types: z.array(SignalTypeSchema),
  role: PartyRoleSchema,
  sees: z.array(z.string()).default([]),
  hidden: z.array(z.string()).default([]),
  onlyCategories: z.array(FieldCategorySchema).optional(),
});
const table = z
  .strictObject({ rows: z.array(RowSchema) })
  .parse(parse(readFileSync(new URL("./privacy.cases.yaml", import.meta.url), "utf8")));

describe("privacy table (privacy.cases.yaml)", () => {
  for (const row of table.rows) {
    it(row.name, () => {
      for (const rulebook of row.rulebooks) {
        for (const type of row.types) {
          const visible = visibleFields(rulebook, type, row.role, row.channel);
          const label = `${rulebook} ${type} ${row.role}`;
          for (const field of row.sees.filter((f) => f in classifiedFields(type)))
            expect(visible, label).toContain(field);
          for (const field of row.hidden) expect(visible, label).not.toContain(field);
          if (row.onlyCategories)
            for (const field of visible)
              expect(row.onlyCategories, `${label} ${field}`).toContain(classifiedFields(type)[field]);
        }
      }
    });
  }
  it("has a policy for every rulebook id", () => {
    for (const id of rulebooks) expect(privacyTable[id], id).toBeDefined();
  });
});

/**
 * The promises of domain.md section 5, stated here independently of privacy-table.ts, so a
 * change to the table that breaks one of them fails this test.
 */
function forbiddenCategories(rulebook: string, role: PartyRole, channel: SignalChannel): Set<FieldCategory> {
  const forbidden = new Set<FieldCategory>();
  const allButProcess = () =>
    FieldCategorySchema.options.filter((c) => c !== "process").forEach((c) => forbidden.add(c));
  if (role === "sociale_verhuurder") ["care", "justice"].forEach((c) => forbidden.add(c as FieldCategory));
  if (role !== "reclassering") forbidden.add("justice");
  // Counting bodies see process only; in GV HOV the platform role is team HMD, a HOV partner.
  if (role === "urgentiecommissie" || (role === "platform" && rulebook !== "gv-hov-2025")) allButProcess();
  if (role === "platform") ["care", "justice"].forEach((c) => forbidden.add(c as FieldCategory));
  if (channel === "convenant" && rulebook.startsWith("lv-") && role === "gemeente") allButProcess();
  if (channel === "vroegsignalering") {
    ["care", "justice", "nuisance"].forEach((c) => forbidden.add(c as FieldCategory));
    if (role !== "gemeente") allButProcess();
  }
  return forbidden;
}

describe("redaction never leaks a forbidden field (every rulebook x type x recipient role x channel)", () => {
  for (const rulebook of rulebooks) {
    for (const type of signalTypes) {
      it(`${rulebook} ${type}`, () => {
        for (const channel of signalChannels) {
          for (const role of roles) {
            const forbidden = forbiddenCategories(rulebook, role, channel);
            const allowed = new Set(visibleFields(rulebook, type, role, channel));
            fc.assert(
              fc.property(fullSignalArb(type, rulebook, channel), (signal) => {
                const original = leafPaths(signal as unknown as Record<string, unknown>);
                const redacted = leafPaths(redactSignalFor(signal, role));
                // Everything was filled in, so every classified field is there to be filtered.
                expect(Object.keys(original).sort()).toEqual(Object.keys(classifiedFields(type)).sort());
                for (const [path, value] of Object.entries(redacted)) {
                  const category = classifiedFields(type)[path];
                  expect(category, `unclassified ${path}`).toBeDefined();
                  expect(forbidden.has(category!), `${rulebook}/${channel}: ${role} sees ${path} (${category})`).toBe(
                    false,
                  );
                  expect(allowed.has(path), `${path} not in visibleFields`).toBe(true);
                  // Removed, not blanked: what remains is the original value.
                  expect(value).toEqual(original[path]);
                }
                for (const path of allowed) expect(Object.keys(redacted), `${path} dropped`).toContain(path);
                if (role === "sociale_verhuurder") expect(redacted["tenant.bsn"]).toBeUndefined();
                expect(redacted.type).toBe(type);
              }),
              { numRuns: 8 },
            );
          }
        }
      });
    }
  }

  it("removes empty containers instead of leaving blank objects", () => {
    fc.assert(
      fc.property(fullSignalArb("huurachterstand", "lv-zorgafhankelijk-2025", "convenant"), (signal) => {
        const view = redactSignalFor(signal, "gemeente");
        expect("tenant" in view).toBe(false);
        expect("careNotes" in view).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
