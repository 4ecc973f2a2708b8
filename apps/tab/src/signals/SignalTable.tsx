import type { SignalSummary } from "@convenantbot/contract";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";
import { OverdueBadge, StatusBadge } from "./StatusBadge";

export function SignalTable({
  items,
  selectedId,
  onOpen,
}: {
  items: readonly SignalSummary[];
  selectedId?: string;
  onOpen: (item: SignalSummary) => void;
}) {
  const i = useI18n();
  const { t, tk } = i;
  const columns: Column<SignalSummary>[] = [
    {
      key: "kenmerk",
      header: t("signals.col.kenmerk"),
      // The sender's own dossier number beside the kenmerk (the API sends it to the sending party only).
      text: (s) =>
        s.ownReference ? `${s.kenmerk ?? s.id.slice(0, 8)} · ${s.ownReference}` : (s.kenmerk ?? s.id.slice(0, 8)),
    },
    { key: "created", header: t("signals.col.created"), text: (s) => i.instant(s.createdAt) },
    { key: "type", header: t("signals.col.type"), text: (s) => tk(`signal.type.${s.type}`, s.type) },
    {
      key: "status",
      header: t("signals.col.status"),
      text: (s) => tk(`signal.status.${s.status}`, s.status),
      cell: (s) => <StatusBadge status={s.status} />,
    },
    { key: "direction", header: t("signals.col.direction"), text: (s) => t(`signal.direction.${s.direction}`) },
    { key: "from", header: t("signals.col.from"), text: (s) => s.senderPartyName },
    { key: "tenant", header: t("signals.col.tenant"), text: (s) => s.tenantName ?? "" },
    {
      key: "due",
      header: t("signals.col.due"),
      text: (s) => `${s.dueDate ? i.date(s.dueDate) : ""}${s.overdue ? ` (${t("signals.overdue")})` : ""}`,
      cell: (s) => (
        <>
          {s.dueDate ? i.date(s.dueDate) : "—"} {s.overdue && <OverdueBadge />}
        </>
      ),
    },
  ];
  return (
    <DataTable
      title={t("signals.title")}
      columns={columns}
      rows={items}
      rowKey={(s) => s.id}
      emptyText={t("signals.empty")}
      onOpen={onOpen}
      testId="signal-table"
      exportable
      {...(selectedId ? { selectedKey: selectedId } : {})}
    />
  );
}
