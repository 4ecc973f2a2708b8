import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { SignalAction } from "@convenantbot/domain";
import type { TabApi } from "../api/client";
import type { SignalDetail, SignalField, SignalHistoryRow } from "@convenantbot/contract";
import { DataTable, type Column } from "../common/DataTable";
import { ErrorBar, errorText } from "../common/ErrorBar";
import { useAsync } from "../common/useAsync";
import { useI18n } from "../i18n/I18nProvider";
import { SignalActions } from "./SignalActions";
import { OverdueBadge, StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  grow: { flexGrow: 1 },
});

const shortId = (id: string, kenmerk?: string) => kenmerk ?? id.slice(0, 8);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** One signal as the caller's party may see it: fields, who has it, its history, and the actions. */
export function SignalDetailPanel({
  api,
  id,
  onChanged,
  onClose,
}: {
  api: TabApi;
  id: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const i = useI18n();
  const { t, tk, lang } = i;
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "warning" | "error"; text: string }>();
  const detail = useAsync(() => api.signal(id), [id, version]);

  const act = async (action: SignalAction) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await api.act(id, action);
      setMessage(
        result.noop
          ? { intent: "warning", text: t("signal.detail.noop", { reason: result.reason ? i.l(result.reason) : "" }) }
          : {
              intent: "success",
              text: t("signal.detail.done", { status: tk(`signal.status.${result.status}`, result.status) }),
            },
      );
      setVersion((v) => v + 1);
      onChanged();
    } catch (error) {
      setMessage({ intent: "error", text: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  const d: SignalDetail | undefined = detail.data;
  const fieldColumns: Column<SignalField>[] = [
    { key: "label", header: t("signal.detail.field"), text: (f) => i.l(f.label) },
    {
      key: "value",
      header: t("signal.detail.value"),
      text: (f) =>
        typeof f.value === "boolean"
          ? t(f.value ? "common.yes" : "common.no")
          : typeof f.value === "string" && isoDate.test(f.value)
            ? i.date(f.value)
            : f.value,
    },
  ];
  const historyColumns: Column<SignalHistoryRow>[] = [
    { key: "at", header: t("signal.history.at"), text: (h) => i.instant(h.at) },
    {
      key: "action",
      header: t("signal.history.action"),
      text: (h) =>
        `${tk(`signal.event.${h.action}`, h.action)}${h.toPartyName && h.action === "doorsturen" ? ` → ${h.toPartyName}` : ""}${h.outcome ? `: ${tk(`signal.outcome.${h.outcome}`, h.outcome)}` : ""}`,
    },
    { key: "actor", header: t("signal.history.actor"), text: (h) => h.actorPartyName },
    {
      key: "change",
      header: t("signal.history.change"),
      text: (h) => `${h.from ? `${tk(`signal.status.${h.from}`, h.from)} → ` : ""}${tk(`signal.status.${h.to}`, h.to)}`,
    },
  ];
  type Lifecycle = SignalDetail["lifecycles"][number];
  const lifecycleColumns: Column<Lifecycle>[] = [
    { key: "owner", header: t("signal.detail.owner"), text: (l) => l.ownerPartyName },
    {
      key: "status",
      header: t("signals.col.status"),
      text: (l) => tk(`signal.status.${l.status}`, l.status),
      cell: (l) => <StatusBadge status={l.status} />,
    },
    {
      key: "outcome",
      header: t("signal.detail.outcome"),
      text: (l) => (l.outcome ? tk(`signal.outcome.${l.outcome}`, l.outcome) : ""),
    },
  ];

  return (
    <section
      className={styles.panel}
      aria-label={t("signal.detail.title", { id: shortId(id, detail.data?.kenmerk) })}
      data-testid="signal-detail"
    >
      <div className={styles.head}>
        <Subtitle1 as="h2" className={styles.grow}>
          {t("signal.detail.title", { id: shortId(id, detail.data?.kenmerk) })}
          {d && ` · ${tk(`signal.type.${d.type}`, d.type)}`}
        </Subtitle1>
        {d && <StatusBadge status={d.status} />}
        {d?.overdue && <OverdueBadge />}
        <Button size="small" onClick={onClose}>
          {t("common.close")}
        </Button>
      </div>
      {detail.error !== undefined && <ErrorBar error={detail.error} onRetry={detail.reload} />}
      {detail.loading && !d && <Spinner size="tiny" label={t("app.loading")} />}
      {d && (
        <>
          <Caption1>
            {t("signal.detail.rulebook")}: {i.l(d.rulebookTitle)}
            {d.dueDate && ` · ${t("signal.detail.due", { due: i.date(d.dueDate) })}`}
          </Caption1>
          {message && (
            <MessageBar intent={message.intent} role="status" data-testid="action-result">
              <MessageBarBody>{message.text}</MessageBarBody>
            </MessageBar>
          )}
          <SignalActions detail={d} busy={busy} onAct={(action) => void act(action)} />
          <DataTable title={t("signal.detail.fields")} columns={fieldColumns} rows={d.fields} rowKey={(f) => f.path} />
          <DataTable
            title={t("signal.detail.lifecycles")}
            columns={lifecycleColumns}
            rows={d.lifecycles}
            rowKey={(l) => l.ownerPartyName}
          />
          <DataTable
            title={t("signal.detail.history")}
            columns={historyColumns}
            rows={d.history}
            rowKey={(h) => `${h.at}-${h.action}-${h.to}`}
            testId="signal-history"
          />
        </>
      )}
    </section>
  );
}
