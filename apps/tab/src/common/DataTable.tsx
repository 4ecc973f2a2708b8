import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CsvValue } from "../csv/csv";
import { ExportCsvButton } from "../csv/ExportCsvButton";
import { useI18n } from "../i18n/I18nProvider";

export interface Column<T> {
  key: string;
  header: string;
  /** What the CSV holds (and the cell shows, unless `cell` renders something richer). */
  text: (row: T) => CsvValue;
  cell?: (row: T) => ReactNode;
}

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalM },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  title: { flexGrow: 1 },
  scroll: { overflowX: "auto" },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const shown = (value: CsvValue): ReactNode => (value === null || value === undefined || value === "" ? "—" : typeof value === "boolean" ? String(value) : value);

/**
 * Every table of the tab: a title, a CSV export of exactly its rows and columns, and an
 * optional "Open" button per row (a button, so keyboard and screen reader users can open it).
 */
export function DataTable<T>(props: {
  title: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  emptyText?: string;
  onOpen?: (row: T) => void;
  selectedKey?: string;
  testId?: string;
  note?: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const header = props.columns.map((c) => c.header);
  const csvRows = props.rows.map((row) => props.columns.map((c) => c.text(row)));
  return (
    <section className={styles.wrap} aria-label={props.title} data-testid={props.testId}>
      <div className={styles.bar}>
        <Subtitle2 as="h3" className={styles.title}>
          {props.title}
        </Subtitle2>
        <ExportCsvButton title={props.title} header={header} rows={csvRows} />
      </div>
      {props.note && <Caption1>{props.note}</Caption1>}
      {props.rows.length === 0 ? (
        <Caption1 role="status">{props.emptyText ?? t("common.noRows")}</Caption1>
      ) : (
        <div className={styles.scroll}>
          <Table size="small" aria-label={props.title}>
            <TableHeader>
              <TableRow>
                {props.columns.map((c) => (
                  <TableHeaderCell key={c.key}>{c.header}</TableHeaderCell>
                ))}
                {props.onOpen && <TableHeaderCell aria-hidden="true" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.rows.map((row) => {
                const key = props.rowKey(row);
                return (
                  <TableRow key={key} data-row-key={key} className={key === props.selectedKey ? styles.selected : undefined}>
                    {props.columns.map((c) => (
                      <TableCell key={c.key}>{c.cell ? c.cell(row) : shown(c.text(row))}</TableCell>
                    ))}
                    {props.onOpen && (
                      <TableCell>
                        <Button size="small" onClick={() => props.onOpen?.(row)}>
                          {t("common.open")}
                        </Button>
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
