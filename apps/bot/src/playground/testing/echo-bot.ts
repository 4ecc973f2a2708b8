import { ActivityHandler, CardFactory, MessageFactory, type Activity } from "botbuilder";

/** A card as Teams-first code builds it: Universal Actions (Action.Execute with a verb). */
export function executeCard(verb: string, title: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [{ type: "TextBlock", text: "Kaart met een actie", wrap: true }],
    actions: [{ type: "Action.Execute", title, verb, data }],
  };
}

export const CARD_VERB = "bevestig";
export const CARD_TITLE = "Bevestigen";
export const CARD_DATA = { zaak: "Z-42" } as const;

/**
 * The smallest bot that exercises the channel: echoes text, sends a card with
 * Action.Execute on "kaart", acknowledges card actions (Web Chat's Action.Submit carrying a
 * verb) and welcomes added members. Records everything it received for assertions.
 */
export class EchoBot extends ActivityHandler {
  readonly received: Partial<Activity>[] = [];

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const { text, value } = context.activity;
      const verb = typeof value === "object" && value !== null ? (value as { verb?: unknown }).verb : undefined;
      if (typeof verb === "string") await context.sendActivity(`Actie ontvangen: ${verb}`);
      else if (text?.trim() === "kaart")
        await context.sendActivity(
          MessageFactory.attachment(CardFactory.adaptiveCard(executeCard(CARD_VERB, CARD_TITLE, CARD_DATA))),
        );
      else await context.sendActivity(`Echo: ${text ?? ""}`);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id)
          await context.sendActivity(`Welkom, ${member.name ?? member.id}`);
      }
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler["run"]>[0]): Promise<void> {
    this.received.push(JSON.parse(JSON.stringify(context.activity)) as Partial<Activity>);
    await super.run(context);
  }
}
