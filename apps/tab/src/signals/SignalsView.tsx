import { Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TabApi } from "../api/client";
import { ErrorBar } from "../common/ErrorBar";
import { useAsync } from "../common/useAsync";
import { useI18n } from "../i18n/I18nProvider";
import { noFilters, queryOf, type SignalFilters } from "./filters";
import { SignalDetailPanel } from "./SignalDetailPanel";
import { SignalFiltersBar } from "./SignalFiltersBar";
import { SignalTable } from "./SignalTable";
import { SignalUpload } from "./upload/SignalUpload";

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** The party's signals inbox: filter, open one, act on it as on the card. */
export function SignalsView({ api, initialSelected }: { api: TabApi; initialSelected?: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [filters, setFilters] = useState<SignalFilters>(noFilters);
  const [selected, setSelected] = useState<string | undefined>(initialSelected);
  const [round, setRound] = useState(0);
  const list = useAsync(
    () => api.signals(queryOf(filters)),
    [filters.type, filters.status, filters.overdueOnly, round],
  );
  return (
    <div className={styles.view}>
      <SignalUpload api={api} onUploaded={() => setRound((n) => n + 1)} />
      <SignalFiltersBar value={filters} onChange={setFilters} />
      {list.error !== undefined && <ErrorBar error={list.error} onRetry={list.reload} />}
      {list.loading && <Spinner size="tiny" label={t("app.loading")} />}
      {list.data && (
        <>
          <Caption1 role="status" data-testid="signal-count">
            {list.data.items.length === 1
              ? t("signals.countOne")
              : t("signals.count", { count: list.data.items.length })}
          </Caption1>
          <SignalTable
            items={list.data.items}
            onOpen={(s) => setSelected(s.id)}
            {...(selected ? { selectedId: selected } : {})}
          />
        </>
      )}
      {selected && (
        <SignalDetailPanel
          key={selected}
          api={api}
          id={selected}
          onChanged={() => setRound((n) => n + 1)}
          onClose={() => setSelected(undefined)}
        />
      )}
    </div>
  );
}
