import type { Request, Response } from "restify";
import { sendError } from "../http/errors.js";
import { parseInput } from "../http/input.js";
import type { ConversationStore, StoredConversation } from "../state/conversation-store.js";
import { AuthorizationSchema, IdSchema } from "./schemas.js";
import type { IssuedToken, TokenStore } from "./tokens.js";

export interface Authorized {
  conversation: StoredConversation;
  token: IssuedToken;
}

/**
 * Checks `Authorization: Bearer <token>` and, for routes with `:conversationId`, that the
 * token opens that conversation. The status codes are the ones DirectLineJS acts on: 403
 * means "token expired" (it refreshes or reports), 404 means "conversation ended".
 */
export function authorize(
  req: Request,
  res: Response,
  deps: { tokens: TokenStore; store: ConversationStore },
): Authorized | undefined {
  const header = AuthorizationSchema.safeParse(req.headers.authorization);
  if (!header.success) {
    sendError(res, 401, "Unauthorized", {
      nl: "Authorization: Bearer <token> ontbreekt; vraag een token aan met POST /v3/directline/tokens/generate",
      en: "missing Authorization: Bearer <token>; get one with POST /v3/directline/tokens/generate",
    });
    return undefined;
  }
  const bearer = header.data;

  const token = deps.tokens.resolve(bearer);
  if (!token) {
    sendError(res, 403, "TokenExpired", { nl: "Token onbekend of verlopen", en: "token unknown or expired" });
    return undefined;
  }
  const params = (req.params ?? {}) as Record<string, unknown>;
  if (params.conversationId !== undefined) {
    const requested = parseInput(IdSchema, params.conversationId, res, { nl: "gespreks-id", en: "conversation id" });
    if (requested === undefined) return undefined;
    if (requested !== token.conversationId) {
      sendError(res, 403, "Forbidden", {
        nl: "Dit token hoort bij een ander gesprek",
        en: "this token is for another conversation",
      });
      return undefined;
    }
  }
  const conversation = deps.store.get(token.conversationId);
  if (!conversation) {
    sendError(res, 404, "NotFound", {
      nl: "Gesprek bestaat niet meer (server herstart of opgeruimd); begin een nieuw gesprek",
      en: "conversation no longer exists (server restarted or evicted); start a new one",
    });
    return undefined;
  }
  return { conversation, token };
}
