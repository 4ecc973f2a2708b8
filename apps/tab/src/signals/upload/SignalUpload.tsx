import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SIGNAL_BATCH_MAX_BODY_BYTES, type SignalBatchAnswer } from "@convenantbot/contract";
import { signalTypes, type SignalType } from "@convenantbot/domain";
import { useRef, useState } from "react";
import type { TabApi } from "../../api/client";
import { downloadCsv } from "../../csv/csv";
import { DataTable } from "../../common/DataTable";
import { ErrorBar } from "../../common/ErrorBar";
import { useI18n } from "../../i18n/I18nProvider";
import { batchKeyOf, fileProblemOf, refusedRowsOf, templateOf, type RefusedRow } from "./upload-file";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  hidden: { display: "none" },
});

type State =
  | { step: "idle" }
  | { step: "sending"; fileName: string }
  | { step: "done"; fileName: string; answer: SignalBatchAnswer }
  | { step: "failed"; error: unknown };

/**
 * "Signalen uploaden": a landlord's monthly arrears run (or any batch) as a CSV file. The file
 * is read in the browser and sent as the request's body (never as a form upload); every row
 * goes through the same checks as one signal, and each refused row is named by its line.
 */
export function SignalUpload({ api, onUploaded }: { api: TabApi; onUploaded: () => void }) {
  const { t, tk, lang } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [templateType, setTemplateType] = useState<SignalType>("huurachterstand");
  const [state, setState] = useState<State>({ step: "idle" });

  async function send(file: File) {
    const problem = fileProblemOf(file);
    if (problem) {
      const mb = SIGNAL_BATCH_MAX_BODY_BYTES / 1024 / 1024;
      setState({ step: "failed", error: new Error(t(`upload.problem.${problem}`, { mb })) });
      return;
    }
    setState({ step: "sending", fileName: file.name });
    try {
      const text = await file.text();
      const answer = await api.uploadSignals(text, await batchKeyOf(text));
      setState({ step: "done", fileName: file.name, answer });
      if (answer.accepted > 0) onUploaded();
    } catch (error) {
      setState({ step: "failed", error });
    }
  }

  const refused: RefusedRow[] = state.step === "done" ? refusedRowsOf(state.answer, lang) : [];
  return (
    <section className={styles.section} aria-labelledby="signal-upload-title" data-testid="signal-upload">
      <Caption1 id="signal-upload-title">{t("upload.intro")}</Caption1>
      <div className={styles.bar}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".csv,text/csv"
          data-testid="signal-upload-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // the same file may be chosen again after a fix
            if (file) void send(file);
          }}
        />
        <Button appearance="primary" disabled={state.step === "sending"} onClick={() => input.current?.click()}>
          {t("upload.choose")}
        </Button>
        <Field label={t("upload.templateType")}>
          <Select value={templateType} onChange={(_e, d) => setTemplateType(d.value as SignalType)}>
            {signalTypes.map((type) => (
              <option key={type} value={type}>
                {tk(`signal.type.${type}`, type)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => downloadCsv(`voorbeeld-${templateType}.csv`, templateOf(templateType))}>
          {t("upload.template")}
        </Button>
      </div>
      {state.step === "sending" && <Spinner size="tiny" label={t("upload.sending", { file: state.fileName })} />}
      {state.step === "failed" && <ErrorBar error={state.error} />}
      {state.step === "done" && (
        <>
          <MessageBar
            intent={state.answer.refused === 0 ? "success" : state.answer.accepted === 0 ? "error" : "warning"}
            role="status"
            data-testid="signal-upload-result"
          >
            <MessageBarBody>
              {t("upload.result", {
                file: state.fileName,
                accepted: state.answer.accepted,
                total: state.answer.total,
                created: state.answer.created,
                refused: state.answer.refused,
              })}
            </MessageBarBody>
          </MessageBar>
          {refused.length > 0 && (
            <DataTable
              title={t("upload.refusedTitle")}
              columns={[
                { key: "line", header: t("upload.col.line"), text: (r: RefusedRow) => r.line },
                { key: "reason", header: t("upload.col.reason"), text: (r: RefusedRow) => r.reason },
              ]}
              rows={refused}
              rowKey={(r) => String(r.line)}
              testId="signal-upload-refused"
            />
          )}
        </>
      )}
    </section>
  );
}
