import { Badge } from "@fluentui/react-components";
import type { SignalStatus } from "@convenantbot/domain";
import { useI18n } from "../i18n/I18nProvider";

const colors: Record<SignalStatus, "informative" | "brand" | "warning" | "success" | "subtle"> = {
  nieuw: "warning",
  doorgestuurd: "warning",
  bevestigd: "informative",
  in_behandeling: "brand",
  afgesloten: "success",
};

export function StatusBadge({ status }: { status: SignalStatus }) {
  const { tk } = useI18n();
  return (
    <Badge appearance="tint" color={colors[status]} data-status={status}>
      {tk(`signal.status.${status}`, status)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <Badge appearance="filled" color="danger" data-overdue="true">
      {t("signals.overdue")}
    </Badge>
  );
}
