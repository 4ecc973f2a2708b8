// Test support: talks to the real /api/messages endpoint with Bot Framework activities and
// deliveryMode "expectReplies", as the Teams channel would (no connector needed).
import { randomUUID } from "node:crypto";

export const DEMO_TENANT = "00000000-0000-0000-0000-000000000001";

export interface DemoUser {
  id: string;
  aadObjectId: string;
}

export interface Activity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: Card }[];
  value?: unknown;
  name?: string;
}

export interface Card {
  type: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

export class BotClient {
  readonly conversationId: string;

  constructor(
    private readonly baseUrl: string,
    readonly user: DemoUser,
    options: { conversationId?: string; tenantId?: string; serviceUrl?: string } = {},
  ) {
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
    this.tenantId = options.tenantId ?? DEMO_TENANT;
    this.serviceUrl = options.serviceUrl ?? "http://127.0.0.1:9/unused";
  }

  private readonly tenantId: string;
  private readonly serviceUrl: string;

  private activity(extra: Record<string, unknown>) {
    return {
      id: randomUUID(),
      channelId: "msteams",
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      from: { id: this.user.id, aadObjectId: this.user.aadObjectId, name: "Test" },
      recipient: { id: "28:convenantbot", name: "Convenantbot" },
      conversation: { id: this.conversationId, conversationType: "personal", tenantId: this.tenantId },
      channelData: { tenant: { id: this.tenantId } },
      deliveryMode: "expectReplies",
      ...extra,
    };
  }

  async post(body: Record<string, unknown>): Promise<{ status: number; activities: Activity[] }> {
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(this.activity(body)),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as { activities?: Activity[] }) : {};
    return { status: response.status, activities: parsed.activities ?? [] };
  }

  async say(text: string): Promise<Activity[]> {
    return (await this.post({ type: "message", text })).activities;
  }

  /** Web Chat style: Action.Submit as a message whose value carries the verb. */
  async submit(verb: string, data: Record<string, unknown>): Promise<Activity[]> {
    return (await this.post({ type: "message", value: { verb, ...data } })).activities;
  }

  /** Teams style: Action.Execute as an adaptiveCard/action invoke. */
  async execute(verb: string, data: Record<string, unknown>): Promise<Activity[]> {
    return (
      await this.post({
        type: "invoke",
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", verb, data } },
      })
    ).activities;
  }
}

export function cardsOf(activities: Activity[]): Card[] {
  return activities.flatMap((a) =>
    (a.attachments ?? [])
      .filter((x) => x.contentType === "application/vnd.microsoft.card.adaptive")
      .map((x) => x.content),
  );
}

export function textsOf(activities: Activity[]): string[] {
  return activities.map((a) => a.text ?? "").filter(Boolean);
}

/** Depth-first walk over every object in a card. */
export function walk(node: unknown, visit: (value: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === "object") {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

export function inputsOf(card: Card): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  walk(card, (n) => {
    if (typeof n["type"] === "string" && (n["type"] as string).startsWith("Input.")) inputs.push(n);
  });
  return inputs;
}

export function verbsOf(card: Card): string[] {
  const verbs: string[] = [];
  walk(card, (n) => {
    if (n["type"] === "Action.Execute" && typeof n["verb"] === "string") verbs.push(n["verb"]);
  });
  return verbs;
}

export function allText(card: Card): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if (typeof n["text"] === "string") parts.push(n["text"]);
    if (typeof n["title"] === "string") parts.push(n["title"]);
  });
  return parts.join("\n");
}

/** The fact the question card asks: its single non-auxiliary input's id. */
export function askedFact(card: Card): string | undefined {
  return inputsOf(card).map((i) => String(i["id"]))[0];
}
