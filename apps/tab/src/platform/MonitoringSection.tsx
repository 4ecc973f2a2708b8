import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { signalTypes } from "@convenantbot/domain";
import type { Monitoring, MonitoringRow } from "@convenantbot/contract";
import { BarChart } from "../charts/BarChart";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";
import { periodTotals } from "./quota";

const useStyles = makeStyles({ section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** Half-yearly counts per gemeente and landlord: one shared count of evictions, from the signals. */
export function MonitoringSection({ monitoring }: { monitoring: Monitoring }) {
  const { t, tk } = useI18n();
  const styles = useStyles();
  const columns: Column<MonitoringRow>[] = [
    { key: "period", header: t("monitoring.period"), text: (r) => r.period },
    { key: "gemeente", header: t("monitoring.gemeente"), text: (r) => r.gemeente },
    { key: "landlord", header: t("monitoring.landlord"), text: (r) => r.landlord ?? t("monitoring.noLandlord") },
    ...signalTypes.map((type) => ({
      key: type,
      header: tk(`signal.type.${type}`, type),
      text: (r: MonitoringRow) => r.signals[type] ?? 0,
    })),
    { key: "vonnissen", header: t("monitoring.vonnissen"), text: (r) => r.ontruimingsvonnissen },
    { key: "prevented", header: t("monitoring.prevented"), text: (r) => r.evictionsPrevented },
    { key: "executed", header: t("monitoring.executed"), text: (r) => r.evictionsExecuted },
    { key: "aanmeldingen", header: t("monitoring.aanmeldingen"), text: (r) => r.aanmeldingen },
    { key: "offers", header: t("monitoring.offers"), text: (r) => r.offers },
    { key: "within", header: t("monitoring.withinTerm"), text: (r) => r.offersWithinTerm },
  ];
  const totals = periodTotals(monitoring);
  return (
    <section className={styles.section} aria-label={t("monitoring.title")} data-testid="monitoring">
      <Subtitle1 as="h2">{t("monitoring.title")}</Subtitle1>
      <Caption1>{t("monitoring.explain")}</Caption1>
      {
        <BarChart
          title={t("monitoring.chart")}
          series={[
            { key: "vonnissen", label: t("monitoring.vonnissen"), color: tokens.colorPaletteMarigoldBorderActive },
            { key: "prevented", label: t("monitoring.prevented"), color: tokens.colorPaletteGreenBorderActive },
            { key: "executed", label: t("monitoring.executed"), color: tokens.colorPaletteRedBorderActive },
          ]}
          groups={totals.map((p) => ({
            label: p.period,
            values: { vonnissen: p.vonnissen, prevented: p.prevented, executed: p.executed },
          }))}
        />
      }
      <DataTable
        title={t("monitoring.title")}
        columns={columns}
        rows={monitoring.rows}
        rowKey={(r) => `${r.period}|${r.gemeente}|${r.landlord ?? ""}`}
        emptyText={t("monitoring.empty")}
        testId="monitoring-table"
        exportable
      />
    </section>
  );
}
