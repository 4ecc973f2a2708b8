import {
  Button,
  Caption1,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { VerdeelsleutelGemeente } from "@convenantbot/domain";
import { BarChart } from "../charts/BarChart";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";
import { verdeelsleutelExample } from "./verdeelsleutel-example";
import {
  computeVerdeelsleutel,
  emptyRow,
  exampleForm,
  type VsForm,
  type VsOutcome,
  type VsRow,
} from "./verdeelsleutel-form";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(10rem, 2fr) repeat(3, minmax(7rem, 1fr)) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  head: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  line: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  working: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  invalid: { outline: `2px solid ${tokens.colorPaletteRedBorder2}` },
});

const numberColumns = ["households", "homesBelowHighCap", "homesBelowLowCap"] as const;

/** MH.3 in the browser with the domain's own function: exact fractions, whole homes, and the working. */
export function VerdeelsleutelCalculator() {
  const i = useI18n();
  const { t, lang } = i;
  const styles = useStyles();
  const [form, setForm] = useState<VsForm>(exampleForm);
  const [isExample, setIsExample] = useState(true);
  const [outcome, setOutcome] = useState<VsOutcome>();
  const edit = (next: VsForm) => {
    setForm(next);
    setIsExample(false);
  };
  const setRow = (index: number, patch: Partial<VsRow>) =>
    edit({ ...form, rows: form.rows.map((r, k) => (k === index ? { ...r, ...patch } : r)) });
  const wrong = new Set(outcome && !outcome.ok ? outcome.fields : []);
  const headers = [t("vs.gemeente"), t("vs.households"), t("vs.high"), t("vs.low")];

  const resultColumns: Column<VerdeelsleutelGemeente>[] = [
    { key: "name", header: t("vs.gemeente"), text: (g) => g.name },
    { key: "a", header: "A", text: (g) => Number(g.a.toFixed(4)), cell: (g) => i.number(g.a, 4) },
    { key: "b", header: "B", text: (g) => Number(g.b.toFixed(4)), cell: (g) => i.number(g.b, 4) },
    { key: "c", header: "C", text: (g) => Number(g.c.toFixed(4)), cell: (g) => i.number(g.c, 4) },
    {
      key: "share",
      header: t("vs.share"),
      text: (g) => g.shareExact,
      cell: (g) => `${g.shareExact} ≈ ${i.number(g.share, 4)}`,
    },
    { key: "allocated", header: t("vs.allocated"), text: (g) => g.allocated },
  ];

  return (
    <section className={styles.section} aria-label={t("vs.title")} data-testid="verdeelsleutel">
      <Subtitle1 as="h2">{t("vs.title")}</Subtitle1>
      <Text>{t("vs.explain")}</Text>
      <Caption1>{t("vs.rounding")}</Caption1>
      {isExample && <Caption1>{t("vs.example")}</Caption1>}
      <div className={styles.line}>
        <label>
          <Caption1 block>{t("vs.total")}</Caption1>
          <Input
            aria-label={t("vs.total")}
            value={form.total}
            onChange={(_e, d) => edit({ ...form, total: d.value })}
            className={wrong.has("total") ? styles.invalid : undefined}
          />
        </label>
        <label>
          <Caption1 block>{t("vs.year")}</Caption1>
          <Input
            aria-label={t("vs.year")}
            value={form.year}
            onChange={(_e, d) => edit({ ...form, year: d.value })}
            className={wrong.has("year") ? styles.invalid : undefined}
          />
        </label>
      </div>
      <div className={styles.grid} role="group" aria-label={t("vs.title")}>
        {headers.map((h) => (
          <span key={h} className={styles.head}>
            {h}
          </span>
        ))}
        <span />
        {form.rows.map((row, index) => (
          <RowInputs
            key={index}
            row={row}
            index={index}
            headers={headers}
            wrong={wrong}
            invalidClass={styles.invalid}
            onChange={(patch) => setRow(index, patch)}
            onRemove={() => edit({ ...form, rows: form.rows.filter((_r, k) => k !== index) })}
            removeLabel={t("vs.removeRow", { name: row.name || String(index + 1) })}
          />
        ))}
      </div>
      <div className={styles.line}>
        <Button onClick={() => edit({ ...form, rows: [...form.rows, emptyRow()] })}>{t("vs.addRow")}</Button>
        <Button
          appearance="primary"
          onClick={() => setOutcome(computeVerdeelsleutel(form, isExample ? verdeelsleutelExample.note : undefined))}
        >
          {t("vs.compute")}
        </Button>
      </div>
      {outcome && !outcome.ok && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("vs.invalid", { message: lang === "nl" ? outcome.message_nl : outcome.message_en })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && (
        <>
          <DataTable
            title={t("vs.result")}
            columns={resultColumns}
            rows={outcome.result.gemeenten}
            rowKey={(g) => g.name}
            testId="verdeelsleutel-result"
          />
          <BarChart
            title={t("vs.chart")}
            series={[
              { key: "share", label: t("vs.share"), color: tokens.colorPaletteBlueBorderActive },
              { key: "allocated", label: t("vs.allocated"), color: tokens.colorPaletteDarkOrangeBorderActive },
            ]}
            groups={outcome.result.gemeenten.map((g) => ({
              label: g.name,
              values: { share: Number(g.share.toFixed(2)), allocated: g.allocated },
            }))}
          />
          <Subtitle1 as="h3">{t("vs.working")}</Subtitle1>
          {lang !== "nl" && <Caption1>{t("vs.workingLanguage")}</Caption1>}
          <ol className={styles.working} lang="nl" data-testid="verdeelsleutel-working">
            {outcome.result.working.map((step) => (
              <li key={step}>{step.replace(/^Stap \d+: /, "")}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RowInputs(props: {
  row: VsRow;
  index: number;
  headers: string[];
  wrong: Set<string>;
  invalidClass: string;
  onChange: (patch: Partial<VsRow>) => void;
  onRemove: () => void;
  removeLabel: string;
}) {
  const { row, index } = props;
  const field = (key: keyof VsRow) => `gemeenten[${index}].${key}`;
  const label = (k: number) => `${props.headers[k]} ${index + 1}`;
  return (
    <>
      <Input
        aria-label={label(0)}
        value={row.name}
        onChange={(_e, d) => props.onChange({ name: d.value })}
        className={props.wrong.has(field("name")) ? props.invalidClass : undefined}
      />
      {numberColumns.map((key, k) => (
        <Input
          key={key}
          aria-label={label(k + 1)}
          inputMode="numeric"
          value={row[key]}
          onChange={(_e, d) => props.onChange({ [key]: d.value })}
          className={
            props.wrong.has(field(key)) || props.wrong.has(`gemeenten[].${key}`) ? props.invalidClass : undefined
          }
        />
      ))}
      <Button size="small" appearance="subtle" aria-label={props.removeLabel} onClick={props.onRemove}>
        ×
      </Button>
    </>
  );
}
