import type { Language } from "@convenantbot/domain";
import type {
  Member,
  OutboxDelivery,
  Store,
  StoredConversationReference,
  StoredParty,
  StoredSignal,
} from "@convenantbot/store";
import { languageOf } from "./recipient-language.js";

/**
 * What one batch of signal deliveries reads and writes, so a batch of 100 cards costs a
 * handful of statements instead of ~15 per card: the batch's signals and posted cards are
 * loaded in one query each (`preload`), parties, members, chats and languages once per batch
 * (memoised promises, so concurrent deliveries share one query), and the cards posted and
 * chats reached are written together (`flush`). Nothing outlives the batch: a member who
 * joins or a chat that opens is seen by the next batch, and the privacy selection (personal
 * chats of the party's members only) is the store's `personalForParty`, unchanged.
 */
export class DeliveryScope {
  private readonly signals = new Map<string, Promise<StoredSignal | undefined>>();
  private readonly posted = new Map<string, Promise<Map<string, string>>>();
  private readonly parties = new Map<string, Promise<StoredParty | undefined>>();
  private readonly members = new Map<string, Promise<Member[]>>();
  private readonly chats = new Map<string, Promise<StoredConversationReference[]>>();
  private readonly languages = new Map<string, Promise<Language>>();
  private readonly serials = new Map<string, Promise<unknown>>();
  private cards: { signalId: string; conversationReferenceId: string; activityId: string }[] = [];
  private reached = new Set<string>();

  constructor(readonly store: Store) {}

  /** The signals and posted cards of a batch, one query each. */
  async preload(deliveries: readonly OutboxDelivery[]): Promise<void> {
    const ids = [
      ...new Set(
        deliveries.map((d) => d.recordId).filter((id): id is string => typeof id === "string" && !this.signals.has(id)),
      ),
    ];
    if (ids.length === 0) return;
    const [signals, cards] = await Promise.all([this.store.signals.getMany(ids), this.store.signals.cardsMany(ids)]);
    for (const id of ids) {
      this.signals.set(id, Promise.resolve(signals.get(id)));
      this.posted.set(
        id,
        Promise.resolve(new Map((cards.get(id) ?? []).map((c) => [c.conversationReferenceId, c.activityId]))),
      );
    }
  }

  signal(id: string): Promise<StoredSignal | undefined> {
    return memo(this.signals, id, () => this.store.signals.get(id));
  }

  /** Chat id -> activity id of the cards posted for a signal, including those posted in this batch. */
  postedCards(signalId: string): Promise<Map<string, string>> {
    return memo(
      this.posted,
      signalId,
      async () =>
        new Map((await this.store.signals.cards(signalId)).map((c) => [c.conversationReferenceId, c.activityId])),
    );
  }

  /** Remembered at once (a later delivery of the same signal updates it) and written at flush. */
  async recordCard(signalId: string, conversationReferenceId: string, activityId: string): Promise<void> {
    (await this.postedCards(signalId)).set(conversationReferenceId, activityId);
    this.cards.push({ signalId, conversationReferenceId, activityId });
  }

  party(id: string): Promise<StoredParty | undefined> {
    return memo(this.parties, id, () => this.store.parties.get(id));
  }

  membersOf(partyId: string): Promise<Member[]> {
    return memo(this.members, partyId, () => this.store.members.listByParty(partyId));
  }

  personalForParty(partyId: string, coordinatorsOnly: boolean): Promise<StoredConversationReference[]> {
    return memo(this.chats, `personal ${coordinatorsOnly} ${partyId}`, () =>
      this.store.conversations.personalForParty(partyId, { coordinatorsOnly }),
    );
  }

  channelsForParty(partyId: string): Promise<StoredConversationReference[]> {
    return memo(this.chats, `channels ${partyId}`, () => this.store.conversations.channelsForParty(partyId));
  }

  languageOf(ref: StoredConversationReference): Promise<Language> {
    return memo(this.languages, ref.id, () => languageOf(this.store, ref));
  }

  recordSuccess(conversationReferenceId: string): void {
    this.reached.add(conversationReferenceId);
  }

  /** Written at once (operators see it; rare); a success recorded before it in this batch no longer counts. */
  async recordError(conversationReferenceId: string, error: string): Promise<void> {
    this.reached.delete(conversationReferenceId);
    await this.store.conversations.recordError(conversationReferenceId, error);
  }

  /** Runs `task` after every earlier task of the same key in this scope: two deliveries of one signal never post side by side. */
  serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.serials.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    this.serials.set(
      key,
      run.then(
        () => undefined,
        () => undefined,
      ),
    );
    return run;
  }

  /** The batch's cards and reached chats, one statement each. */
  async flush(): Promise<void> {
    const cards = this.cards;
    const reached = [...this.reached];
    this.cards = [];
    this.reached = new Set();
    await this.store.signals.recordCards(cards);
    await this.store.conversations.recordSuccessMany(reached);
  }
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    // A failed load is not kept: the next delivery of the batch asks again.
    hit.catch(() => cache.delete(key));
  }
  return hit;
}
