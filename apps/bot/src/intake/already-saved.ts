import type { Language } from "@convenantbot/domain";
import { msg } from "@convenantbot/cards";
import type { BotPorts, Caseworker } from "../ports.js";
import { text, type Reply } from "../bot/reply.js";
import type { ConversationData } from "./intake-state.js";

/**
 * "Kies en sla op" once more after the intake was saved (a double click that arrived late, a
 * retry): the kenmerk of the aanmelding already stored, not a second one, not an error.
 */
export async function alreadySaved(
  conversation: ConversationData,
  caseworker: Caseworker,
  ports: BotPorts,
  lang: Language,
): Promise<Reply[]> {
  const saved = conversation.lastIntakeId
    ? await ports.ownAanmelding(conversation.lastIntakeId, caseworker.id)
    : undefined;
  if (!saved) return [text(msg(lang, "bot.noActiveIntake"))];
  const party = saved.supportPartyId ? await ports.partyName(saved.supportPartyId) : undefined;
  const id = saved.kenmerk ?? saved.id;
  return [
    text(party ? msg(lang, "bot.aanmeldingStoredWithParty", { id, party }) : msg(lang, "bot.aanmeldingStored", { id })),
  ];
}
