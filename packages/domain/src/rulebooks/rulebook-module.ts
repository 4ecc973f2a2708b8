import type { HandoffRule, LandlordDuty } from "../cases/handoff-table.js";
import type { PrivacyPolicy } from "../signals/privacy-table.js";
import type { RoutingRule } from "../signals/routing-table.js";
import type { SignalSettings } from "../signals/settings.js";
import type { Rulebook } from "./rulebook.js";

/** A routing row of one rulebook's folder; the table stamps the rulebook id on it. */
export type ModuleRoutingRule = Omit<RoutingRule, "rulebooks">;
/** A hand-off row of one rulebook's folder; the table stamps the rulebook id on it. */
export type ModuleHandoffRule = Omit<HandoffRule, "rulebooks">;

/**
 * Everything about one convenant, exported by its folder: its versions (facts, rules, typed
 * parameters, deadlines with their meaning), how its partners exchange signals (routing,
 * privacy, settings), where a submitted aanmelding goes, and the short names caseworkers type.
 * A new rulebook is one folder with a `module.ts` plus one line in `modules.ts`.
 */
export interface RulebookModule {
  id: string;
  /** Oldest first; each with its own validity. */
  versions: readonly Rulebook[];
  /** What a caseworker types for it ("snelcheck lv", "nieuwe aanmelding noodwoning"), lower case. */
  aliases: readonly string[];
  signals: {
    routing: readonly ModuleRoutingRule[];
    privacy: PrivacyPolicy;
    settings: SignalSettings;
  };
  handoff: {
    rules: readonly ModuleHandoffRule[];
    /** What a landlord's copy says of its own duty from the aanmelding on (KW). */
    landlordDuty?: Omit<LandlordDuty, "rulebook">;
  };
}

/**
 * The modules' rows as one table, each stamped with the rulebooks it comes from. A row object
 * shared by several folders (LV's art. 8 signals, "the support party follows the case") is one
 * row listing each of them, in the order the folders first name it.
 */
export function joinRows<R extends object>(
  modules: readonly RulebookModule[],
  rowsOf: (m: RulebookModule) => readonly R[],
): (R & { rulebooks: string[] })[] {
  const joined = new Map<R, R & { rulebooks: string[] }>();
  for (const module of modules) {
    for (const row of rowsOf(module)) {
      const seen = joined.get(row);
      if (seen) {
        if (!seen.rulebooks.includes(module.id)) seen.rulebooks.push(module.id);
      } else joined.set(row, { ...row, rulebooks: [module.id] });
    }
  }
  return [...joined.values()];
}
