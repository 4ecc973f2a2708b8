import { z } from "zod";
import { t } from "../common/localized.js";
import { bilingual } from "./refine.js";

/** The BSN eleven test (elfproef): 9 digits, weights 9..2 and -1 for the last digit. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0 && value !== "000000000";
}

const PostcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .overwrite((value) => value.replace(/\s+/g, ""))
  .refine(
    (value) => /^[1-9][0-9]{3}[A-Z]{2}$/.test(value),
    bilingual(t("is ongeldig: verwacht een postcode als 1234AB", "is invalid: expected a Dutch postcode like 1234AB")),
  );

/**
 * Who the signal is about. Personal data: every field is classified (identity or contact) in
 * field-categories.ts, so redaction can prove what a recipient sees.
 */
export const TenantRefSchema = z.strictObject({
  /** Our case id when the tenant has an aanmelding; pseudonymous, so still personal data. */
  aanmeldingId: z.string().min(1).optional(),
  name: z.string().trim().min(1),
  postcode: PostcodeSchema,
  huisnummer: z.number().int().min(1).max(99999),
  huisnummertoevoeging: z.string().trim().min(1).max(10).optional(),
  bsn: z
    .string()
    .trim()
    .refine(
      isValidBsn,
      bilingual(t("is geen geldig BSN (9 cijfers, elfproef)", "is not a valid BSN (9 digits, eleven test)")),
    )
    .optional(),
  phone: z.string().trim().min(6).max(20).optional(),
  email: z.email().optional(),
});
export type TenantRef = z.infer<typeof TenantRefSchema>;
