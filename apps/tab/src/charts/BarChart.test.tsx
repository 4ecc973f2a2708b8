import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, fitLabel, isEmptyChart } from "./BarChart";

const series = [
  { key: "offered", label: "Aangeboden", color: "blue" },
  { key: "accepted", label: "Geaccepteerd", color: "green" },
];

describe("BarChart", () => {
  it("draws one bar per series per group, in proportion, with the agreed number as a dashed line", () => {
    const html = renderToStaticMarkup(
      <BarChart
        title="Aanbod per verhuurder"
        series={series}
        referenceLabel="Afspraak"
        groups={[
          { label: "Vidomes", values: { offered: 4, accepted: 2 }, reference: null },
          { label: "Stichting Duivenvoorde", values: { offered: 1, accepted: 0 }, reference: 1 },
        ]}
      />,
    );
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect(html).toContain('data-value="4"');
    expect(html).toContain('data-reference="1"');
    expect(html).toContain("Stichting Duivenvoorde · Afspraak: 1");
    // Every number can be read without seeing the chart.
    expect(html).toContain(
      "Vidomes: Aangeboden 4, Geaccepteerd 2; Stichting Duivenvoorde: Aangeboden 1, Geaccepteerd 0, Afspraak 1",
    );
  });

  it("says 'Geen gegevens' instead of drawing an empty chart", () => {
    const html = renderToStaticMarkup(
      <BarChart title="Leeg" series={series} groups={[{ label: "2026", values: { offered: 0, accepted: null } }]} />,
    );
    expect(html).toContain("Geen gegevens");
    expect(html).not.toContain("<svg");
    expect(isEmptyChart([])).toBe(true);
    expect(isEmptyChart([{ label: "x", values: { a: 0 }, reference: 2 }])).toBe(false);
  });

  it("cuts axis labels to their group's width so neighbours never overlap", () => {
    expect(fitLabel("Vidomes", 120)).toBe("Vidomes");
    expect(fitLabel("Stichting Duivenvoorde", 70)).toBe("Stichting…");
    expect(fitLabel("Stichting Duivenvoorde", 70).length * 7).toBeLessThanOrEqual(70);
  });
});
