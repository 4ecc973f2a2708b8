import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { check, isDomainError, type CheckResult, type FactDefinition, type Reason } from "@convenantbot/domain";
import { DataTable, type Column } from "../common/DataTable";
import { useI18n } from "../i18n/I18nProvider";
import { answersToFacts, checkableRulebooks, type Answer } from "./facts-form";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // min(18rem, 100%): on a 420 px screen one column that fits, never a field wider than the page.
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(18rem, 100%), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "flex-end", flexWrap: "wrap" },
  // A long rulebook title must wrap its field, not push the dropdown past its label and the page.
  wide: { minWidth: 0, maxWidth: "100%", flexBasis: "28rem", flexGrow: 1 },
  select: { width: "100%", minWidth: 0, "& select": { textOverflow: "ellipsis", maxWidth: "100%" } },
});

const outcomeColor = {
  eligible: "success",
  not_eligible: "danger",
  needs_info: "warning",
  needs_review: "informative",
} as const;

const todayInNl = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

/**
 * The snelcheck as a form: the domain's own check engine runs in the browser (pure, no
 * personal data leaves the page, nothing is stored), with every rule's article in the answer.
 */
export function QuickCheckView({ regionRulebooks }: { regionRulebooks?: readonly string[] } = {}) {
  const i = useI18n();
  const { t, lang } = i;
  const styles = useStyles();
  // Only rulebooks in force, and only the caller's region's when known (no expired MH for an LV begeleider).
  const rulebooks = useMemo(() => checkableRulebooks(todayInNl(), regionRulebooks), [regionRulebooks]);
  const [rulebookId, setRulebookId] = useState(
    rulebooks.find((r) => r.id === "lv-zorgafhankelijk-2025")?.id ?? rulebooks[0]?.id ?? "",
  );
  const [asOf, setAsOf] = useState(todayInNl);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [outcome, setOutcome] = useState<{ ok: true; result: CheckResult } | { ok: false; message: string }>();
  const rulebook = rulebooks.find((r) => r.id === rulebookId);

  const run = () => {
    if (!rulebook) return;
    try {
      setOutcome({
        ok: true,
        result: check({ rulebook: rulebook.id, asOf, facts: answersToFacts(rulebook.facts, answers) }),
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      setOutcome({ ok: false, message: lang === "nl" ? error.message_nl : error.message_en });
    }
  };

  const reasonColumns: Column<Reason>[] = [
    { key: "code", header: t("check.code"), text: (r) => r.code },
    { key: "article", header: t("check.article"), text: (r) => r.article },
    { key: "status", header: t("check.status"), text: (r) => t(`check.status.${r.status}`) },
    { key: "text", header: t("check.text"), text: (r) => (lang === "nl" ? r.text_nl : r.text_en) },
  ];
  const question = (name: string) => {
    const fact = rulebook?.facts.find((f) => f.name === name);
    return fact ? i.l(fact.question) : name;
  };

  return (
    <div className={styles.view}>
      <Subtitle1 as="h2">{t("check.title")}</Subtitle1>
      <Text>{t("check.explain")}</Text>
      <div className={styles.line}>
        <Field label={t("check.rulebook")} className={styles.wide}>
          <Select
            className={styles.select}
            value={rulebookId}
            onChange={(_e, d) => {
              setRulebookId(d.value);
              setAnswers({});
              setOutcome(undefined);
            }}
          >
            {rulebooks.map((r) => (
              <option key={r.id} value={r.id}>
                {i.l(r.title)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("check.asOfLabel")}>
          <Input type="date" value={asOf} onChange={(_e, d) => setAsOf(d.value)} />
        </Field>
      </div>
      <Subtitle1 as="h3">{t("check.facts")}</Subtitle1>
      <div className={styles.form}>
        {rulebook?.facts.map((fact) => (
          <FactField
            key={`${rulebook.id}.${fact.name}`}
            fact={fact}
            value={answers[fact.name]}
            onChange={(value) => setAnswers((a) => ({ ...a, [fact.name]: value }))}
          />
        ))}
      </div>
      <div>
        <Button appearance="primary" onClick={run}>
          {t("check.run")}
        </Button>
      </div>
      {outcome && !outcome.ok && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t("check.invalid", { message: outcome.message })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && (
        <section
          aria-label={t("check.outcome", { outcome: t(`outcome.${outcome.result.outcome}`) })}
          data-testid="check-result"
        >
          <Badge size="large" appearance="filled" color={outcomeColor[outcome.result.outcome]}>
            {t("check.outcome", { outcome: t(`outcome.${outcome.result.outcome}`) })}
          </Badge>
          {outcome.result.missing.length > 0 && (
            <>
              <Subtitle1 as="h3">{t("check.missingHeading")}</Subtitle1>
              <ul>
                {outcome.result.missing.map((name) => (
                  <li key={name}>{question(name)}</li>
                ))}
              </ul>
            </>
          )}
          {outcome.result.hints.length > 0 && (
            <>
              <Subtitle1 as="h3">{t("check.hints")}</Subtitle1>
              <ul>
                {outcome.result.hints.map((h) => (
                  <li key={h.text_nl}>{lang === "nl" ? h.text_nl : h.text_en}</li>
                ))}
              </ul>
            </>
          )}
          <DataTable
            title={t("check.reasons")}
            columns={reasonColumns}
            rows={outcome.result.reasons}
            rowKey={(r) => r.code}
            exportable
          />
        </section>
      )}
    </div>
  );
}

/** One fact as the intake asks it: yes/no/unknown, a choice, a number, a date or text. */
function FactField({
  fact,
  value,
  onChange,
}: {
  fact: FactDefinition;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
}) {
  const i = useI18n();
  const { t } = i;
  const label = i.l(fact.question);
  const hint = fact.help ? i.l(fact.help) : undefined;
  const text = typeof value === "string" ? value : "";
  switch (fact.answer) {
    case "boolean":
      return (
        <Field label={label} hint={hint}>
          <Select value={text} onChange={(_e, d) => onChange(d.value)}>
            <option value="">{t("check.unknown")}</option>
            <option value="true">{t("common.yes")}</option>
            <option value="false">{t("common.no")}</option>
          </Select>
        </Field>
      );
    case "choice":
      return (
        <Field label={label} hint={hint}>
          <Select value={text} onChange={(_e, d) => onChange(d.value)}>
            <option value="">{t("check.unknown")}</option>
            {fact.choices?.map((c) => (
              <option key={c.value} value={c.value}>
                {i.l(c.label)}
              </option>
            ))}
          </Select>
        </Field>
      );
    case "multi-choice": {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <Field label={label} hint={hint}>
          <div role="group" aria-label={label}>
            {fact.choices?.map((c) => (
              <Checkbox
                key={c.value}
                label={i.l(c.label)}
                checked={chosen.includes(c.value)}
                onChange={(_e, d) =>
                  onChange(d.checked === true ? [...chosen, c.value] : chosen.filter((v) => v !== c.value))
                }
              />
            ))}
          </div>
        </Field>
      );
    }
    case "date":
      return (
        <Field label={label} hint={hint}>
          <Input type="date" value={text} onChange={(_e, d) => onChange(d.value)} />
        </Field>
      );
    case "number":
    case "integer":
      return (
        <Field
          label={label}
          hint={
            hint ??
            (fact.min !== undefined || fact.max !== undefined ? `${fact.min ?? ""} – ${fact.max ?? ""}` : undefined)
          }
        >
          <Input inputMode="decimal" value={text} onChange={(_e, d) => onChange(d.value)} />
        </Field>
      );
    default:
      return (
        <Field label={label} hint={hint}>
          <Input value={text} onChange={(_e, d) => onChange(d.value)} />
        </Field>
      );
  }
}
