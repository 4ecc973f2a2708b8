import { Caption1, Divider, Field, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TabApi } from "../api/client";
import type { RulebookRef } from "@convenantbot/contract";
import { ErrorBar } from "../common/ErrorBar";
import { useAsync } from "../common/useAsync";
import { useI18n } from "../i18n/I18nProvider";
import { MonitoringSection } from "./MonitoringSection";
import { NoodwoningenSection } from "./NoodwoningenSection";
import { QuotaSection } from "./QuotaSection";
import { VerdeelsleutelCalculator } from "./VerdeelsleutelCalculator";

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL } });

/** The platform dashboard per rulebook (LV art. 3: demand and supply, distribution, monitoring). */
export function PlatformView({ api, rulebooks }: { api: TabApi; rulebooks: readonly RulebookRef[] }) {
  const i = useI18n();
  const { t } = i;
  const styles = useStyles();
  const [rulebook, setRulebook] = useState(rulebooks[0]?.id ?? "");
  const data = useAsync(
    async () => (rulebook ? Promise.all([api.dashboard(rulebook), api.monitoring(rulebook)]) : undefined),
    [rulebook],
  );
  const [dashboard, monitoring] = data.data ?? [];
  return (
    <div className={styles.view}>
      <Caption1>{t("platform.countsOnly")}</Caption1>
      {rulebooks.length === 0 ? (
        <Caption1>{t("platform.noRulebooks")}</Caption1>
      ) : (
        <Field label={t("platform.rulebook")}>
          <Select value={rulebook} onChange={(_e, d) => setRulebook(d.value)}>
            {rulebooks.map((r) => (
              <option key={r.id} value={r.id}>
                {i.l(r.title)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {data.error !== undefined && <ErrorBar error={data.error} onRetry={data.reload} />}
      {data.loading && <Spinner size="tiny" label={t("app.loading")} />}
      {dashboard && <QuotaSection key={`q-${dashboard.rulebook}`} dashboard={dashboard} />}
      {dashboard?.noodwoningen && <NoodwoningenSection nood={dashboard.noodwoningen} />}
      {monitoring && <MonitoringSection monitoring={monitoring} />}
      {/* MH.3 is Midden-Holland's verdeelsleutel: shown only to parties of that region (not an LV begeleider). */}
      {rulebooks.some((r) => r.id.startsWith("mh-")) && (
        <>
          <Divider />
          <VerdeelsleutelCalculator />
        </>
      )}
    </div>
  );
}
