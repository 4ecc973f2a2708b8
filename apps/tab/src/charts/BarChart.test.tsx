// @vitest-environment happy-dom
// Fluent's charts measure their container after mounting and draw only then (and touch
// `document` while rendering), so these tests mount the chart in a DOM instead of rendering
// static HTML; the empty state has no chart and still renders on the server.
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { renderDom } from "../testing/dom";
import { BarChart, REFERENCE_COLOR, isEmptyChart } from "./BarChart";

const series = [
  { key: "offered", label: "Aangeboden", color: "blue" },
  { key: "accepted", label: "Geaccepteerd", color: "green" },
];

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** Fluent's bars (role "option"), by their labels "group · series: value". */
function bars(container: HTMLElement): Map<string, SVGRectElement> {
  const rects = [...container.querySelectorAll<SVGRectElement>("svg rect[role=option]")];
  return new Map(rects.map((r) => [r.getAttribute("aria-label") ?? "", r]));
}

describe("BarChart", () => {
  it("draws one bar per series per group, in proportion, with the agreed number as a bar of its own", async () => {
    const { container, unmount } = await renderDom(
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
    cleanup = unmount;
    const drawn = bars(container);
    // A zero is no bar in Fluent's chart: its value is still written at the axis, and below.
    expect([...drawn.keys()]).toEqual([
      "Vidomes · Aangeboden: 4",
      "Vidomes · Geaccepteerd: 2",
      "Stichting Duivenvoorde · Aangeboden: 1",
      "Stichting Duivenvoorde · Afspraak: 1",
    ]);
    const height = (label: string) => Number(drawn.get(label)?.getAttribute("height"));
    expect(height("Vidomes · Aangeboden: 4")).toBeGreaterThan(0);
    expect(height("Vidomes · Aangeboden: 4")).toBeCloseTo(2 * height("Vidomes · Geaccepteerd: 2"), 5);
    expect(height("Vidomes · Aangeboden: 4")).toBeCloseTo(4 * height("Stichting Duivenvoorde · Afspraak: 1"), 5);
    expect(drawn.get("Vidomes · Aangeboden: 4")?.getAttribute("fill")).toBe("blue");
    expect(drawn.get("Stichting Duivenvoorde · Afspraak: 1")?.getAttribute("fill")).toBe(REFERENCE_COLOR);
    // Each bar's value is written on it (zero included), each group is named under its bars.
    const groupsDrawn = [...container.querySelectorAll("svg g[role=listbox]")];
    expect(groupsDrawn.map((g) => [...g.querySelectorAll("text")].map((t) => t.textContent))).toEqual([
      ["4", "2"],
      ["1", "0", "1"],
    ]);
    const axis = [...container.querySelectorAll(".fui-cart__xAxis .tick text")].map((t) => t.textContent);
    expect(axis).toEqual(["Vidomes", "Stichting Duivenvoorde"]);
    // The legend names the agreed number.
    const legend = [...container.querySelectorAll("button[role=option]")].map((b) => b.textContent);
    expect(legend).toEqual(["Aangeboden", "Geaccepteerd", "Afspraak"]);
    // Every number can be read without seeing the chart: the chart's description says them all.
    const svg = container.querySelector("svg[role=region]")!;
    const description = document.getElementById(svg.getAttribute("aria-describedby")!);
    expect(description?.textContent).toBe(
      "Vidomes: Aangeboden 4, Geaccepteerd 2; Stichting Duivenvoorde: Aangeboden 1, Geaccepteerd 0, Afspraak 1",
    );
    expect(document.getElementById(svg.getAttribute("aria-labelledby")!)?.textContent).toBe("Aanbod per verhuurder");
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
});
