import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import {
  GroupedVerticalBarChart,
  ResponsiveContainer,
  type GroupedVerticalBarChartData,
  type GVBarChartSeriesPoint,
} from "@fluentui/react-charts";
import { useId } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { niceMax, ticks } from "./scale";

export interface BarSeries {
  key: string;
  label: string;
  /** A Fluent token (a CSS variable), so the bars follow the Teams theme, high contrast included. */
  color: string;
}

export interface BarGroup {
  label: string;
  values: Readonly<Record<string, number | null>>;
  /** An agreed number (a quota), drawn as a bar of its own in each group; null: none agreed. */
  reference?: number | null;
}

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    maxWidth: "720px",
    minWidth: 0,
  },
  caption: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Fluent capitalizes every word of a legend ("Afspraak Per Jaar"); ours are written as they read.
  legend: { textTransform: "none" },
  // Read by screen readers, not drawn: every number of the chart in one sentence.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The chart's height in pixels, legend included; its width follows the page (ResponsiveContainer). */
export const CHART_HEIGHT = 260;

/** The agreed number's bars: a neutral token, unlike any series colour, in every theme. */
export const REFERENCE_COLOR = tokens.colorNeutralForeground3;

/** Nothing to draw: no groups, or every value and agreed number empty or zero. */
export function isEmptyChart(groups: readonly BarGroup[]): boolean {
  return groups.every((g) => Object.values(g.values).every((v) => v === null || v === 0) && (g.reference ?? 0) === 0);
}

/** The whole chart as text: each group's numbers, the agreed one last. */
export function describeChart(
  series: readonly BarSeries[],
  groups: readonly BarGroup[],
  referenceLabel: string | undefined,
): string {
  return groups
    .map(
      (g) =>
        `${g.label}: ${series.map((s) => `${s.label} ${g.values[s.key] ?? "—"}`).join(", ")}${g.reference != null && referenceLabel ? `, ${referenceLabel} ${g.reference}` : ""}`,
    )
    .join("; ");
}

/**
 * Our groups as Fluent's: one bar per series with a value (an empty value draws no bar and
 * reads "—" in the description; Fluent draws no bar for a zero either, but writes its 0 at
 * the axis), each bar labelled "group · series: value" for screen readers.
 *
 * The agreed number is drawn as a bar series of its own (REFERENCE_COLOR, named referenceLabel
 * in the legend), not as Fluent's line over the bars, which has no per-group reference line:
 * its line joins the groups' points into one polyline, so a lone agreed number draws nothing
 * (one point is no line; its dot shows on hover only) and the numbers of different landlords
 * would be joined as if they were a trend.
 */
export function toChartData(
  series: readonly BarSeries[],
  groups: readonly BarGroup[],
  referenceLabel: string | undefined,
): GroupedVerticalBarChartData[] {
  const reference = referenceLabel ?? "";
  return groups.map((g) => {
    const bar = (key: string, legend: string, value: number, color: string): GVBarChartSeriesPoint => ({
      key,
      legend,
      data: value,
      color,
      callOutAccessibilityData: { ariaLabel: `${g.label} · ${legend}: ${value}` },
    });
    const points = series.flatMap((s) => {
      const value = g.values[s.key];
      return value == null ? [] : [bar(s.key, s.label, value, s.color)];
    });
    if (g.reference != null) points.push(bar("reference", reference, g.reference, REFERENCE_COLOR));
    return { name: g.label, series: points };
  });
}

/**
 * A grouped bar chart by Fluent UI's v9 charts (@fluentui/react-charts): counts per group, an
 * optional agreed number per group, and every value also in the accessible description, so the
 * chart is never the only place a number can be read.
 */
export function BarChart({
  title,
  series,
  groups,
  referenceLabel,
}: {
  title: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  referenceLabel?: string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  if (isEmptyChart(groups)) {
    return (
      <figure className={styles.figure} data-testid="bar-chart-empty">
        <figcaption className={styles.caption}>{title}</figcaption>
        <Caption1 role="status">{t("chart.noData")}</Caption1>
      </figure>
    );
  }
  const max = niceMax(groups.flatMap((g) => [...Object.values(g.values), g.reference ?? null]));
  return (
    <figure className={styles.figure} data-testid="bar-chart">
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      <p id={descId} className={styles.visuallyHidden}>
        {describeChart(series, groups, referenceLabel)}
      </p>
      <ResponsiveContainer height={CHART_HEIGHT}>
        <GroupedVerticalBarChart
          data={toChartData(series, groups, referenceLabel)}
          chartTitle={title}
          svgProps={{ "aria-labelledby": titleId, "aria-describedby": descId }}
          // Our own axis: a "nice" maximum and whole-number ticks (counts are never fractions of a home).
          yMaxValue={max}
          yAxisTickValues={ticks(max)}
          // Bars as wide as the groups allow, up to 28 px; group names wrap under their group.
          barWidth="auto"
          maxBarWidth={28}
          wrapXAxisLables
          enabledLegendsWrapLines
          legendProps={{ styles: { legend: styles.legend } }}
        />
      </ResponsiveContainer>
    </figure>
  );
}
