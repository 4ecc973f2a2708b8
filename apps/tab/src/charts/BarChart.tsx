import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { barLength, niceMax, ticks } from "./scale";

export interface BarSeries {
  key: string;
  label: string;
  /** A Fluent token (a CSS variable), so the bars follow the Teams theme, high contrast included. */
  color: string;
}

export interface BarGroup {
  label: string;
  values: Readonly<Record<string, number | null>>;
  /** An agreed number (a quota) drawn as a dashed line across the group; null: none agreed. */
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
  svg: { width: "100%", height: "auto", display: "block" },
  legend: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", fontSize: tokens.fontSizeBase200 },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginInlineEnd: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
  },
  caption: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 36;
const BOTTOM = 40;
const TOP = 8;
/** Width of one character of an 11 px label, generously: labels are cut to fit their group. */
const CHAR_WIDTH = 7;

/** A label that fits `width`: whole when it does, else cut with "…" (the full text is in the tooltip). */
export function fitLabel(label: string, width: number): string {
  const max = Math.max(3, Math.floor(width / CHAR_WIDTH));
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Nothing to draw: no groups, or every value and agreed number empty or zero. */
export function isEmptyChart(groups: readonly BarGroup[]): boolean {
  return groups.every((g) => Object.values(g.values).every((v) => v === null || v === 0) && (g.reference ?? 0) === 0);
}

/**
 * A grouped bar chart in plain SVG (no chart library): counts per group, an optional agreed
 * number per group, and every value also as a tooltip and in the accessible description, so
 * the chart is never the only place a number can be read.
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
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const groupWidth = (WIDTH - LEFT) / Math.max(1, groups.length);
  const barWidth = Math.max(4, Math.min(28, (groupWidth * 0.8) / Math.max(1, series.length)));
  const y = (value: number) => TOP + plotHeight - barLength(value, max, plotHeight);
  const description = groups
    .map(
      (g) =>
        `${g.label}: ${series.map((s) => `${s.label} ${g.values[s.key] ?? "—"}`).join(", ")}${g.reference != null && referenceLabel ? `, ${referenceLabel} ${g.reference}` : ""}`,
    )
    .join("; ");
  return (
    <figure className={styles.figure}>
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        data-testid="bar-chart"
      >
        <desc id={descId}>{description}</desc>
        {ticks(max).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill={tokens.colorNeutralForeground2}>
              {tick}
            </text>
          </g>
        ))}
        {groups.map((group, gi) => {
          const x0 = LEFT + gi * groupWidth + (groupWidth - barWidth * series.length) / 2;
          return (
            <g key={group.label}>
              {series.map((s, si) => {
                const value = group.values[s.key] ?? 0;
                return (
                  <rect
                    key={s.key}
                    x={x0 + si * barWidth}
                    y={y(value)}
                    width={barWidth - 2}
                    height={TOP + plotHeight - y(value)}
                    fill={s.color}
                    data-series={s.key}
                    data-value={value}
                  >
                    <title>{`${group.label} · ${s.label}: ${group.values[s.key] ?? "—"}`}</title>
                  </rect>
                );
              })}
              {group.reference != null && (
                <line
                  x1={x0 - 4}
                  x2={x0 + barWidth * series.length + 2}
                  y1={y(group.reference)}
                  y2={y(group.reference)}
                  stroke={tokens.colorNeutralForeground1}
                  strokeWidth={2}
                  strokeDasharray="5 3"
                  data-reference={group.reference}
                >
                  <title>{`${group.label} · ${referenceLabel ?? ""}: ${group.reference}`}</title>
                </line>
              )}
              <text
                x={LEFT + gi * groupWidth + groupWidth / 2}
                y={HEIGHT - BOTTOM + 16}
                textAnchor="middle"
                fontSize={11}
                fill={tokens.colorNeutralForeground1}
                data-axis-label=""
              >
                <title>{group.label}</title>
                {fitLabel(group.label, groupWidth - 4)}
              </text>
            </g>
          );
        })}
        <line
          x1={LEFT}
          x2={WIDTH}
          y1={TOP + plotHeight}
          y2={TOP + plotHeight}
          stroke={tokens.colorNeutralForeground2}
          strokeWidth={1}
        />
      </svg>
      <div className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <span key={s.key}>
            <span className={styles.swatch} style={{ backgroundColor: s.color }} />
            {s.label}
          </span>
        ))}
        {referenceLabel && groups.some((g) => g.reference != null) && <span>- - - {referenceLabel}</span>}
      </div>
    </figure>
  );
}
