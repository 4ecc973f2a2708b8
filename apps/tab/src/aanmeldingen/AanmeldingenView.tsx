import { Spinner, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TabApi } from "../api/client";
import type { AanmeldingRow } from "@convenantbot/contract";
import { DataTable, type Column } from "../common/DataTable";
import { ErrorBar } from "../common/ErrorBar";
import { useAsync } from "../common/useAsync";
import { useI18n } from "../i18n/I18nProvider";
import { AanmeldingDetail, DeadlineBadge } from "./AanmeldingDetail";
import { deadlineState, nextDeadline } from "./next-deadline";
import { caseHandle, filterQueue, queueFilters, type QueueFilter } from "./work-queue";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const filterLabel: Record<
  QueueFilter,
  "aanmeldingen.filter.all" | "aanmeldingen.work.new" | "aanmeldingen.work.due" | "aanmeldingen.work.mine"
> = {
  all: "aanmeldingen.filter.all",
  new: "aanmeldingen.work.new",
  due: "aanmeldingen.work.due",
  mine: "aanmeldingen.work.mine",
};

/** The work queue's filters: "nieuwe voordrachten", "termijnen deze week", "aan mij toegewezen", with counts. */
export function QueueFilters({
  rows,
  value,
  onChange,
}: {
  rows: readonly AanmeldingRow[];
  value: QueueFilter;
  onChange: (f: QueueFilter) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div
      className={styles.filters}
      role="group"
      aria-label={t("aanmeldingen.filter.label")}
      data-testid="queue-filters"
    >
      {queueFilters.map((f) => (
        <ToggleButton key={f} size="small" checked={value === f} onClick={() => onChange(f)} data-filter={f}>
          {`${t(filterLabel[f])} (${filterQueue(rows, f).length})`}
        </ToggleButton>
      ))}
    </div>
  );
}

/** The work-queue flags of a row: new voordracht, a term due this week, assigned to me. */
export function workOf(
  a: AanmeldingRow,
): ("aanmeldingen.work.new" | "aanmeldingen.work.due" | "aanmeldingen.work.mine")[] {
  return [
    ...(a.newVoordracht ? (["aanmeldingen.work.new"] as const) : []),
    ...((a.termsDueThisWeek?.length ?? 0) > 0 ? (["aanmeldingen.work.due"] as const) : []),
    ...(a.assignedToMe ? (["aanmeldingen.work.mine"] as const) : []),
  ];
}

export function AanmeldingTable({
  rows,
  onOpen,
  selectedId,
}: {
  rows: readonly AanmeldingRow[];
  onOpen: (row: AanmeldingRow) => void;
  selectedId?: string;
}) {
  const i = useI18n();
  const { t, tk } = i;
  const columns: Column<AanmeldingRow>[] = [
    {
      key: "id",
      header: t("aanmeldingen.col.id"),
      text: (a) => (a.ownReference ? `${caseHandle(a)} · ${a.ownReference}` : caseHandle(a)),
    },
    { key: "rulebook", header: t("aanmeldingen.col.rulebook"), text: (a) => i.l(a.rulebookTitle) },
    {
      key: "status",
      header: t("aanmeldingen.col.status"),
      text: (a) => (a.caseStatusLabel ? i.l(a.caseStatusLabel) : tk(`aanmelding.status.${a.status}`, a.status)),
    },
    {
      key: "work",
      header: t("aanmeldingen.col.work"),
      text: (a) =>
        workOf(a)
          .map((k) => t(k))
          .join(" · "),
    },
    {
      key: "outcome",
      header: t("aanmeldingen.col.outcome"),
      text: (a) => (a.outcome ? t(`outcome.${a.outcome}`) : ""),
    },
    { key: "created", header: t("aanmeldingen.col.created"), text: (a) => i.date(a.createdOn) },
    { key: "support", header: t("aanmeldingen.col.support"), text: (a) => a.supportPartyName ?? "" },
    { key: "relation", header: t("aanmeldingen.col.relation"), text: (a) => t(`aanmeldingen.relation.${a.relation}`) },
    {
      key: "next",
      header: t("aanmeldingen.col.next"),
      text: (a) => {
        const next = nextDeadline(a);
        if (!next) return "";
        const state = deadlineState(next);
        return `${next.code} ${i.date(next.due)}${state === "overdue" || state === "target_passed" ? ` (${t(`aanmelding.deadline.${state}`)})` : ""}`;
      },
      cell: (a) => {
        const next = nextDeadline(a);
        return next ? (
          <>
            {next.code} · {i.date(next.due)} <DeadlineBadge deadline={next} />
          </>
        ) : (
          "—"
        );
      },
    },
  ];
  return (
    <DataTable
      title={t("aanmeldingen.title")}
      columns={columns}
      rows={rows}
      rowKey={(a) => a.id}
      emptyText={t("aanmeldingen.empty")}
      onOpen={onOpen}
      note={t("aanmeldingen.noPersonalData")}
      testId="aanmelding-table"
      exportable
      {...(selectedId ? { selectedKey: selectedId } : {})}
    />
  );
}

export function AanmeldingenView({ api }: { api: TabApi }) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = useAsync(() => api.aanmeldingen(), []);
  const [selected, setSelected] = useState<string>();
  const [filter, setFilter] = useState<QueueFilter>("all");
  const row = list.data?.items.find((a) => a.id === selected);
  const rows = list.data ? filterQueue(list.data.items, filter) : [];
  return (
    <div className={styles.view}>
      {list.error !== undefined && <ErrorBar error={list.error} onRetry={list.reload} />}
      {list.loading && <Spinner size="tiny" label={t("app.loading")} />}
      {list.data && <QueueFilters rows={list.data.items} value={filter} onChange={setFilter} />}
      {list.data && (
        <AanmeldingTable
          rows={rows}
          onOpen={(a) => setSelected(a.id)}
          {...(selected ? { selectedId: selected } : {})}
        />
      )}
      {row && <AanmeldingDetail row={row} onClose={() => setSelected(undefined)} api={api} onChanged={list.reload} />}
    </div>
  );
}
