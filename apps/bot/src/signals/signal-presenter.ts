import { forwardTargets, type Language, type PartyRole, type SignalState } from "@convenantbot/domain";
import type { AdaptiveCard } from "@convenantbot/cards";
import type { Member, Store, StoredSignal } from "@convenantbot/store";
import { LRUCache } from "lru-cache";
import { signalCardFor } from "./signal-card-view.js";
import type { SignalService } from "./signal-service.js";
import { partiesInvolved, statesOf } from "./signal-record.js";
import { recordDeepLink, type LinkTargets } from "../bot/deep-link.js";

/** Gathers what a signal card needs from the store (names, forward targets, who refreshes). */
export class SignalPresenter {
  // Bounded, and a renamed party shows its new name within ten minutes.
  private readonly names = new LRUCache<string, string>({ max: 1000, ttl: 10 * 60_000 });

  constructor(
    private readonly store: Store,
    private readonly signals: SignalService,
    private readonly links: LinkTargets = {},
  ) {}

  // forwardTargets is pure in these fields and, for an owner who may not forward, builds and
  // catches a DomainError on every card: remembered per distinct input (bounded).
  private readonly targets = new LRUCache<string, { partyId: string; name: string }[]>({ max: 2000 });

  private forwardTargetsOf(own: SignalState): { partyId: string; name: string }[] {
    const key = JSON.stringify([
      own.rulebook,
      own.type,
      own.channel,
      own.ownerPartyId,
      own.ownerRole,
      own.caseContext ?? null,
    ]);
    let targets = this.targets.get(key);
    if (!targets) {
      targets = forwardTargets(own).map((r) => ({ partyId: r.partyId, name: r.partyName }));
      this.targets.set(key, targets);
    }
    return targets;
  }

  async partyName(partyId: string): Promise<string> {
    const cached = this.names.get(partyId);
    if (cached) return cached;
    const name = (await this.store.parties.get(partyId))?.name ?? partyId;
    this.names.set(partyId, name);
    return name;
  }

  /**
   * For the sender: which recipients nobody could be reached at ("onbereikbaar", parked in
   * the outbox until a member installs the app) and which are being retried after a
   * connector failure. Party names only, never who or why beyond that.
   */
  async deliveryOf(signalId: string): Promise<{ unreachable: string[]; retrying: string[] }> {
    const { unreachable, retrying } = await this.signals.deliveryOf(signalId);
    const names = (ids: string[]) => Promise.all(ids.map((id) => this.partyName(id)));
    return { unreachable: await names(unreachable), retrying: await names(retrying) };
  }

  /** The card as this party may see it, or undefined when it may not see the signal. */
  /** `lookups.membersOf`: a batch of deliveries passes its memoised member lists (one query per party per batch). */
  async cardFor(
    stored: StoredSignal,
    viewer: { partyId: string; role: PartyRole },
    lang: Language,
    lookups: { membersOf?: (partyId: string) => Promise<Member[]> } = {},
  ): Promise<AdaptiveCard | undefined> {
    const view = this.signals.viewOf(stored, viewer);
    if (!view) return undefined;
    const states = statesOf(stored);
    const involved = [...partiesInvolved(stored, states)];
    for (const partyId of [...involved, ...view.lifecycles.map((l) => l.ownerPartyId)]) await this.partyName(partyId);
    // Only where routing lets the owner send it on (issue 15: 20 organisations, each refused).
    const targets = view.own && view.own.ownerPartyId === viewer.partyId ? this.forwardTargetsOf(view.own) : [];
    const membersOf = lookups.membersOf ?? ((partyId: string) => this.store.members.listByParty(partyId));
    const members = (await Promise.all(involved.map(membersOf))).flat();
    const delivery = stored.senderPartyId === viewer.partyId ? await this.deliveryOf(stored.id) : undefined;
    const openUrl = recordDeepLink("signal", stored.id, this.links);
    return signalCardFor(view, {
      ...(openUrl ? { openUrl } : {}),
      ...(delivery ? { delivery } : {}),
      lang,
      viewerPartyId: viewer.partyId,
      partyName: (id) => this.names.get(id) ?? id,
      forwardTargets: targets,
      refreshUserIds: members.map((m) => m.teamsUserId),
    });
  }
}
