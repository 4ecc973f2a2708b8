import type { Server } from "restify";
import { conversationAccount, type PlaygroundContext } from "../context.js";
import { sendError } from "../http/errors.js";
import { route } from "../http/handler.js";
import { jsonBody, parseInput, queryOf } from "../http/input.js";
import type { ActivityJson } from "../state/activity.js";
import { authorize } from "./authorize.js";
import {
  GenerateTokenBodySchema,
  StartConversationBodySchema,
  UserActivitySchema,
  WatermarkQuerySchema,
} from "./schemas.js";
import { announce, sendToBot } from "./to-bot.js";

export const DIRECT_LINE_BASE = "/v3/directline";

/**
 * The Direct Line 3.0 subset Web Chat uses with `webSocket: false`: tokens, start/reconnect,
 * post an activity, poll activities by watermark. Same paths, bodies and status codes as the
 * real service, so Microsoft's own DirectLineJS runs against it unchanged.
 */
export function mountDirectLine(server: Server, context: PlaygroundContext): void {
  const { store, tokens, logger } = context;
  const base = DIRECT_LINE_BASE;

  // Open (no secret): this server only runs the playground in local mode, on loopback.
  server.post(
    `${base}/tokens/generate`,
    route(logger, async (req, res) => {
      const body = parseInput(GenerateTokenBodySchema, jsonBody(req), res, {
        nl: "token aanvragen",
        en: "generate token",
      });
      if (!body) return;
      const user = body.user;
      const resumed = user && !body.fresh ? resumeFor(store, user, body.conversationId) : undefined;
      const conversation = resumed ?? store.create({ userId: user?.id, userName: user?.name });
      res.json(tokens.issue(conversation.id));
    }),
  );

  server.post(
    `${base}/tokens/refresh`,
    route(logger, async (req, res) => {
      const auth = authorize(req, res, context);
      if (!auth) return;
      res.json(tokens.issue(auth.conversation.id));
    }),
  );

  server.post(
    `${base}/conversations`,
    route(logger, async (req, res) => {
      const auth = authorize(req, res, context);
      if (!auth) return;
      const body = parseInput(StartConversationBodySchema, jsonBody(req), res, {
        nl: "gesprek starten",
        en: "start conversation",
      });
      if (!body) return;
      const { conversation } = auth;
      const userId = body.user?.id;
      if (userId && !conversation.userId) conversation.userId = userId;
      const isNew = !conversation.announced;
      await announce(context, conversation);
      res.status(isNew ? 201 : 200);
      res.json({ conversationId: conversation.id, token: auth.token.token, expires_in: auth.token.expires_in });
    }),
  );

  // Reconnect: DirectLineJS calls this when it already has a conversation id.
  server.get(
    `${base}/conversations/:conversationId`,
    route(logger, async (req, res) => {
      const auth = authorize(req, res, context);
      if (!auth) return;
      res.json({ conversationId: auth.conversation.id, token: auth.token.token, expires_in: auth.token.expires_in });
    }),
  );

  server.get(
    `${base}/conversations/:conversationId/activities`,
    route(logger, async (req, res) => {
      const auth = authorize(req, res, context);
      if (!auth) return;
      const query = parseInput(WatermarkQuerySchema, queryOf(req), res, { nl: "watermark", en: "watermark" });
      if (!query) return;
      res.json(store.since(auth.conversation, query.watermark));
    }),
  );

  server.post(
    `${base}/conversations/:conversationId/activities`,
    route(logger, async (req, res) => {
      const auth = authorize(req, res, context);
      if (!auth) return;
      const body = parseInput(UserActivitySchema, jsonBody(req), res, { nl: "activiteit", en: "activity" });
      if (!body) return;
      const { conversation } = auth;
      const userId = conversation.userId ?? body.from?.id;
      if (!userId) {
        sendError(res, 400, "BadArgument", {
          nl: "Ongeldige invoer: from.id ontbreekt (of geef user.id bij token aanvragen)",
          en: "invalid input: from.id is missing (or pass user.id when generating the token)",
        });
        return;
      }
      if (!conversation.userId) {
        conversation.userId = userId;
        conversation.userName = body.from?.name;
      }
      await announce(context, conversation);

      // The channel, not the client, decides ids, time, addresses and the user's id (the
      // token's user wins, as with real Direct Line); everything else passes through.
      const { id: _clientId, ...sent } = body;
      const activity: ActivityJson = {
        ...sent,
        channelId: context.channelId,
        serviceUrl: context.serviceUrl(),
        timestamp: context.clock().toISOString(),
        conversation: conversationAccount(context, conversation),
        from: { ...body.from, id: userId, name: body.from?.name ?? conversation.userName, role: "user" },
        recipient: { ...context.bot, role: "bot" },
      };
      // Stored first: Web Chat waits for its own message to come back (the echo).
      const stored = store.append(conversation, activity);
      const result = await sendToBot(context, conversation, stored, "post");
      if (!result.ok) {
        sendError(res, 502, "BotError", {
          nl: `De bot nam het bericht niet aan (${result.reason})`,
          en: `the bot did not accept the activity (${result.reason})`,
        });
        return;
      }
      res.json({ id: stored.id });
    }),
  );

  server.post(
    `${base}/conversations/:conversationId/upload`,
    route(logger, async (_req, res) => {
      sendError(res, 501, "NotImplemented", {
        nl: "Bestanden uploaden kan niet in de speeltuin",
        en: "file upload is not supported by the playground",
      });
    }),
  );
}

/**
 * The conversation a page asks to resume: its own (same user) if this process knows it; after
 * a restart the id is taken up again, so the bot's state stored under it (an intake) continues.
 * Another user's conversation is never handed out: then the user's latest, as before.
 */
function resumeFor(
  store: PlaygroundContext["store"],
  user: { id: string; name?: string | undefined },
  conversationId: string | undefined,
) {
  if (conversationId) {
    const known = store.get(conversationId);
    if (known && known.userId === user.id) return known;
    if (!known)
      return store.create({ id: conversationId, userId: user.id, ...(user.name ? { userName: user.name } : {}) });
  }
  return store.latestForUser(user.id);
}
