import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SignalAction, SignalOutcome } from "@convenantbot/domain";
import type { SignalDetail } from "@convenantbot/contract";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
});

/**
 * Exactly the actions the card offers for this party (the bot sends them), and the same
 * action bodies: the bot runs them through the same SignalService as a card click.
 */
export function SignalActions({
  detail,
  busy,
  onAct,
}: {
  detail: SignalDetail;
  busy: boolean;
  onAct: (action: SignalAction) => void;
}) {
  const { t, tk } = useI18n();
  const styles = useStyles();
  const [forwardTo, setForwardTo] = useState("");
  const [outcome, setOutcome] = useState<SignalOutcome | "">("");
  if (detail.actions.length === 0) return <Caption1>{t("signal.detail.noActions")}</Caption1>;
  const can = (type: SignalAction["type"]) => detail.actions.includes(type);
  return (
    <div className={styles.row}>
      {can("bevestigen") && (
        <Button appearance="primary" disabled={busy} onClick={() => onAct({ type: "bevestigen" })}>
          {t("signal.action.bevestigen")}
        </Button>
      )}
      {can("oppakken") && (
        <Button disabled={busy} onClick={() => onAct({ type: "oppakken" })}>
          {t("signal.action.oppakken")}
        </Button>
      )}
      {can("doorsturen") && detail.forwardTargets.length > 0 && (
        <>
          <Field label={t("signal.detail.forwardTo")}>
            <Select value={forwardTo} onChange={(_e, d) => setForwardTo(d.value)}>
              <option value="">{t("signal.detail.choose")}</option>
              {detail.forwardTargets.map((p) => (
                <option key={p.partyId} value={p.partyId}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            disabled={busy || forwardTo === ""}
            onClick={() => onAct({ type: "doorsturen", toPartyId: forwardTo })}
          >
            {t("signal.action.doorsturen")}
          </Button>
        </>
      )}
      {can("afsluiten") && (
        <>
          <Field label={t("signal.detail.closeWith")}>
            <Select
              value={outcome}
              onChange={(_e, d) => setOutcome(detail.closeOutcomes.find((o) => o === d.value) ?? "")}
            >
              <option value="">{t("signal.detail.choose")}</option>
              {detail.closeOutcomes.map((o) => (
                <option key={o} value={o}>
                  {tk(`signal.outcome.${o}`, o)}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || outcome === ""} onClick={() => outcome && onAct({ type: "afsluiten", outcome })}>
            {t("signal.action.afsluiten")}
          </Button>
        </>
      )}
    </div>
  );
}
