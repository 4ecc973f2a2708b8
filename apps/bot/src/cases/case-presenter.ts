import { todayUtc, type Language } from "@convenantbot/domain";
import { caseCard, type AdaptiveCard } from "@convenantbot/cards";
import type { Store, StoredCase } from "@convenantbot/store";
import { recordDeepLink, type LinkTargets } from "../bot/deep-link.js";
import { caseCardInputFor, reachedParties, type CaseViewer } from "./case-view.js";

/** Gathers what a case card needs from the store (party and member names, who refreshes). */
export class CasePresenter {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
    private readonly links: LinkTargets = {},
  ) {}

  private async partyName(partyId: string): Promise<string> {
    const cached = this.names.get(partyId);
    if (cached) return cached;
    const name = (await this.store.parties.get(partyId))?.name ?? partyId;
    this.names.set(partyId, name);
    return name;
  }

  /** The card as this party may see it, or undefined when it has no part in the case. */
  async cardFor(stored: StoredCase, viewer: CaseViewer, lang: Language): Promise<AdaptiveCard | undefined> {
    const involved = new Set([...reachedParties(stored), ...stored.recipients.map((r) => r.partyId)]);
    for (const partyId of involved) await this.partyName(partyId);
    for (const e of stored.history) {
      await this.partyName(e.actorPartyId);
      if (typeof e.details["toPartyId"] === "string") await this.partyName(e.details["toPartyId"]);
    }
    const colleagues = (await this.store.members.listByParty(viewer.partyId)).map((m) => ({
      memberId: m.id,
      name: m.displayName,
    }));
    const refresh = (await Promise.all(reachedParties(stored).map((p) => this.store.members.listByParty(p))))
      .flat()
      .map((m) => m.teamsUserId);
    const input = caseCardInputFor(stored, viewer, {
      lang,
      today: todayUtc(this.clock()),
      partyName: (id) => this.names.get(id) ?? id,
      memberName: (id) => colleagues.find((c) => c.memberId === id)?.name,
      colleagues,
      refreshUserIds: refresh,
    });
    if (!input) return undefined;
    // The same link as a signal card's: the tab's record (Teams deep link, or the public address).
    const openUrl = recordDeepLink("case", stored.aanmelding.id, this.links);
    return caseCard(openUrl ? { ...input, openUrl } : input);
  }
}
