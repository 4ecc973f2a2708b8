import type { Request, Response, Server } from "restify";
import type { z } from "zod";
import { conversationAccount, type PlaygroundContext } from "../context.js";
import { sendError } from "../http/errors.js";
import { route } from "../http/handler.js";
import { jsonBody, parseInput } from "../http/input.js";
import type { ActivityJson } from "../state/activity.js";
import type { StoredConversation } from "../state/conversation-store.js";
import {
  ActivityParamsSchema,
  BotActivitySchema,
  ConversationParametersSchema,
  ConversationParamsSchema,
} from "./schemas.js";

export const CONNECTOR_BASE = "/connector";

type BotActivity = z.output<typeof BotActivitySchema>;

/**
 * The Bot Connector REST subset a bot answers with: send, reply, update, delete, and create
 * a 1:1 conversation for a proactive message. Mounted at /connector, which is the
 * `serviceUrl` on every activity the playground delivers, so botbuilder's CloudAdapter (no
 * app id in local mode, so no token) posts here as it would to Teams.
 */
export function mountConnector(server: Server, context: PlaygroundContext): void {
  const { logger } = context;
  const base = `${CONNECTOR_BASE}/v3/conversations`;

  server.post(
    base,
    route(logger, async (req, res) => {
      const params = parseInput(ConversationParametersSchema, jsonBody(req), res, {
        nl: "gesprek aanmaken",
        en: "create conversation",
      });
      if (!params) return;
      const [member] = params.members;
      if (!member) return; // the schema requires exactly one
      // The member's own conversation if they have one, so their open Web Chat shows it.
      const conversation =
        context.store.latestForUser(member.id) ??
        context.store.create({ userId: member.id, userName: member.name, announced: true });
      const stored = params.activity ? store(context, conversation, params.activity) : undefined;
      context.log.record({
        direction: "fromBot",
        operation: "createConversation",
        conversationId: conversation.id,
        userId: member.id,
        activity: stored,
      });
      res.status(201);
      res.json({ id: conversation.id, serviceUrl: context.serviceUrl(), ...(stored ? { activityId: stored.id } : {}) });
    }),
  );

  const send = (operation: "post" | "reply") =>
    route(logger, async (req, res) => {
      const input = readActivity(req, res, operation === "reply");
      if (!input) return;
      // A conversation this server does not know (it restarted; the bot kept the reference)
      // is adopted for the recipient, so proactive sends still land and are logged.
      const conversation =
        context.store.get(input.conversationId) ??
        context.store.create({
          id: input.conversationId,
          userId: input.activity.recipient?.id,
          userName: input.activity.recipient?.name,
          announced: true,
        });
      const replyTo = operation === "reply" ? { replyToId: input.activityId } : {};
      const stored = store(context, conversation, { ...input.activity, ...replyTo });
      context.log.record({
        direction: "fromBot",
        operation,
        conversationId: conversation.id,
        userId: conversation.userId,
        activity: stored,
      });
      res.json({ id: stored.id });
    });
  server.post(`${base}/:conversationId/activities`, send("post"));
  server.post(`${base}/:conversationId/activities/:activityId`, send("reply"));

  server.put(
    `${base}/:conversationId/activities/:activityId`,
    route(logger, async (req, res) => {
      const input = readActivity(req, res, true);
      if (!input?.activityId) return;
      const conversation = context.store.get(input.conversationId);
      const existing = conversation ? context.store.find(conversation, input.activityId) : undefined;
      if (!conversation || !existing) {
        notFound(res);
        return;
      }
      const updated = context.store.replace(conversation, {
        ...shape(context, conversation, input.activity),
        id: input.activityId,
      });
      context.log.record({
        direction: "fromBot",
        operation: "update",
        conversationId: conversation.id,
        userId: conversation.userId,
        activity: updated,
      });
      res.json({ id: input.activityId });
    }),
  );

  server.del(
    `${base}/:conversationId/activities/:activityId`,
    route(logger, async (req, res) => {
      const params = parseInput(ActivityParamsSchema, req.params, res, { nl: "adres", en: "path" });
      if (!params) return;
      const conversation = context.store.get(params.conversationId);
      if (!conversation || !context.store.remove(conversation, params.activityId)) {
        notFound(res);
        return;
      }
      // Web Chat cannot un-render over Direct Line; the log still shows the deletion.
      context.log.record({
        direction: "fromBot",
        operation: "delete",
        conversationId: conversation.id,
        userId: conversation.userId,
        activity: undefined,
      });
      res.json({});
    }),
  );
}

function readActivity(
  req: Request,
  res: Response,
  withActivityId: boolean,
): { conversationId: string; activityId?: string; activity: BotActivity } | undefined {
  const params = withActivityId
    ? parseInput(ActivityParamsSchema, req.params, res, { nl: "adres", en: "path" })
    : parseInput(ConversationParamsSchema, req.params, res, { nl: "adres", en: "path" });
  if (!params) return undefined;
  const activity = parseInput(BotActivitySchema, jsonBody(req), res, { nl: "activiteit", en: "activity" });
  if (!activity) return undefined;
  return { ...params, activity };
}

/** The channel's view of a bot activity: the playground sets where and when, the bot the rest. */
function shape(context: PlaygroundContext, conversation: StoredConversation, activity: BotActivity): ActivityJson {
  const { id: _botId, replyToId, ...sent } = activity;
  // botbuilder sets replyToId to whatever started the turn; for proactive sends that is a
  // synthetic continue/create event no client ever saw. Web Chat holds an activity whose
  // replyToId it cannot find for 5 s, so such dangling ids are dropped here.
  const repliesToKnown = replyToId !== undefined && context.store.find(conversation, replyToId) !== undefined;
  const user = conversation.userId
    ? { id: conversation.userId, ...(conversation.userName ? { name: conversation.userName } : {}), role: "user" }
    : undefined;
  const recipient = activity.recipient ?? user;
  return {
    ...sent,
    channelId: context.channelId,
    timestamp: context.clock().toISOString(),
    conversation: conversationAccount(context, conversation),
    // Web Chat tells bot from user by from.role; botbuilder does not always set it.
    from: { ...context.bot, ...activity.from, role: "bot" },
    ...(recipient ? { recipient } : {}),
    ...(repliesToKnown ? { replyToId } : {}),
  };
}

function store(context: PlaygroundContext, conversation: StoredConversation, activity: BotActivity): ActivityJson {
  return context.store.append(conversation, shape(context, conversation, activity));
}

function notFound(res: Response): void {
  sendError(res, 404, "ActivityNotFound", {
    nl: "Gesprek of activiteit niet gevonden",
    en: "conversation or activity not found",
  });
}
