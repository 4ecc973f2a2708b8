import type { Language, Reason } from "@convenantbot/domain";
import type { CardElement, Container } from "../card-types.js";
import { sectionTitle, text } from "../elements/text.js";
import { statusLabel } from "../format/outcome.js";
import { msg } from "../messages/index.js";

function reasonBlock(reason: Reason, lang: Language): Container {
  const flags = [
    reason.informational ? msg(lang, "check.informational") : undefined,
    reason.voorstel ? msg(lang, "check.voorstel") : undefined,
  ].filter((f): f is string => f !== undefined);
  const head = `**${reason.code}** · ${reason.article} · ${statusLabel(reason.status, lang)}${flags.length ? ` (${flags.join(", ")})` : ""}`;
  return {
    type: "Container",
    spacing: "small",
    items: [text(head), text(lang === "nl" ? reason.text_nl : reason.text_en, { spacing: "none", isSubtle: true })],
  };
}

function groupBlock(group: string, members: readonly Reason[], lang: Language): Container {
  return {
    type: "Container",
    style: "emphasis",
    spacing: "small",
    items: [
      text(msg(lang, "check.groupHeading", { group }), { size: "small", weight: "bolder" }),
      ...members.map((m) => reasonBlock(m, lang)),
    ],
  };
}

/**
 * Every reason with its code, article and status. Members of an alternatives group (facts.md:
 * the urgentie grounds, the MH situations) are nested under the group's own reason, because
 * on their own they do not decide the outcome and a failed member would otherwise look fatal.
 */
export function reasonsSection(reasons: readonly Reason[], lang: Language): CardElement[] {
  if (reasons.length === 0) return [];
  const members = new Map<string, Reason[]>();
  for (const reason of reasons) {
    if (reason.group === undefined) continue;
    const list = members.get(reason.group) ?? [];
    list.push(reason);
    members.set(reason.group, list);
  }
  const items: CardElement[] = [sectionTitle(msg(lang, "check.reasons"))];
  const placed = new Set<string>();
  for (const reason of reasons) {
    if (reason.group !== undefined) continue;
    items.push(reasonBlock(reason, lang));
    const groupMembers = members.get(reason.code);
    if (groupMembers) {
      items.push(groupBlock(reason.code, groupMembers, lang));
      placed.add(reason.code);
    }
  }
  // A group without a reason of its own still shows its members, under its code.
  for (const [group, list] of members) if (!placed.has(group)) items.push(groupBlock(group, list, lang));
  return items;
}
