import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.js";
import type { ConversationStoreLimits } from "./state/conversation-store.js";

/** A caseworker the page lets you act as (the header's switch). */
export interface DemoUser {
  /** The Teams-like user id the bot sees as `from.id`. */
  id: string;
  name: string;
  aadObjectId: string;
  /** Party role, e.g. "landlord", "care", "meldpunt" (shown in the switch). */
  role: string;
  partyName: string;
}

export interface PlaygroundOptions {
  /** This server's own base URL as the bot reaches it, e.g. `http://127.0.0.1:3978` (known after listen). */
  publicBaseUrl: () => string;
  /** Where user activities go, e.g. `http://127.0.0.1:3978/api/messages`. */
  botMessagesUrl: () => string;
  /** The built page; default apps/playground/dist. */
  staticDir?: string;
  logger: Logger;
  demoUsers?: readonly DemoUser[];
  /** Sent by the page as channelData.tenant.id; default the demo tenant. */
  tenantId?: string;
  /** The bot as users see it (`recipient` of their activities). */
  bot?: { id: string; name: string };
  limits?: Partial<ConversationStoreLimits> & { maxLogEntries?: number; maxTokens?: number };
  /** How long a user's POST waits for the bot's turn to finish (Direct Line waits ~15 s). */
  forwardTimeoutMs?: number;
  clock?: () => Date;
}

/** apps/playground/dist, from src/playground (tsx, vitest) and from dist/playground (built) alike. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../../playground/dist", import.meta.url));

export const DEFAULT_BOT = { id: "convenantbot", name: "Convenantbot" } as const;
