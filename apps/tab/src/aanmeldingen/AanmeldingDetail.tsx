import { Badge, Button, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { AanmeldingRow, TrackedDeadline } from "@convenantbot/contract";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";
import { deadlineState } from "./next-deadline";
import type { TabApi } from "../api/client";
import { CaseActions } from "./CaseActions";
import { caseHandle } from "./work-queue";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  grow: { flexGrow: 1 },
});

type Offer = AanmeldingRow["offers"][number];

export function DeadlineBadge({ deadline }: { deadline: TrackedDeadline }) {
  const i = useI18n();
  const state = deadlineState(deadline);
  if (state === "overdue")
    return (
      <Badge appearance="filled" color="danger" data-overdue="true">
        {i.t("aanmelding.deadline.overdue")}
      </Badge>
    );
  if (state === "target_passed")
    return (
      <Badge appearance="tint" color="warning" data-target-passed="true">
        {i.t("aanmelding.deadline.target_passed")}
      </Badge>
    );
  if (state === "met")
    return (
      <Badge appearance="tint" color="success">
        {i.t("aanmelding.deadline.met", { on: i.date(deadline.metOn ?? deadline.due) })}
      </Badge>
    );
  return (
    <Badge appearance="tint" color="informative">
      {i.t("aanmelding.deadline.open")}
    </Badge>
  );
}

/** One aanmelding's terms (3-month offer, temporary lease evaluation, yearly evaluation), offers and lease. */
export function AanmeldingDetail({
  row,
  onClose,
  api,
  onChanged,
}: {
  row: AanmeldingRow;
  onClose: () => void;
  api?: TabApi;
  onChanged?: () => void;
}) {
  const i = useI18n();
  const { t } = i;
  const styles = useStyles();
  const stateText = (d: TrackedDeadline) => {
    const state = deadlineState(d);
    return state === "met"
      ? t("aanmelding.deadline.met", { on: i.date(d.metOn ?? d.due) })
      : t(`aanmelding.deadline.${state}`);
  };
  const deadlineColumns: Column<TrackedDeadline>[] = [
    { key: "code", header: t("check.code"), text: (d) => d.code },
    { key: "title", header: t("aanmelding.deadline.title"), text: (d) => i.l(d.title) },
    { key: "article", header: t("aanmelding.deadline.article"), text: (d) => d.article },
    {
      key: "due",
      header: t("aanmelding.deadline.due"),
      text: (d) => `${t(`aanmelding.deadline.kind.${d.kind}`)} ${i.date(d.due)}`,
    },
    {
      key: "state",
      header: t("aanmelding.deadline.state"),
      text: stateText,
      cell: (d) => <DeadlineBadge deadline={d} />,
    },
  ];
  const offerColumns: Column<Offer>[] = [
    { key: "landlord", header: t("aanmelding.offer.landlord"), text: (o) => o.landlordName },
    { key: "on", header: t("aanmelding.offer.offeredOn"), text: (o) => i.date(o.offeredOn) },
    {
      key: "response",
      header: t("aanmelding.offer.response"),
      text: (o) => (o.response ? t(`aanmelding.offer.${o.response}`) : t("aanmelding.offer.pending")),
    },
    {
      key: "within",
      header: t("aanmelding.offer.withinTerm"),
      text: (o) => (o.withinTerm === null ? "" : t(o.withinTerm ? "common.yes" : "common.no")),
    },
  ];
  return (
    <section
      className={styles.panel}
      aria-label={t("aanmelding.detail.title", { id: caseHandle(row) })}
      data-testid="aanmelding-detail"
    >
      <div className={styles.head}>
        <Subtitle1 as="h2" className={styles.grow}>
          {t("aanmelding.detail.title", { id: caseHandle(row) })} · {i.l(row.rulebookTitle)}
        </Subtitle1>
        <Button size="small" onClick={onClose}>
          {t("common.close")}
        </Button>
      </div>
      {api && <CaseActions row={row} api={api} onChanged={onChanged ?? (() => undefined)} />}
      <DataTable
        title={t("aanmelding.deadlines")}
        columns={deadlineColumns}
        rows={row.deadlines}
        rowKey={(d) => `${d.code}-${d.due}`}
      />
      <DataTable
        title={t("aanmelding.offers")}
        columns={offerColumns}
        rows={row.offers}
        rowKey={(o) => `${o.landlordName}-${o.offeredOn}`}
      />
      <Caption1>
        {t("aanmelding.lease")}:{" "}
        {row.lease
          ? [
              `${t("aanmelding.lease.start")} ${i.date(row.lease.temporaryStart)}`,
              `${t("aanmelding.lease.evaluation")} ${i.date(row.lease.evaluationDue)}`,
              row.lease.madePermanentOn
                ? `${t("aanmelding.lease.permanent")} ${i.date(row.lease.madePermanentOn)}`
                : "",
              row.lease.endedOn ? `${t("aanmelding.lease.ended")} ${i.date(row.lease.endedOn)}` : "",
            ]
              .filter(Boolean)
              .join(" · ")
          : t("aanmelding.lease.none")}
      </Caption1>
    </section>
  );
}
