import type { AdaptiveCard } from "@convenantbot/cards";

/** What a turn answers, before botbuilder turns it into activities (keeps flows testable). */
export type Reply = { kind: "text"; text: string } | { kind: "card"; card: AdaptiveCard };

export const text = (value: string): Reply => ({ kind: "text", text: value });
export const card = (value: AdaptiveCard): Reply => ({ kind: "card", card: value });
