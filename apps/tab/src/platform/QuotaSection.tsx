import { Badge, Caption1, Field, Select, Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { QuotaDashboard } from "@convenantbot/contract";
import { BarChart } from "../charts/BarChart";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";
import { landlordYearRows, type LandlordYearRow, type QuotaState } from "./quota";

const useStyles = makeStyles({ section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

const stateColor: Record<QuotaState, "danger" | "success" | "informative" | "subtle"> = {
  below: "danger",
  met: "success",
  above: "informative",
  unknown: "subtle",
};

type DemandRow = QuotaDashboard["demand"][number];

/** LV art. 3 and 9: registered demand against homes offered, and each landlord against its agreed number. */
export function QuotaSection({ dashboard }: { dashboard: QuotaDashboard }) {
  const i = useI18n();
  const { t } = i;
  const styles = useStyles();
  const years = [...dashboard.years].sort((a, b) => b - a);
  const [year, setYear] = useState(years[0] ?? new Date().getFullYear());
  const rows = landlordYearRows(dashboard);
  const demandColumns: Column<DemandRow>[] = [
    { key: "year", header: t("quota.year"), text: (d) => d.year },
    { key: "registered", header: t("quota.registered"), text: (d) => d.registered },
    { key: "offered", header: t("quota.offered"), text: (d) => d.offered },
  ];
  const landlordColumns: Column<LandlordYearRow>[] = [
    { key: "year", header: t("quota.year"), text: (r) => r.year },
    { key: "landlord", header: t("quota.landlord"), text: (r) => r.name },
    { key: "offered", header: t("quota.offered"), text: (r) => r.offered },
    { key: "accepted", header: t("quota.accepted"), text: (r) => r.accepted },
    { key: "quota", header: t("quota.quota"), text: (r) => (r.quota === null ? t("quota.unknown") : r.quota) },
    {
      key: "state",
      header: t("quota.state"),
      text: (r) => t(`quota.state.${r.state}`),
      cell: (r) => (
        <Badge appearance="tint" color={stateColor[r.state]}>
          {t(`quota.state.${r.state}`)}
        </Badge>
      ),
    },
  ];
  return (
    <section className={styles.section} aria-label={t("quota.title")} data-testid="quota">
      <Subtitle1 as="h2">{t("quota.title")}</Subtitle1>
      <Text>
        {dashboard.quota
          ? t("quota.explain", { article: `${dashboard.quota.code}, ${dashboard.quota.article}` })
          : t("quota.none")}
      </Text>
      {dashboard.quota && <Caption1>{t("quota.source", { source: dashboard.quota.source })}</Caption1>}
      {dashboard.assumptions.map((a) => (
        <Caption1 key={a.text_nl}>{i.lang === "nl" ? a.text_nl : a.text_en}</Caption1>
      ))}
      <BarChart
        title={t("quota.chart.demand")}
        series={[
          { key: "registered", label: t("quota.registered"), color: tokens.colorPaletteBlueBorderActive },
          { key: "offered", label: t("quota.offered"), color: tokens.colorPaletteGreenBorderActive },
        ]}
        groups={[...dashboard.demand]
          .sort((a, b) => a.year - b.year)
          .map((d) => ({ label: String(d.year), values: { registered: d.registered, offered: d.offered } }))}
      />
      <DataTable
        title={t("quota.chart.demand")}
        columns={demandColumns}
        rows={dashboard.demand}
        rowKey={(d) => String(d.year)}
      />
      {dashboard.landlords.length > 0 && (
        <>
          <Field label={t("quota.year")}>
            <Select value={String(year)} onChange={(_e, d) => setYear(Number(d.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
          <BarChart
            title={t("quota.chart.landlords", { year })}
            referenceLabel={t("quota.quota")}
            series={[
              { key: "offered", label: t("quota.offered"), color: tokens.colorPaletteGreenBorderActive },
              { key: "accepted", label: t("quota.accepted"), color: tokens.colorPaletteTealBorderActive },
            ]}
            groups={rows
              .filter((r) => r.year === year)
              .map((r) => ({
                label: r.name,
                values: { offered: r.offered, accepted: r.accepted },
                reference: r.quota,
              }))}
          />
          <DataTable
            title={t("quota.title")}
            columns={landlordColumns}
            rows={rows}
            rowKey={(r) => `${r.year}-${r.partyId}`}
            testId="quota-table"
          />
        </>
      )}
    </section>
  );
}
