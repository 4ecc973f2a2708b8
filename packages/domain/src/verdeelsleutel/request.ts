import { z } from "zod";
import { DomainError, invalidInput, type FieldIssue } from "../common/domain-error.js";

const Count = z.number().int().min(0);

const GemeenteRowSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Private (non-institutional) households on 1 January of year - 1. */
  households: Count,
  /** Corporation homes with a rent below the high aftoppingsgrens (3+ persons). */
  homesBelowHighCap: Count,
  /** Corporation homes with a rent below the low aftoppingsgrens (1-2 persons). */
  homesBelowLowCap: Count,
});

/** facts.md, Verdeelsleutel: the request of `convenant verdeelsleutel`. */
export const VerdeelsleutelRequestSchema = z.strictObject({
  /** The regional total agreed in the bestuurlijk overleg (art. 2 lid 2). */
  total: z.number().int().min(0),
  /** Year t; the counts are as of 1 January of t - 1 (art. 3 lid 2). */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Where the figures come from (e.g. "illustratief, geen CBS-gegevens"); shown in the working. */
  note: z.string().trim().min(1).max(500).optional(),
  gemeenten: z.array(GemeenteRowSchema).min(1).max(100),
});
export type VerdeelsleutelRequest = z.infer<typeof VerdeelsleutelRequestSchema>;
export type GemeenteRow = z.infer<typeof GemeenteRowSchema>;

export const columns = [
  { key: "households", letter: "A", nl: "particuliere huishoudens", en: "private households" },
  {
    key: "homesBelowHighCap",
    letter: "B",
    nl: "corporatiewoningen onder de hoge aftoppingsgrens",
    en: "corporation homes below the high cap",
  },
  {
    key: "homesBelowLowCap",
    letter: "C",
    nl: "corporatiewoningen onder de lage aftoppingsgrens",
    en: "corporation homes below the low cap",
  },
] as const;

/** Parses and checks what zod alone cannot: unique names and columns that do not sum to zero. */
export function parseVerdeelsleutelRequest(input: unknown): VerdeelsleutelRequest {
  // reportInput lets the message tell "wrong type" (60.5 for a whole number) from "missing".
  const parsed = VerdeelsleutelRequestSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error);
  const request = parsed.data;
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  request.gemeenten.forEach((row, index) => {
    const key = row.name.toLocaleLowerCase("nl");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      issues.push({
        field: `gemeenten[${index}].name`,
        message_nl: `Veld 'gemeenten[${index}].name': '${row.name}' komt dubbel voor (ook gemeenten[${first}]).`,
        message_en: `Field 'gemeenten[${index}].name': '${row.name}' occurs twice (also gemeenten[${first}]).`,
      });
  });
  for (const column of columns) {
    if (request.gemeenten.some((row) => row[column.key] > 0)) continue;
    const field = `gemeenten[].${column.key}`;
    issues.push({
      field,
      message_nl: `Veld '${field}' (${column.nl}) telt op tot 0: naar rato verdelen kan dan niet.`,
      message_en: `Field '${field}' (${column.en}) sums to 0: nothing can be distributed in proportion to it.`,
    });
  }
  if (issues.length > 0) {
    const fields = issues.map((i) => i.field).join(", ");
    throw new DomainError(
      "invalid_input",
      `Ongeldige invoer (${fields}): ${issues.map((i) => i.message_nl).join(" ")}`,
      `Invalid input (${fields}): ${issues.map((i) => i.message_en).join(" ")}`,
      issues,
    );
  }
  return request;
}
