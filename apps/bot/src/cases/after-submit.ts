import {
  handoffTable,
  routeCase,
  type HandoffRule,
  type Language,
  type Localized,
  type PartyRole,
  type Rulebook,
} from "@convenantbot/domain";
import { msg, type MessageKey } from "@convenantbot/cards";
import type { StoredCase } from "@convenantbot/store";
import { caseRoleLabels } from "./case-labels.js";

/**
 * What happens after submit, said from the hand-off table (never written per rulebook): for
 * help, the intake summary and the sender's receipt card.
 */
const roleName = (role: PartyRole, lang: Language) => msg(lang, `role.${role}` as MessageKey);

function whoOf(rule: HandoffRule, rulebook: Rulebook, lang: Language): string {
  const to = rule.to;
  switch (to.kind) {
    case "parties":
      return to.ids
        .map((id) => rulebook.parties.find((p) => p.id === id)?.name ?? id)
        .join(lang === "nl" ? " en " : " and ");
    case "role":
      return lang === "nl"
        ? `elke ${roleName(to.role, lang)} van de regeling`
        : `every ${roleName(to.role, lang)} of the rulebook`;
    case "support":
      return lang === "nl" ? "de gekozen ondersteunende partij" : "the chosen support party";
    case "noodwoning_landlords":
      return lang === "nl"
        ? "alle sociale verhuurders behalve de uitzettende en Stichting Duivenvoorde"
        : "every social landlord except the evicting one and Stichting Duivenvoorde";
  }
}

/** One line per chain stage of a rulebook: who receives (alternatives by the intake's answers joined with "of"). */
export function afterSubmitLines(rulebook: Rulebook, lang: Language): string[] {
  const rows = handoffTable.filter((r) => r.rulebooks.includes(rulebook.id));
  const stages = [...new Set(rows.map((r) => r.stage))].sort((a, b) => a - b);
  return stages.map((stage) => {
    const inStage = rows.filter((r) => r.stage === stage);
    const fixed = inStage
      .filter((r) => !r.when || r.when.length === 0)
      .map((r) => `${whoOf(r, rulebook, lang)} (${r.article})`);
    const choice = inStage.filter((r) => r.when && r.when.length > 0);
    const alternatives = choice.length
      ? [
          `${[...new Set(choice.map((r) => whoOf(r, rulebook, lang)))].join(lang === "nl" ? " of " : " or ")} (${lang === "nl" ? "naar je antwoorden" : "by your answers"}; ${[...new Set(choice.map((r) => r.article))].join(", ")})`,
        ]
      : [];
    const who = [...alternatives, ...fixed].join(lang === "nl" ? "; en " : "; and ");
    const step =
      lang === "nl"
        ? stage === 1
          ? "Direct"
          : `Daarna (stap ${stage}, als de vorige partij doorzet)`
        : stage === 1
          ? "At once"
          : `Then (step ${stage}, when the previous party passes it on)`;
    return `${step}: ${who}.`;
  });
}

/** The intake summary's lines: the recipients these facts route to, before the support party is chosen. */
export function summaryRecipients(
  rulebook: Rulebook,
  facts: Record<string, unknown>,
  senderPartyId: string,
  lang: Language,
): { lines: string[]; support: boolean } {
  const recipients = routeCase({ rulebook, facts, senderPartyId, supportPartyId: null });
  // One line per part in the chain (e.g. all LV landlords together): the summary stays short;
  // each party's reason is on the receipt after submit.
  const groups = new Map<string, { names: string[]; role: string; later: boolean; article: string }>();
  for (const r of recipients) {
    const key = `${r.caseRole}|${r.stage}|${r.article}`;
    const group = groups.get(key) ?? {
      names: [],
      role: caseRoleLabels[r.caseRole][lang],
      later: r.stage > 1,
      article: r.article,
    };
    group.names.push(r.partyName);
    groups.set(key, group);
  }
  const lines = [...groups.values()].map(
    (g) =>
      `${g.names.join(", ")} (${g.role}${g.later ? (lang === "nl" ? ", later in de keten" : ", later in the chain") : ""}; ${g.article})`,
  );
  const support = handoffTable.some((r) => r.rulebooks.includes(rulebook.id) && r.to.kind === "support");
  return { lines, support };
}

/** The sender's receipt: each recipient, its part and what it does, from the routing row that chose it. */
export function receiptSteps(stored: StoredCase, partyName: (id: string) => string): Localized[] {
  return stored.recipients.map((r) => {
    const rule = handoffTable.find((h) => h.id === r.ruleId);
    const later = r.stage > 1;
    const reason = rule?.reason ?? { nl: "", en: "" };
    return {
      nl: `${partyName(r.partyId)} (${caseRoleLabels[r.caseRole].nl}${later ? ", later in de keten" : ""}): ${reason.nl} (${r.article})`,
      en: `${partyName(r.partyId)} (${caseRoleLabels[r.caseRole].en}${later ? ", later in the chain" : ""}): ${reason.en} (${r.article})`,
    };
  });
}
