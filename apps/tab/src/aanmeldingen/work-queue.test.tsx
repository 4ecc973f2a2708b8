import { describe, expect, it } from "vitest";
import type { TabApi } from "../api/client";
import type { AanmeldingRow } from "@convenantbot/contract";
import { renderHtml, textOf } from "../testing/render";
import { AanmeldingDetail } from "./AanmeldingDetail";
import { AanmeldingTable, QueueFilters } from "./AanmeldingenView";
import { filterQueue, queueSteps } from "./work-queue";

const base: AanmeldingRow = {
  id: "f4c1d229-0000-4000-8000-000000000001",
  rulebook: "lv-zorgafhankelijk-2025",
  rulebookTitle: { nl: "Convenantwoning LV", en: "Convenantwoning LV" },
  status: "ingediend",
  outcome: "eligible",
  createdOn: "2026-06-01",
  supportPartyName: null,
  relation: "ontvangen",
  deadlines: [],
  offers: [],
  lease: null,
  overdue: false,
};
const nieuw: AanmeldingRow = {
  ...base,
  id: "a-new",
  kenmerk: "LV-2026-0001",
  newVoordracht: true,
  caseActions: ["ontvangen", "oppakken", "aanbod_doen", "toewijzen", "notitie"],
};
const due: AanmeldingRow = {
  ...base,
  id: "a-due",
  kenmerk: "LV-2026-0002",
  termsDueThisWeek: [
    { code: "LV.5.4", article: "art. 5 lid 4", title: { nl: "Aanbod", en: "Offer" }, due: "2026-06-03" },
  ],
};
const mine: AanmeldingRow = {
  ...base,
  id: "a-mine",
  kenmerk: "LV-2026-0003",
  assignedToMe: true,
  assignedTo: "Demo Woonconsulent",
  caseActions: ["aanbod_doen", "toewijzen", "notitie"],
};
const rows = [nieuw, due, mine, base];

describe("the tab's work queue", () => {
  it.each([
    ["all", ["a-new", "a-due", "a-mine", base.id]],
    ["new", ["a-new"]],
    ["due", ["a-due"]],
    ["mine", ["a-mine"]],
  ] as const)("filter %s -> %j", (filter, ids) => {
    expect(filterQueue(rows, filter).map((r) => r.id)).toEqual(ids);
  });

  it("shows the filters with their counts and the case kenmerk in the list", () => {
    const filters = textOf(renderHtml(<QueueFilters rows={rows} value="all" onChange={() => undefined} />));
    expect(filters).toContain("nieuwe voordracht (1)");
    expect(filters).toContain("termijn deze week (1)");
    expect(filters).toContain("aan mij toegewezen (1)");
    const table = textOf(renderHtml(<AanmeldingTable rows={rows} onOpen={() => undefined} />));
    expect(table).toContain("LV-2026-0001");
    expect(table).toContain("f4c1d229"); // a case without kenmerk: the id's first eight characters
  });

  it("offers the card's one-click steps, 'aan mij toewijzen' and a note; not what the party may not do", () => {
    expect(queueSteps(nieuw)).toEqual({ oneClick: ["oppakken", "ontvangen"], assignMe: true, note: true });
    expect(queueSteps(mine)).toEqual({ oneClick: [], assignMe: false, note: true });
    expect(queueSteps(base)).toEqual({ oneClick: [], assignMe: false, note: false });
    const api = {} as TabApi;
    const detail = textOf(renderHtml(<AanmeldingDetail row={nieuw} onClose={() => undefined} api={api} />));
    expect(detail).toContain("Aanmelding LV-2026-0001");
    expect(detail).toContain("Oppakken");
    expect(detail).toContain("Aan mij toewijzen");
    expect(detail).toContain("Notitie toevoegen");
    const assigned = textOf(renderHtml(<AanmeldingDetail row={mine} onClose={() => undefined} api={api} />, "en"));
    expect(assigned).toContain("Assigned to Demo Woonconsulent");
    expect(assigned).not.toContain("Assign to me");
  });
});
