import { z } from "zod";
import type { CaseReminder, Language } from "@convenantbot/domain";
import { formatDate, msg } from "@convenantbot/cards";

/**
 * What a case reminder's outbox row carries: the reminder's facts, so the deliverer words it
 * in each recipient's own language from the catalogue, plus the domain's two texts (rows
 * written before these facts existed carry only those, and are shown as they are).
 */
export const CaseReminderPayloadSchema = z.object({
  partyId: z.string().min(1),
  to: z.enum(["owner", "coordinator"]),
  key: z.string().min(1),
  action: z.enum(["herinnering", "escalatie"]).optional(),
  kenmerk: z.string().min(1).optional(),
  article: z.string().optional(),
  due: z.string().optional(),
  days: z.number().int().positive().optional(),
  termKind: z.string().optional(),
  title_nl: z.string().optional(),
  title_en: z.string().optional(),
  text_nl: z.string().default(""),
  text_en: z.string().optional(),
});
export type CaseReminderPayload = z.infer<typeof CaseReminderPayloadSchema>;

export function caseReminderPayload(reminder: CaseReminder, kenmerk: string): CaseReminderPayload {
  return {
    partyId: reminder.partyId,
    to: reminder.to,
    key: reminder.key,
    action: reminder.action,
    kenmerk,
    article: reminder.article,
    due: reminder.due,
    ...(reminder.workingDaysBefore !== undefined ? { days: reminder.workingDaysBefore } : {}),
    termKind: reminder.termKind,
    title_nl: reminder.termTitle.nl,
    title_en: reminder.termTitle.en,
    text_nl: reminder.text.nl,
    text_en: reminder.text.en,
  };
}

/** The reminder or escalation in `lang`, from the catalogue ("je" in Dutch). */
export function caseReminderText(payload: CaseReminderPayload, lang: Language): string {
  const { action, kenmerk, article, due } = payload;
  const title = lang === "en" ? payload.title_en : payload.title_nl;
  if (!action || !kenmerk || article === undefined || !due || title === undefined) {
    return (lang === "en" ? payload.text_en : undefined) ?? payload.text_nl;
  }
  const params = { kenmerk, article, title, due: formatDate(due, lang), days: payload.days ?? 0 };
  if (action === "escalatie")
    return msg(
      lang,
      payload.termKind === "target" ? "caseReminder.escalation.target" : "caseReminder.escalation.term",
      params,
    );
  return msg(lang, payload.days === 1 ? "caseReminder.reminder.one" : "caseReminder.reminder.other", params);
}
