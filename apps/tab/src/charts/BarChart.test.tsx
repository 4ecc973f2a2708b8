import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./BarChart";

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
    expect(html).toContain("Vidomes: Aangeboden 4, Geaccepteerd 2; Stichting Duivenvoorde: Aangeboden 1, Geaccepteerd 0, Afspraak 1");
  });
});
