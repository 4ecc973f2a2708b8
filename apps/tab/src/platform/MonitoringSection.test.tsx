// @vitest-environment happy-dom
// The monitoring section draws a Fluent chart, which renders only in a DOM (see testing/dom.tsx).
import { describe, expect, it } from "vitest";
import type { Monitoring } from "@convenantbot/contract";
import { renderDom } from "../testing/dom";
import { textOf } from "../testing/render";
import { MonitoringSection } from "./MonitoringSection";

const monitoring: Monitoring = {
  rulebook: "kw-huisuitzetting-2019",
  title: { nl: "KW", en: "KW" },
  periods: ["2026-H2"],
  rows: [
    {
      period: "2026-H2",
      gemeente: "Krimpenerwaard",
      landlord: "QuaWonen",
      signals: {
        huurachterstand: 4,
        overlast: 1,
        einde_begeleiding: 0,
        weigering_begeleiding: 0,
        ontruimingsvonnis: 2,
        afspraken_niet_nagekomen: 0,
        geen_contact_huurder: 0,
      },
      ontruimingsvonnissen: 3,
      evictionsPrevented: 2,
      evictionsExecuted: 1,
      aanmeldingen: 0,
      offers: 0,
      offersWithinTerm: 0,
    },
  ],
};

describe("monitoring section", () => {
  it("monitoring shows the half year's counts per gemeente and landlord, with a chart and the shared-count explanation", async () => {
    const { container, unmount } = await renderDom(<MonitoringSection monitoring={monitoring} />);
    const html = container.innerHTML;
    unmount();
    const text = textOf(html);
    expect(text).toContain("Halfjaarlijkse monitoring per gemeente en verhuurder");
    expect(text).toContain("Krimpenerwaard");
    expect(text).toContain("QuaWonen");
    expect(text).toContain("elk afgesloten signaal telt één keer");
    expect(html).toContain('data-testid="bar-chart"');
    expect(html).toContain('aria-label="2026-H2 · Ontruimingsvonnissen: 3"');
    expect(html).toContain("2026-H2: Ontruimingsvonnissen 3, Ontruiming voorkomen 2, Ontruimd 1");
  });
});
