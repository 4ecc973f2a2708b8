import { describe, expect, it } from "vitest";
import type { AanmeldingRow } from "@convenantbot/contract";
import { renderHtml, textOf } from "../testing/render";
import { AanmeldingDetail } from "./AanmeldingDetail";
import { AanmeldingTable } from "./AanmeldingenView";

const row: AanmeldingRow = {
  id: "f4c1d229-0000-4000-8000-000000000001",
  rulebook: "lv-zorgafhankelijk-2025",
  rulebookTitle: { nl: "Convenantwoning LV", en: "Convenantwoning LV" },
  status: "ingediend",
  outcome: "eligible",
  createdOn: "2026-06-01",
  supportPartyName: "RIBW Fonteynenburg",
  relation: "aangemeld",
  deadlines: [
    {
      code: "LV.5.4",
      article: "art. 5 lid 4",
      title: { nl: "Aanbod binnen drie maanden", en: "Offer within three months" },
      kind: "within",
      due: "2026-09-01",
      overdue: true,
    },
    {
      code: "LV.4.9",
      article: "art. 4 lid 9",
      title: { nl: "Tijdelijk huurcontract", en: "Temporary lease" },
      kind: "at_most",
      due: "2028-09-01",
      metOn: "2027-01-05",
      overdue: false,
    },
  ],
  offers: [
    { landlordName: "Stichting Duivenvoorde", offeredOn: "2026-10-01", response: "geaccepteerd", withinTerm: false },
  ],
  lease: { temporaryStart: "2026-11-01", evaluationDue: "2028-09-01", madePermanentOn: null, endedOn: null },
  overdue: true,
};

describe("aanmeldingen", () => {
  it("lists each aanmelding with its next deadline, overdue highlighted, and no personal data", () => {
    const html = renderHtml(<AanmeldingTable rows={[row]} onOpen={() => undefined} />);
    const text = textOf(html);
    expect(text).toContain("f4c1d229");
    expect(text).toContain("Komt in aanmerking");
    expect(text).toContain("LV.5.4 · 1 sep 2026");
    expect(html).toContain('data-overdue="true"');
    expect(text).toContain("aangemeld door je organisatie"); // je register (issue 12)
  });

  it("a passed 'zo mogelijk vóór' date reads 'streefdatum voorbij', never 'verstreken' (LV art. 5 lid 4)", () => {
    const target = { ...row, deadlines: [{ ...row.deadlines[0]!, kind: "target" as const }] };
    const list = renderHtml(<AanmeldingTable rows={[target]} onOpen={() => undefined} />);
    expect(textOf(list)).toContain("streefdatum voorbij");
    expect(list).not.toContain('data-overdue="true"');
    const detail = textOf(renderHtml(<AanmeldingDetail row={target} onClose={() => undefined} />));
    expect(detail).toContain("zo mogelijk vóór 1 sep 2026");
    expect(detail).toContain("streefdatum voorbij");
    expect(detail).not.toContain("verstreken");
  });

  it("shows the deadlines, the offer and the lease of one aanmelding", () => {
    const text = textOf(renderHtml(<AanmeldingDetail row={row} onClose={() => undefined} />, "en"));
    expect(text).toContain("Offer within three months");
    expect(text).toContain("overdue");
    expect(text).toContain("met on 5 Jan 2027");
    expect(text).toContain("Stichting Duivenvoorde");
    expect(text).toContain("accepted");
    expect(text).toContain("Temporary from 1 Nov 2026");
  });
});
