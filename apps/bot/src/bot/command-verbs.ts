import type { CardVerb } from "@convenantbot/contract/card-verbs";
import type { Command } from "./commands.js";

/** Typed commands that mean a card's button. */
export type VerbCommand = Extract<Command, { name: "pause" | "cancel" | "back" | "case" }>;

/**
 * The verb a typed command means: its row answers both, so "pauze" and Pauzeer (and cancel,
 * back, a case's card) cannot drift apart. The other commands stay text: "hervat" and "nieuwe
 * aanmelding" answer differently from their buttons when there is no intake.
 */
export function verbOfCommand(command: VerbCommand): { verb: CardVerb; data: Record<string, unknown> } {
  switch (command.name) {
    case "pause":
      return { verb: "intake.pause", data: {} };
    case "cancel":
      return { verb: "intake.cancel", data: {} };
    case "back":
      return { verb: "intake.back", data: {} };
    case "case":
      return { verb: "case.refresh", data: { aanmeldingId: command.kenmerk } };
  }
}
