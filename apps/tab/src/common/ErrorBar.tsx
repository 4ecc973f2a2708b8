import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { TabApiError } from "../api/client";
import { useI18n } from "../i18n/I18nProvider";

/** An error in the reader's language: the bot's own bilingual message when it sent one. */
export function errorText(error: unknown, lang: "nl" | "en"): string {
  if (error instanceof TabApiError) return error.text(lang);
  if (error && typeof error === "object" && "message_nl" in error && "message_en" in error) {
    const e = error as { message_nl: unknown; message_en: unknown };
    return String(lang === "nl" ? e.message_nl : e.message_en);
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorBar({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{t("common.error", { message: errorText(error, lang) })}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
