import { z } from "zod";

/**
 * Everything a user can send, reduced to two shapes: typed text, or a card action with a
 * verb. Teams sends Action.Execute as an `adaptiveCard/action` invoke; Web Chat sends
 * Action.Submit as a message whose `value` carries the verb (the playground translates).
 */
export type Incoming = { kind: "text"; text: string } | { kind: "action"; verb: string; data: Record<string, unknown> };

const ExecuteInvokeSchema = z.object({
  action: z.object({
    type: z.string().optional(),
    verb: z.string().min(1),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});
const SubmitValueSchema = z.object({ verb: z.string().min(1) }).catchall(z.unknown());

export function fromInvoke(value: unknown): Incoming | undefined {
  const parsed = ExecuteInvokeSchema.safeParse(value);
  if (!parsed.success) return undefined;
  return { kind: "action", verb: parsed.data.action.verb, data: parsed.data.action.data ?? {} };
}

export function fromMessage(text: string | undefined, value: unknown): Incoming | undefined {
  const submitted = SubmitValueSchema.safeParse(value);
  if (submitted.success) {
    const { verb, ...data } = submitted.data;
    return { kind: "action", verb, data };
  }
  const clean = stripMentions(text ?? "").trim();
  return clean ? { kind: "text", text: clean } : undefined;
}

/** Teams puts "<at>Convenantbot</at>" in channel messages; it is not part of the command. */
function stripMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/g, " ").replace(/\s+/g, " ");
}
