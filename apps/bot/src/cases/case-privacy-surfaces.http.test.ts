// Case privacy on every surface (issue 14 item 9): one case per rulebook, and for every party
// it reaches, the case card in that party's chat, the partners' API view and the tab's work
// queue hold exactly what the privacy table lets that party's role see of the candidate. The
// table itself is tested row by row in the domain (case-privacy.test.ts); this proves that
// the card, the API and the tab each apply it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CandidateDetailsSchema,
  candidateFields,
  check,
  mayNominate,
  PartyRoleSchema,
  redactCandidateFor,
  rulebookModules,
  type CandidateDetails,
  type PartyRole,
  type Rulebook,
} from "@convenantbot/domain";
import { openStore, type Store } from "@convenantbot/store";
import type { RunningApp } from "../app.js";
import { BotClient, DEMO_TENANT, verbsOf, type Card } from "../testing/bot-client.js";
import { startTestApp } from "../testing/test-app.js";
import { waitFor } from "../playground/testing/wait.js";
import { CaseService } from "./case-service.js";

const candidate: CandidateDetails = CandidateDetailsSchema.parse({
  name: "Anna Privé",
  dateOfBirth: "1979-03-14",
  contactVia: "kandidaat",
  phone: "06 98765432",
  email: "anna.prive@example.org",
  currentAddress: "Geheimstraat 7, 2271 AB Voorburg",
  instelling: "Kliniek Zwijgzaam, beschermd wonen",
  intramuralCareEndsOn: "2027-03-01",
  householdMembers: [{ name: "Bram Privé", dateOfBirth: "2016-06-06" }],
});

/** What each field looks like wherever it is shown: a text no other field or label contains. */
const marks: Record<string, readonly string[]> = {
  name: ["Anna Privé"],
  dateOfBirth: ["1979-03-14", "14 maart 1979"],
  phone: ["06 98765432"],
  email: ["anna.prive@example.org"],
  currentAddress: ["Geheimstraat"],
  instelling: ["Zwijgzaam"],
  intramuralCareEndsOn: ["2027-03-01", "1 maart 2027"],
  householdMembers: ["Bram Privé"],
};

const memberRole = (role: PartyRole) =>
  role === "sociale_verhuurder" ? "woonconsulent" : role === "zorgorganisatie" ? "begeleider" : "casemanager";

let store: Store;
let app: RunningApp;
let cases: CaseService;

beforeAll(async () => {
  store = await openStore({ inMemory: true });
  app = await startTestApp({ store, workerPollMs: 50 });
  cases = new CaseService(store);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

/** A member of the party with a personal chat the outbox can reach (one per party, made once). */
const members = new Map<string, { id: string; memberId: string }>();
async function reachableMember(partyId: string, role: PartyRole): Promise<{ id: string; memberId: string }> {
  const known = members.get(partyId);
  if (known) return known;
  const suffix = randomUUID().replace(/-/g, "").slice(0, 12);
  const teamsUserId = `29:privacy-${partyId}`;
  const aadObjectId = `00000000-0000-4000-8000-${suffix}`;
  const member = await store.members.upsert(
    {
      teamsUserId,
      tenantId: DEMO_TENANT,
      displayName: `Collega ${partyId}`,
      role: memberRole(role),
      partyId,
      aadObjectId,
    },
    { actor: "system:test" },
  );
  const client = new BotClient(app.url, { id: teamsUserId, aadObjectId }, { serviceUrl: `${app.url}/connector` });
  expect((await client.say("help")).length).toBeGreaterThan(0);
  const out = { id: teamsUserId, memberId: member.id };
  members.set(partyId, out);
  return out;
}

const caseCardIn = (activity: object | undefined): Card | undefined =>
  (((activity as { attachments?: unknown } | undefined)?.attachments ?? []) as { content: Card }[])
    .map((a) => a.content)
    .find((c) => verbsOf(c).includes("case.refresh"));

async function cardFor(userId: string, aanmeldingId: string): Promise<string> {
  const entry = await waitFor(`case card ${aanmeldingId} for ${userId}`, () =>
    app
      .playground!.getLog()
      .filter((e) => e.direction === "fromBot" && e.userId === userId)
      .reverse()
      .find((e) => JSON.stringify(caseCardIn(e.activity) ?? {}).includes(aanmeldingId)),
  );
  return JSON.stringify(caseCardIn(entry.activity));
}

function sender(rulebook: Rulebook) {
  const party = rulebook.parties.find((p) => mayNominate(rulebook, PartyRoleSchema.parse(p.role)));
  if (!party) throw new Error(`${rulebook.id}: no party may nominate`);
  return party;
}

describe("case privacy on the card, the API and the tab: every rulebook x every party the case reaches", () => {
  for (const module of rulebookModules) {
    const rulebook = module.versions.at(-1)!;
    it(`${rulebook.id}`, async () => {
      const asOf = rulebook.validity.from;
      const from = sender(rulebook);
      const fromMember = await reachableMember(from.id, PartyRoleSchema.parse(from.role));
      const support = rulebook.parties.find(
        (p) => p.id !== from.id && ["zorgorganisatie", "reclassering", "lokale_kamer", "meldpunt"].includes(p.role),
      );
      const aanmeldingId = randomUUID();
      const facts = {};
      const submitted = await cases.submit({
        aanmeldingId,
        rulebook: rulebook.id,
        asOf,
        facts,
        decision: check({ rulebook: rulebook.id, asOf, facts }),
        supportPartyId: support?.id ?? null,
        candidate,
        sender: {
          partyId: from.id,
          role: PartyRoleSchema.parse(from.role),
          actor: `member:${fromMember.memberId}`,
          memberId: fromMember.memberId,
        },
        correlationId: randomUUID(),
      });
      const reached = submitted.recipients.filter((r) => r.stage === 1);
      expect(reached.length, `${rulebook.id} reaches someone at submit`).toBeGreaterThan(0);

      for (const recipient of reached) {
        const role = recipient.partyRole;
        const allowed = redactCandidateFor(candidate, rulebook.id, role);
        const hidden = candidateFields.filter((f) => !(f.field in allowed) && f.field in marks).map((f) => f.field);
        const context = `${rulebook.id} -> ${recipient.partyId} (${role})`;

        // The partners' API: exactly the allowed fields, unchanged.
        const key = (
          await store.apiCredentials.issue({ partyId: recipient.partyId, label: "privacy" }, { actor: "system:test" })
        ).token;
        const api = await fetch(`${app.url}/api/cases/${aanmeldingId}`, {
          headers: { authorization: `Bearer ${key}` },
        });
        expect(api.status, context).toBe(200);
        const view = (await api.json()) as { candidate: Record<string, unknown> };
        expect(Object.keys(view.candidate).sort(), `${context}: API fields`).toEqual(Object.keys(allowed).sort());
        for (const [field, value] of Object.entries(allowed))
          expect(view.candidate[field], `${context}: API ${field}`).toEqual(value);

        // The card in the party's personal chat, and the tab's work queue: nothing hidden.
        const member = await reachableMember(recipient.partyId, role);
        const card = await cardFor(member.id, aanmeldingId);
        const tab = await fetch(`${app.url}/api/tab/aanmeldingen`, {
          headers: { "x-convenantbot-demo-user": member.id },
        });
        expect(tab.status, context).toBe(200);
        const tabText = await tab.text();
        expect(tabText, `${context}: the case is in the work queue`).toContain(aanmeldingId);
        for (const field of hidden)
          for (const mark of marks[field]!) {
            expect(card, `${context}: card shows hidden ${field}`).not.toContain(mark);
            expect(tabText, `${context}: tab shows hidden ${field}`).not.toContain(mark);
          }
        // What it may see reaches it: the card names the candidate whenever identity is allowed.
        if ("name" in allowed) expect(card, `${context}: card names the candidate`).toContain("Anna Privé");
      }
    });
  }
});
