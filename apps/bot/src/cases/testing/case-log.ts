// Test support: what the loopback connector received for a case, and waiting until the outbox
// has delivered every card of a case (so "nothing more arrived" is a real observation).
import type { Store } from "@convenantbot/store";
import type { RunningApp } from "../../app.js";
import { allText, verbsOf, type Card } from "../../testing/bot-client.js";
import { waitFor } from "../../playground/testing/wait.js";

export const caseCardIn = (activity: object | undefined): Card | undefined =>
  (((activity as { attachments?: unknown } | undefined)?.attachments ?? []) as { content: Card }[])
    .map((a) => a.content)
    .find((c) => verbsOf(c).includes("case.refresh"));

/** Every case card (post or update) the connector got for a user about one case, oldest first. */
export function caseCardsTo(app: RunningApp, userId: string, aanmeldingId: string) {
  return app
    .playground!.getLog()
    .filter((e) => e.direction === "fromBot" && e.userId === userId)
    .map((e) => ({ entry: e, card: caseCardIn(e.activity) }))
    .filter(
      (x): x is { entry: (typeof x)["entry"]; card: Card } =>
        x.card !== undefined && JSON.stringify(x.card).includes(aanmeldingId),
    );
}

/** The newest case card delivered to a user that matches. */
export async function deliveredTo(
  app: RunningApp,
  userId: string,
  aanmeldingId: string,
  matching: RegExp,
): Promise<Card> {
  const found = await waitFor(`case card for ${userId} matching ${matching}`, () =>
    caseCardsTo(app, userId, aanmeldingId)
      .reverse()
      .find((x) => matching.test(allText(x.card))),
  );
  return found.card;
}

/** Waits until no delivery of this case is still waiting in the outbox (parked as unreachable counts as settled). */
export async function outboxSettled(store: Store, aanmeldingId: string): Promise<void> {
  await waitFor(`outbox of case ${aanmeldingId} delivered`, async () => {
    const rows = await store.outbox.forRecord("aanmelding", aanmeldingId);
    return rows.every((r) => r.deliveredAt !== null || r.failedAt !== null || r.unreachableAt !== null)
      ? true
      : undefined;
  });
}
