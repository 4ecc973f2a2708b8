import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";
import { csvFileName, downloadCsv, toCsv, type CsvValue } from "./csv";

/** "Exporteer CSV" for one table; the file is built in the browser from what the table shows. */
export function ExportCsvButton({
  title,
  header,
  rows,
}: {
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}) {
  const { t } = useI18n();
  const label = t("common.exportCsv");
  return (
    <Button
      size="small"
      appearance="secondary"
      aria-label={`${label}: ${title}`}
      disabled={rows.length === 0}
      onClick={() =>
        downloadCsv(
          csvFileName(title, new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date())),
          toCsv(header, rows),
        )
      }
    >
      {label}
    </Button>
  );
}
