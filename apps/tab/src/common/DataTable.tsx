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
  mergeClasses,
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

/**
 * Below this width a row becomes a card (label above value): columns would not fit side by
 * side. A table with many columns (the monitoring's fourteen) turns into cards sooner.
 */
const NARROW = "@media (max-width: 640px)";
const NARROW_FOR_WIDE_TABLES = "@media (max-width: 1400px)";
const MANY_COLUMNS = 8;

const asCards = (mq: string) => ({
  table: { [mq]: { display: "block" } },
  head: { [mq]: { display: "none" } },
  body: { [mq]: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } },
  row: {
    // A card: label/value pairs side by side as far as they fit, so fourteen columns stay short.
    [mq]: {
      display: "grid",
      gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
      gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      padding: tokens.spacingVerticalS,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      borderRadius: tokens.borderRadiusMedium,
      height: "auto",
    },
  },
  cell: {
    [mq]: {
      display: "block",
      height: "auto",
      padding: 0,
      "::before": {
        content: "attr(data-label)",
        display: "block",
        fontSize: tokens.fontSizeBase200,
        color: tokens.colorNeutralForeground3,
      },
    },
  },
});
const narrow = asCards(NARROW);
const wide = asCards(NARROW_FOR_WIDE_TABLES);

const useStyles = makeStyles({
  wrap: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBlock: tokens.spacingVerticalM,
    minWidth: 0,
  },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  title: { flexGrow: 1 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Columns as wide as their content and headers that wrap: at 1280 px they never run into each other.
  table: { tableLayout: "auto", width: "100%" },
  headCell: {
    whiteSpace: "normal",
    overflowWrap: "break-word",
    verticalAlign: "bottom",
    "& *": { whiteSpace: "normal", overflow: "visible", textOverflow: "clip" },
  },
  cell: { overflowWrap: "break-word" },
  tableNarrow: narrow.table,
  headNarrow: narrow.head,
  bodyNarrow: narrow.body,
  rowNarrow: narrow.row,
  cellNarrow: narrow.cell,
  tableWide: wide.table,
  headWide: wide.head,
  bodyWide: wide.body,
  rowWide: wide.row,
  cellWide: wide.cell,
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const shown = (value: CsvValue): ReactNode =>
  value === null || value === undefined || value === "" ? "—" : typeof value === "boolean" ? String(value) : value;

/**
 * Every table of the tab: a title, optionally the view's CSV export of exactly its rows and
 * columns, and an optional "Open" button per row (a button, so keyboard and screen reader
 * users can open it). Narrow (a phone, Teams' side panel): each row is a card.
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
  /** The view's one CSV export (issue 15: four buttons on one signal); other tables have none. */
  exportable?: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const header = props.columns.map((c) => c.header);
  const csvRows = props.rows.map((row) => props.columns.map((c) => c.text(row)));
  const many = props.columns.length > MANY_COLUMNS;
  const cls = {
    table: mergeClasses(styles.table, many ? styles.tableWide : styles.tableNarrow),
    head: many ? styles.headWide : styles.headNarrow,
    body: many ? styles.bodyWide : styles.bodyNarrow,
    row: many ? styles.rowWide : styles.rowNarrow,
    cell: mergeClasses(styles.cell, many ? styles.cellWide : styles.cellNarrow),
  };
  return (
    <section className={styles.wrap} aria-label={props.title} data-testid={props.testId}>
      <div className={styles.bar}>
        <Subtitle2 as="h3" className={styles.title}>
          {props.title}
        </Subtitle2>
        {props.exportable && <ExportCsvButton title={props.title} header={header} rows={csvRows} />}
      </div>
      {props.note && <Caption1>{props.note}</Caption1>}
      {props.rows.length === 0 ? (
        <Caption1 role="status">{props.emptyText ?? t("common.noRows")}</Caption1>
      ) : (
        <div className={styles.scroll}>
          <Table size="small" aria-label={props.title} className={cls.table}>
            <TableHeader className={cls.head}>
              <TableRow>
                {props.columns.map((c) => (
                  <TableHeaderCell key={c.key} className={styles.headCell}>
                    {c.header}
                  </TableHeaderCell>
                ))}
                {props.onOpen && <TableHeaderCell aria-hidden="true" />}
              </TableRow>
            </TableHeader>
            <TableBody className={cls.body}>
              {props.rows.map((row) => {
                const key = props.rowKey(row);
                return (
                  <TableRow
                    key={key}
                    data-row-key={key}
                    className={mergeClasses(cls.row, key === props.selectedKey && styles.selected)}
                  >
                    {props.columns.map((c) => (
                      <TableCell key={c.key} className={cls.cell} data-label={c.header}>
                        {c.cell ? c.cell(row) : shown(c.text(row))}
                      </TableCell>
                    ))}
                    {props.onOpen && (
                      <TableCell className={cls.cell}>
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
