import { randomUUID } from "node:crypto";
import { decideCaseStep, type CaseAction } from "@convenantbot/domain";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../testing/engines.js";
import { meta, seedTestParties } from "../testing/fixtures.js";
import { purgeExpired } from "./purge.js";

const participants = [
  { partyId: "test-verhuurder", caseRole: "verhuurder" as const, stage: 1 },
  { partyId: "test-meldpunt", caseRole: "meldpunt" as const, stage: 1 },
];
const recipients = participants.map((p) => ({ ...p, ruleId: "TEST.RULE", article: "art. 1" }));
const candidate = { name: "Jan Jansen", dateOfBirth: "1990-01-01", contactVia: "begeleider", instelling: "Zorg BV" };
const note = "Jan heeft schulden bij de Belastingdienst";
const memberId = "00000000-0000-4000-8000-00000000abcd";

type Step = { by: string; action: CaseAction };
const opened: Step[] = [
  { by: "test-zorg", action: { type: "notitie", note, category: "financial" } },
  { by: "test-verhuurder", action: { type: "toewijzen", assigneeMemberId: memberId, assigneeName: "Piet Pietersen" } },
];

// One row per way a case ends (and one that does not): the closing step, and the expected status.
const closings: { kind: string; steps: Step[]; status: string; pseudonymised: boolean }[] = [
  {
    kind: "afgewezen",
    steps: [{ by: "test-verhuurder", action: { type: "afwijzen", reason: "Geen doelgroep: Jan woont zelfstandig" } }],
    status: "afgesloten",
    pseudonymised: true,
  },
  {
    kind: "ingetrokken",
    steps: [{ by: "test-zorg", action: { type: "intrekken", reason: "Jan is verhuisd naar Utrecht" } }],
    status: "ingetrokken",
    pseudonymised: true,
  },
  {
    kind: "afgesloten",
    steps: [
      { by: "test-meldpunt", action: { type: "oppakken" } },
      { by: "test-meldpunt", action: { type: "afsluiten", reason: "Overgedragen aan de regiehouder van Jan" } },
    ],
    status: "afgesloten",
    pseudonymised: true,
  },
  {
    kind: "open (in behandeling)",
    steps: [{ by: "test-meldpunt", action: { type: "oppakken" } }],
    status: "in_behandeling",
    pseudonymised: false,
  },
];

describeEachEngine("retention per record kind", (ctx) => {
  async function caseWith(steps: Step[]) {
    await seedTestParties(ctx.store);
    const id = randomUUID();
    const submit = decideCaseStep({
      history: [],
      senderPartyId: "test-zorg",
      participants,
      action: { type: "indienen" },
      actor: { partyId: "test-zorg" },
      at: ctx.store.now().toISOString(),
    });
    await ctx.store.cases.submit(
      {
        aanmelding: {
          id,
          rulebook: "test-rulebook",
          rulebookVersion: "1",
          facts: { inkomen: 1234 },
          status: "ingediend",
        },
        senderPartyId: "test-zorg",
        candidate,
        recipients,
        first: submit.entry,
        deliveries: [],
        ownReference: "DOSSIER-4471",
      },
      meta,
    );
    for (const step of [...opened, ...steps]) {
      const history = (await ctx.store.cases.get(id))!.history;
      const decided = decideCaseStep({
        history,
        senderPartyId: "test-zorg",
        participants,
        action: step.action,
        actor: { partyId: step.by, memberId },
        at: ctx.store.now().toISOString(),
      });
      await ctx.store.cases.append(id, decided.entry, [], meta);
    }
    return id;
  }

  it.each(closings.map((c, i) => ({ ...c, year: 2030 + i })))(
    "a case that ends $kind: after 18 months candidate, facts, notes, reasons and assignees go, the status path stays",
    async ({ steps, status, pseudonymised, year }) => {
      ctx.clock.set(`${year}-01-10T09:00:00.000Z`);
      const id = await caseWith(steps);
      const before = (await ctx.store.cases.get(id))!;
      await purgeExpired(ctx.store, { now: new Date(`${year + 1}-07-09T09:00:00.000Z`) });
      expect((await ctx.store.cases.get(id))!.candidate).toEqual(candidate);

      await purgeExpired(ctx.store, {
        now: new Date(`${year + 1}-07-11T09:00:00.000Z`),
        correlationId: `kinds-${year}`,
      });
      const after = (await ctx.store.cases.get(id))!;
      expect(after.aanmelding.status).toBe(status);
      expect(after.history.map((h) => [h.action, h.to, h.at, h.actorPartyId])).toEqual(
        before.history.map((h) => [h.action, h.to, h.at, h.actorPartyId]),
      );
      const text = JSON.stringify(after);
      if (pseudonymised) {
        expect(after.candidate).toBeNull();
        expect(after.aanmelding.facts).toEqual({});
        for (const secret of ["Jan", "Piet", note, memberId, "DOSSIER-4471"]) expect(text).not.toContain(secret);
        expect(after.history.every((h) => h.actorMemberId === undefined || h.actorMemberId === null)).toBe(true);
        expect(
          (await ctx.store.audit.forCorrelation(`kinds-${year}`)).map((e) => [e.action, e.recordId]),
        ).toContainEqual(["retention.pseudonymise", id]);
      } else {
        expect(after.candidate).toEqual(candidate);
        expect(text).toContain(note);
        expect(text).toContain("Piet Pietersen");
        expect(after.aanmelding.ownReference).toBe("DOSSIER-4471");
      }
    },
  );

  it("removes an intake (conversation state) untouched for 30 days, keeps a recent one and the user's language", async () => {
    const storage = ctx.store.botStorage;
    ctx.clock.set("2040-03-01T12:00:00.000Z");
    await storage.write({
      "msteams/conversations/abandoned/": { convenant: { byMember: { m: { intake: { facts: { naam: "Jan" } } } } } },
    });
    await storage.write({ "msteams/users/29:someone/": { convenantUser: { lang: "en" } } });
    ctx.clock.set("2040-03-20T12:00:00.000Z");
    await storage.write({ "msteams/conversations/recent/": { convenant: { byMember: {} } } });

    const early = await purgeExpired(ctx.store, { now: new Date("2040-03-31T11:00:00.000Z") });
    expect(early.intakesRemoved).toBe(0);
    const report = await purgeExpired(ctx.store, {
      now: new Date("2040-03-31T13:00:00.000Z"),
      correlationId: "intakes-1",
    });
    expect(report.intakeCutoff).toBe("2040-03-01T13:00:00.000Z");
    expect(report.intakesRemoved).toBe(1);
    const left = await storage.read([
      "msteams/conversations/abandoned/",
      "msteams/conversations/recent/",
      "msteams/users/29:someone/",
    ]);
    expect(Object.keys(left).sort()).toEqual(["msteams/conversations/recent/", "msteams/users/29:someone/"]);
    const audit = await ctx.store.audit.forCorrelation("intakes-1");
    expect(audit.filter((e) => e.action === "retention.delete").map((e) => [e.recordType, e.recordId])).toEqual([
      ["bot_state", "msteams/conversations/abandoned/"],
    ]);
    // The term is data: a region that keeps intakes a week removes the recent one too.
    expect(
      (await purgeExpired(ctx.store, { now: new Date("2040-03-31T13:00:00.000Z"), policy: { intakes: { days: 7 } } }))
        .intakesRemoved,
    ).toBe(1);
  });

  it("keeps the audit log append-only, also inside the retention path; case history only loses personal fields", async () => {
    ctx.clock.set("2045-01-01T00:00:00.000Z");
    const id = await caseWith([]);
    await ctx.store.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('convenantbot.retention', 'on', true)`.execute(trx);
      await expect(
        sql`UPDATE case_history SET details = details - 'note'::text, actor_member_id = NULL WHERE aanmelding_id = ${id}`.execute(
          trx,
        ),
      ).resolves.toBeDefined();
    });
    const guarded = [
      sql`UPDATE audit_log SET action = 'x.y' WHERE record_id = ${id}`,
      sql`DELETE FROM audit_log WHERE record_id = ${id}`,
      sql`UPDATE case_history SET action = 'afsluiten' WHERE aanmelding_id = ${id}`,
      sql`UPDATE case_history SET details = '{"note":"verzonnen"}'::jsonb WHERE aanmelding_id = ${id}`,
    ];
    for (const retention of [false, true]) {
      for (const statement of guarded) {
        await expect(
          ctx.store.db.transaction().execute(async (trx) => {
            if (retention) await sql`SELECT set_config('convenantbot.retention', 'on', true)`.execute(trx);
            await statement.execute(trx);
          }),
        ).rejects.toThrow(/append-only|alleen toevoegen|not allowed/i);
      }
    }
    await expect(sql`TRUNCATE audit_log`.execute(ctx.store.db)).rejects.toThrow();
    await expect(
      sql`UPDATE case_history SET details = '{}'::jsonb WHERE aanmelding_id = ${id}`.execute(ctx.store.db),
    ).rejects.toThrow();
    expect((await ctx.store.audit.forRecord("aanmelding", id)).length).toBeGreaterThan(0);
  });
});
