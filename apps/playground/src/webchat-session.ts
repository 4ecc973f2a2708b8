import { createDirectLine, createStore } from "botframework-webchat";
import { withAadObjectId, withTenant, type OutgoingActivity } from "./outgoing";
import type { DemoUser, PageConfig } from "./page-config";
import { ADAPTIVE_CARD, translateExecute, type Json } from "@convenantbot/cards/execute-to-submit";

export interface IssuedToken {
  token: string;
  conversationId: string;
}

/**
 * Asks this server's Direct Line for a token as `user`. Without `fresh` the server resumes
 * the user's latest conversation (their "personal chat"), so proactive messages sent while
 * no tab was open are there; `fresh` starts a new one.
 */
export async function generateToken(
  config: PageConfig,
  user: DemoUser,
  fresh: boolean,
  conversationId?: string,
): Promise<IssuedToken> {
  const response = await fetch(`${config.directLinePath}/tokens/generate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    // `conversationId`: the page's own conversation, resumed even after a server restart.
    body: JSON.stringify({
      user: { id: user.id, name: user.name },
      fresh,
      ...(conversationId && !fresh ? { conversationId } : {}),
    }),
  });
  const body = (await response.json().catch(() => undefined)) as
    { token?: unknown; conversationId?: unknown; error?: { message?: unknown } } | undefined;
  if (!response.ok || typeof body?.token !== "string" || typeof body.conversationId !== "string") {
    const reason = typeof body?.error?.message === "string" ? body.error.message : `HTTP ${response.status}`;
    throw new Error(`Geen Direct Line-token / no Direct Line token: ${reason}`);
  }
  return { token: body.token, conversationId: body.conversationId };
}

type DirectLine = ReturnType<typeof createDirectLine>;

/**
 * Microsoft's own DirectLineJS, polling (`webSocket: false`: the playground has no
 * WebSocket endpoint). Web Chat overwrites `from` with `{id, name, role}` after any store
 * middleware runs, so aadObjectId is added where the activity leaves: postActivity.
 */
export function connect(config: PageConfig, user: DemoUser, token: string): DirectLine {
  const directLine = createDirectLine({
    domain: `${window.location.origin}${config.directLinePath}`,
    token,
    // Web Chat's typings say `typeof WebSocket`; DirectLineJS reads a boolean (false = poll).
    webSocket: false as unknown as typeof WebSocket,
  });
  const post = directLine.postActivity.bind(directLine);
  directLine.postActivity = (activity) =>
    post(withAadObjectId(activity as OutgoingActivity, user.aadObjectId) as typeof activity);
  return directLine;
}

interface ReduxAction {
  type: string;
  payload?: { activity?: OutgoingActivity };
}

/** Every activity the user sends carries the tenant, as in Teams (the bot's allow-list checks it). */
export function createIdentityStore(config: PageConfig): ReturnType<typeof createStore> {
  return createStore({}, () => (next: (action: ReduxAction) => unknown) => (action: ReduxAction) => {
    if (action.type === "DIRECT_LINE/POST_ACTIVITY" && action.payload?.activity) {
      return next({
        ...action,
        payload: { ...action.payload, activity: withTenant(action.payload.activity, config.tenantId) },
      });
    }
    return next(action);
  });
}

// Web Chat renders on every update; translating a card once keeps its identity stable.
const translated = new WeakMap<object, unknown>();

/** Renders Teams cards (Action.Execute) in Web Chat by translating them to Action.Submit. */
export const executeToSubmitMiddleware =
  () =>
  (next: (props?: { attachment: { contentType: string; content?: unknown } }) => unknown) =>
  (props?: { attachment: { contentType: string; content?: unknown }; [key: string]: unknown }) => {
    const content = props?.attachment.content;
    if (!props || props.attachment.contentType !== ADAPTIVE_CARD || typeof content !== "object" || content === null)
      return next(props);
    let card = translated.get(content);
    if (card === undefined) {
      card = translateExecute(content as Json);
      translated.set(content, card);
    }
    return next({ ...props, attachment: { ...props.attachment, content: card } });
  };
