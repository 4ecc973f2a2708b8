import { describe, expect, it } from "vitest";
import { PartyRoleSchema, type PartyRole } from "../parties/party.js";
import { FieldCategorySchema, type FieldCategory } from "../signals/field-categories.js";
import {
  candidateFieldCategories,
  candidateFields,
  CandidateDetailsSchema,
  type CandidateDetails,
} from "./candidate-details.js";
import { mayReadNote, redactCandidateFor, visibleCandidateFields } from "./case-privacy.js";

const rulebooks = [
  "kw-huisuitzetting-2019",
  "lv-zorgafhankelijk-2025",
  "lv-noodwoning-2025",
  "gv-hov-2025",
  "gv-urgentie-2019",
  "mh-uitstroom-2019",
];
const roles = PartyRoleSchema.options;

const full: CandidateDetails = CandidateDetailsSchema.parse({
  name: "Jan Jansen",
  dateOfBirth: "1990-05-01",
  contactVia: "kandidaat",
  phone: "06 12345678",
  email: "jan@example.org",
  currentAddress: "Kerkstraat 1, 2271 AA Voorburg",
  instelling: "RIBW Fonteynenburg, beschermd wonen",
  intramuralCareEndsOn: "2026-09-01",
  householdMembers: [{ name: "Piet Jansen", dateOfBirth: "2015-01-01" }],
});

/** The promises of domain.md 5 and LV art. 10, stated apart from the privacy table. */
function forbidden(rulebook: string, role: PartyRole): Set<FieldCategory> {
  const out = new Set<FieldCategory>();
  const onlyProcess = () => FieldCategorySchema.options.filter((c) => c !== "process").forEach((c) => out.add(c));
  if (role === "sociale_verhuurder") ["care", "justice"].forEach((c) => out.add(c as FieldCategory)); // LV art. 10 lid 6
  if (role !== "reclassering") out.add("justice");
  if (role === "urgentiecommissie" || (role === "platform" && rulebook !== "gv-hov-2025")) onlyProcess();
  if (role === "platform") ["care", "justice"].forEach((c) => out.add(c as FieldCategory));
  if (rulebook.startsWith("lv-") && role === "gemeente") onlyProcess(); // LV art. 10 lid 2
  return out;
}

describe("case privacy: every rulebook x recipient role x candidate field", () => {
  for (const rulebook of rulebooks) {
    for (const role of roles) {
      it(`${rulebook} ${role}`, () => {
        const view = redactCandidateFor(full, rulebook, role);
        const visible = new Set(visibleCandidateFields(rulebook, role));
        for (const def of candidateFields) {
          const seen = def.field in view;
          expect(seen, `${def.field} shown iff visible`).toBe(visible.has(def.field));
          if (forbidden(rulebook, role).has(def.category))
            expect(seen, `${role} must not see ${def.field} (${def.category})`).toBe(false);
          if (seen) expect(view[def.field]).toEqual(full[def.field]); // removed, never blanked or changed
        }
        if (role === "sociale_verhuurder") {
          expect(view.name).toBe("Jan Jansen"); // the landlord needs to know whom it houses
          expect(view.instelling).toBeUndefined();
        }
        for (const category of FieldCategorySchema.options)
          if (forbidden(rulebook, role).has(category))
            expect(mayReadNote(rulebook, role, category), `note ${category}`).toBe(false);
      });
    }
  }

  it("every candidate field is classified", () => {
    expect(Object.keys(candidateFieldCategories).sort()).toEqual(
      Object.keys(
        CandidateDetailsSchema.def.shape ?? (CandidateDetailsSchema as never as { shape: object }).shape ?? {},
      ).sort(),
    );
  });

  it("LV: the expected end of intramural care reaches the landlord (art. 5 lid 3), the instelling does not (art. 10 lid 6)", () => {
    const view = redactCandidateFor(full, "lv-zorgafhankelijk-2025", "sociale_verhuurder");
    expect(view.intramuralCareEndsOn).toBe("2026-09-01");
    expect(view.instelling).toBeUndefined();
    expect(redactCandidateFor(full, "lv-zorgafhankelijk-2025", "gemeente")).toEqual({
      contactVia: "kandidaat",
      intramuralCareEndsOn: "2026-09-01",
    });
  });

  it("refuses direct contact without phone or e-mail, and a case without address or instelling", () => {
    expect(
      CandidateDetailsSchema.safeParse({
        name: "A",
        dateOfBirth: "1990-01-01",
        contactVia: "kandidaat",
        currentAddress: "x",
      }).success,
    ).toBe(false);
    expect(
      CandidateDetailsSchema.safeParse({ name: "A", dateOfBirth: "1990-01-01", contactVia: "begeleider" }).success,
    ).toBe(false);
    expect(
      CandidateDetailsSchema.safeParse({
        name: "A",
        dateOfBirth: "1990-01-01",
        contactVia: "begeleider",
        instelling: "x",
      }).success,
    ).toBe(true);
  });
});
