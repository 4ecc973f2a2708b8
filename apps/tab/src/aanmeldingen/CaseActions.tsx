import { Button, Caption1, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TabApi } from "../api/client";
import type { AanmeldingRow, CaseStepRequest } from "@convenantbot/contract";
import { useI18n } from "../i18n/I18nProvider";
import { queueSteps } from "./work-queue";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The queue's steps on one case: the same steps as the card (POST /api/tab/aanmeldingen/:id/steps). */
export function CaseActions({ row, api, onChanged }: { row: AanmeldingRow; api: TabApi; onChanged: () => void }) {
  const i = useI18n();
  const { t } = i;
  const styles = useStyles();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const steps = queueSteps(row);
  const run = (step: CaseStepRequest) => {
    setBusy(true);
    api
      .caseStep(row.id, step)
      .then((result) => {
        setMessage(
          result.noop && result.reason
            ? i.l(result.reason)
            : t("aanmelding.step.done", { status: i.l(result.caseStatusLabel) }),
        );
        if (step.type === "notitie") setNote("");
        onChanged();
      })
      .catch((error: { message_nl?: string; message_en?: string; message?: string }) =>
        setMessage((i.lang === "nl" ? error.message_nl : error.message_en) ?? error.message),
      )
      .finally(() => setBusy(false));
  };
  if (!row.caseActions) return null;
  return (
    <div className={styles.note} data-testid="case-actions">
      {row.assignedTo && <Caption1>{t("aanmelding.assignedTo", { name: row.assignedTo })}</Caption1>}
      <div className={styles.row}>
        {steps.oneClick.map((s) => (
          <Button
            key={s}
            size="small"
            appearance={s === "oppakken" ? "primary" : "secondary"}
            disabled={busy}
            onClick={() => run({ type: s })}
          >
            {t(`aanmelding.step.${s}`)}
          </Button>
        ))}
        {steps.assignMe && (
          <Button size="small" disabled={busy} onClick={() => run({ type: "toewijzen", assigneeMemberId: "me" })}>
            {t("aanmelding.step.assignMe")}
          </Button>
        )}
      </div>
      {steps.note && (
        <div className={styles.note}>
          <Textarea
            value={note}
            onChange={(_e, d) => setNote(d.value)}
            placeholder={t("aanmelding.step.notePlaceholder")}
            aria-label={t("aanmelding.step.note")}
            maxLength={2000}
          />
          <div className={styles.row}>
            <Button
              size="small"
              disabled={busy || note.trim() === ""}
              onClick={() => run({ type: "notitie", note: note.trim(), category: "process" })}
            >
              {t("aanmelding.step.note")}
            </Button>
          </div>
        </div>
      )}
      <Caption1>{t("aanmelding.step.moreOnCard")}</Caption1>
      {message && <Caption1 role="status">{message}</Caption1>}
    </div>
  );
}
