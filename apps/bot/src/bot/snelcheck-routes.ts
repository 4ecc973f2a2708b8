import type { CardVerb } from "@convenantbot/contract/card-verbs";
import { IsoDateSchema, check, isValidOn, listRulebooks, resolveRulebook, type IsoDate } from "@convenantbot/domain";
import { checkResultCard, msg, parseSnelcheckSubmission, rulebookChoiceCard, VERBS } from "@convenantbot/cards";
import { dateOr } from "./date-or.js";
import { snelcheckOptions } from "./help-menu.js";
import { card, text, type Reply } from "./reply.js";
import { snelcheckForm } from "./snelcheck-form.js";
import { keep, type TurnScope } from "./turn.js";
import type { VerbRows } from "./verb-rows.js";

/** The snelcheck form of a rulebook; without one, the choice of the rulebooks in force. */
export function snelcheckFor(rulebookId: string | undefined, asOf: IsoDate, scope: TurnScope): Reply[] {
  const { lang } = scope;
  if (!rulebookId) {
    // A bare "snelcheck": pick from the rulebooks in force (one: straight to its form).
    const options = snelcheckOptions(scope.caseworker, asOf);
    if (options.length === 1) return snelcheckFor(options[0]!.id, asOf, scope);
    return options.length > 0
      ? [card(rulebookChoiceCard(options, lang, VERBS.snelcheckStart))]
      : [text(msg(lang, "bot.snelcheckWhich"))];
  }
  const rulebook = resolveRulebook(rulebookId, asOf);
  return [card(snelcheckForm(rulebook, lang, asOf))];
}

function snelcheckSubmit(data: Record<string, unknown>, scope: TurnScope): Reply[] {
  const { lang } = scope;
  const rulebookId = typeof data["rulebook"] === "string" ? data["rulebook"] : "";
  const asOf = dateOr(data["asOf"], scope.today);
  const rulebook = resolveRulebook(rulebookId, asOf);
  // A peildatum that is not a date is an error shown on the form, never silently today.
  const given = data["asOf"];
  if (given !== undefined && given !== "" && !IsoDateSchema.safeParse(given).success) {
    const issue =
      lang === "nl"
        ? `Peildatum '${String(given)}' is geen datum; gebruik JJJJ-MM-DD.`
        : `Reference date '${String(given)}' is not a date; use YYYY-MM-DD.`;
    return [text(issue), card(snelcheckForm(rulebook, lang, asOf, { ...data, asOf }))];
  }
  const parsed = parseSnelcheckSubmission(rulebook, data);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => (lang === "nl" ? i.message_nl : i.message_en)).join("\n");
    return [text(issues), card(snelcheckForm(rulebook, lang, asOf, data))];
  }
  const result = check({ rulebook: rulebook.id, asOf: parsed.asOf ?? asOf, facts: parsed.facts });
  return [card(checkResultCard({ result, rulebookTitle: rulebook.title[lang], lang, factQuestions: rulebook.facts }))];
}

/** The snelcheck's verbs: opened from the message extension, a rulebook picked, the form sent. */
export const snelcheckVerbs = {
  "snelcheck.open": (payload, scope) => {
    // From the message extension: the caseworker's own rulebook when no rulebook is named.
    const own = listRulebooks().find(
      (r) => isValidOn(r, scope.today) && r.parties.some((p) => p.id === scope.caseworker.partyId),
    );
    return keep(scope, snelcheckFor(payload.rulebook ?? own?.id, scope.today, scope));
  },
  "snelcheck.start": (payload, scope) => keep(scope, snelcheckFor(payload.rulebook, scope.today, scope)),
  "snelcheck.submit": (payload, scope) => keep(scope, snelcheckSubmit(payload, scope)),
} satisfies Partial<VerbRows<CardVerb>>;
