import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";
import { parseFilter, statusChoices, typeChoices, type SignalFilters } from "./filters";

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "flex-end", flexWrap: "wrap" },
});

export function SignalFiltersBar({
  value,
  onChange,
}: {
  value: SignalFilters;
  onChange: (next: SignalFilters) => void;
}) {
  const { t, tk } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.bar} role="search">
      <Field label={t("signals.filter.type")}>
        <Select
          value={value.type}
          onChange={(_e, d) => onChange({ ...value, type: parseFilter(d.value, typeChoices) })}
        >
          <option value="">{t("common.all")}</option>
          {typeChoices.map((type) => (
            <option key={type} value={type}>
              {tk(`signal.type.${type}`, type)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("signals.filter.status")}>
        <Select
          value={value.status}
          onChange={(_e, d) => onChange({ ...value, status: parseFilter(d.value, statusChoices) })}
        >
          <option value="">{t("common.all")}</option>
          {statusChoices.map((status) => (
            <option key={status} value={status}>
              {tk(`signal.status.${status}`, status)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t("signals.filter.overdue")}
        checked={value.overdueOnly}
        onChange={(_e, d) => onChange({ ...value, overdueOnly: d.checked === true })}
      />
    </div>
  );
}
