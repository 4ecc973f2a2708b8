import { Badge, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { QuotaDashboard } from "@convenantbot/contract";
import { BarChart } from "../charts/BarChart";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({ section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

type Nood = NonNullable<QuotaDashboard["noodwoningen"]>;
type NoodYear = Nood["years"][number];

/** LV art. 6 lid 4: two noodwoningen a year; more is a reason to consult, never to refuse. */
export function NoodwoningenSection({ nood }: { nood: Nood }) {
  const i = useI18n();
  const { t } = i;
  const styles = useStyles();
  const columns: Column<NoodYear>[] = [
    { key: "year", header: t("quota.year"), text: (y) => y.year },
    { key: "offered", header: t("nood.offered"), text: (y) => y.offered },
    {
      key: "used",
      header: t("nood.used"),
      text: (y) => t("nood.ofCount", { used: y.used, count: nood.perYear }),
      cell: (y) => (
        <Badge appearance="tint" color={y.used > nood.perYear ? "warning" : "informative"}>
          {t("nood.ofCount", { used: y.used, count: nood.perYear })}
        </Badge>
      ),
    },
  ];
  return (
    <section
      className={styles.section}
      aria-label={t("nood.title", { article: nood.article })}
      data-testid="noodwoningen"
    >
      <Subtitle1 as="h2">{t("nood.title", { article: nood.article })}</Subtitle1>
      <Caption1>{t("nood.beyond", { count: nood.perYear, text: i.l(nood.beyond) })}</Caption1>
      <BarChart
        title={t("nood.chart", { count: nood.perYear })}
        referenceLabel={String(nood.perYear)}
        series={[{ key: "used", label: t("nood.used"), color: tokens.colorPaletteMarigoldBorderActive }]}
        groups={[...nood.years]
          .sort((a, b) => a.year - b.year)
          .map((y) => ({ label: String(y.year), values: { used: y.used }, reference: nood.perYear }))}
      />
      <DataTable
        title={t("nood.title", { article: nood.article })}
        columns={columns}
        rows={nood.years}
        rowKey={(y) => String(y.year)}
      />
    </section>
  );
}
