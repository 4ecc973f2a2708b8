import { z } from "zod";
import { LocalizedSchema, type Rulebook } from "@convenantbot/domain";

// Rulebook parameters are untyped data (Record<string, unknown>); read the two the dashboard
// needs through a schema, so a region that edits them wrongly gets "no quota", not a crash.
const DistributionSchema = z.object({
  code: z.string(),
  article: z.string(),
  source: z.string(),
  homesPerYear: z.record(z.string(), z.number().int().min(0).nullable()),
});
const NoodwoningenPerYearSchema = z.object({
  code: z.string(),
  article: z.string(),
  count: z.number().int().min(0),
  beyondCount: LocalizedSchema,
});

/** LV.9: the yearly number of homes per landlord (null: not recorded in the seed). */
export function distributionOf(rulebook: Rulebook) {
  const parsed = DistributionSchema.safeParse(rulebook.parameters["distribution"]);
  return parsed.success ? parsed.data : undefined;
}

/** LV.6.4: two noodwoningen a year, a count to show, never a reason to refuse. */
export function noodwoningenPerYearOf(rulebook: Rulebook) {
  const parsed = NoodwoningenPerYearSchema.safeParse(rulebook.parameters["noodwoningenPerYear"]);
  return parsed.success ? parsed.data : undefined;
}

/** The rulebook's gemeenten by name ("Gemeente Gouda" -> "Gouda"): where monitoring counts. */
export function gemeentenOf(rulebook: Rulebook): Map<string, string> {
  return new Map(
    rulebook.parties.filter((p) => p.role === "gemeente").map((p) => [p.id, p.name.replace(/^gemeente\s+/i, "")]),
  );
}
