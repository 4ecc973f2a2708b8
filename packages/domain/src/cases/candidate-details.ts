import { z } from "zod";
import { IsoDateSchema } from "../common/iso-date.js";
import { t, type Localized } from "../common/localized.js";
import type { FieldCategory } from "../signals/field-categories.js";

const Text = (max: number) => z.string().trim().min(1).max(max);

export const HouseholdMemberSchema = z.strictObject({ name: Text(200), dateOfBirth: IsoDateSchema.optional() });

/**
 * The minimum a receiving party needs to act on a case (issue: candidate details). Stored
 * with the aanmelding; every field has a privacy category (candidateFieldCategories), and a
 * recipient sees only the fields its role may see under the rulebook.
 */
export const CandidateDetailsSchema = z
  .strictObject({
    name: Text(200),
    dateOfBirth: IsoDateSchema,
    /** "kandidaat": reach the candidate directly; "begeleider": only via the nominating caseworker. */
    contactVia: z.enum(["kandidaat", "begeleider"]),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9][0-9 ()-]{5,19}$/)
      .optional(),
    email: z.email().max(200).optional(),
    currentAddress: Text(300).optional(),
    /** The instelling the candidate lives in now (intramural): tells that there is care. */
    instelling: Text(200).optional(),
    /** LV art. 5 lid 3: the expected end of intramural care, given to the landlords' contacts. */
    intramuralCareEndsOn: IsoDateSchema.optional(),
    householdMembers: z.array(HouseholdMemberSchema).max(15).optional(),
  })
  .refine((c) => c.contactVia === "begeleider" || c.phone !== undefined || c.email !== undefined, {
    path: ["phone"],
    message: "direct contact needs a phone number or e-mail address",
  })
  .refine((c) => c.currentAddress !== undefined || c.instelling !== undefined, {
    path: ["currentAddress"],
    message: "give the current address or the instelling",
  });
export type CandidateDetails = z.infer<typeof CandidateDetailsSchema>;
export type CandidateField = keyof CandidateDetails;

export interface CandidateFieldDefinition {
  field: CandidateField;
  category: FieldCategory;
  label: Localized;
  /** Rulebooks that ask it; absent: all. */
  rulebooks?: readonly string[];
  /** Why this category where it is not obvious. */
  note?: string;
}

const LV = ["lv-zorgafhankelijk-2025", "lv-noodwoning-2025"];

/** Every candidate field with its privacy category, in the order the intake asks them. */
export const candidateFields: readonly CandidateFieldDefinition[] = [
  { field: "name", category: "identity", label: t("Naam", "Name") },
  { field: "dateOfBirth", category: "identity", label: t("Geboortedatum", "Date of birth") },
  {
    field: "contactVia",
    category: "process",
    label: t("Contact", "Contact"),
    note: "how to reach, not who: identifies nobody",
  },
  { field: "phone", category: "contact", label: t("Telefoon", "Phone") },
  { field: "email", category: "contact", label: t("E-mail", "E-mail") },
  { field: "currentAddress", category: "contact", label: t("Huidig adres", "Current address") },
  {
    field: "instelling",
    category: "care",
    label: t("Instelling (huidige woonvorm)", "Instelling (current residence)"),
    note: "the name of a care institution tells of treatment: LV art. 10 lid 6",
  },
  {
    field: "intramuralCareEndsOn",
    category: "process",
    label: t("Vermoedelijke einddatum intramurale zorg", "Expected end of intramural care"),
    rulebooks: ["lv-zorgafhankelijk-2025"],
    note: "LV art. 5 lid 3 names this date for the landlords' contacts; a date, no treatment content",
  },
  {
    field: "householdMembers",
    category: "identity",
    label: t("Gezinsleden", "Household members"),
    rulebooks: ["lv-noodwoning-2025", "gv-urgentie-2019", "gv-hov-2025", "kw-huisuitzetting-2019"],
    note: "where the rulebook looks at the household (noodwoning: minor children, art. 6; urgentie: household income)",
  },
];

export const candidateFieldCategories: Readonly<Record<CandidateField, FieldCategory>> = Object.fromEntries(
  candidateFields.map((f) => [f.field, f.category]),
) as Record<CandidateField, FieldCategory>;

/** The fields the intake asks under a rulebook. */
export function candidateFieldsFor(rulebookId: string): CandidateFieldDefinition[] {
  return candidateFields.filter((f) => !f.rulebooks || f.rulebooks.includes(rulebookId));
}

export const lvRulebooks: readonly string[] = LV;
