import { FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { createTabApi, TabApiError } from "./api/client";
import type { DevUser, Me } from "@convenantbot/contract";
import { errorText } from "./common/ErrorBar";
import { devAuth, ssoAuth, type TabAuth } from "./host/auth";
import type { HostChoice } from "./host/host-choice";
import { I18nProvider } from "./i18n/I18nProvider";
import { langOf, translate, type Lang } from "./i18n/translate";
import { Shell } from "./Shell";
import { openRecordFrom, type OpenRecord } from "./host/open-record";
import { fluentTheme, teamsThemeName, type TeamsThemeName } from "./theme/themes";

const useStyles = makeStyles({ provider: { minHeight: "100vh" }, pad: { padding: "16px" } });

type Phase =
  | { kind: "starting" }
  | { kind: "failed"; message: (lang: Lang) => string }
  | { kind: "ready"; auth: TabAuth; me: Me; users?: readonly DevUser[]; userId?: string; open?: OpenRecord };

function setUrlParam(name: string, value: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(null, "", url);
}

/**
 * Starts the tab where it runs. In Teams: teams-js context (locale, theme) and an SSO token
 * for every call. In the playground: dev mode as a demo caseworker, with `?lang=` and
 * `?theme=` standing in for what Teams would say.
 */
export function Root({ choice }: { choice: HostChoice }) {
  const styles = useStyles();
  const params = new URLSearchParams(window.location.search);
  const [lang, setLang] = useState<Lang>(langOf(params.get("lang") ?? "nl"));
  const [theme, setTheme] = useState<TeamsThemeName>(teamsThemeName(params.get("theme")));
  const [phase, setPhase] = useState<Phase>({ kind: "starting" });
  const [devUserId, setDevUserId] = useState(choice.kind === "dev" ? choice.userId : undefined);

  useEffect(() => {
    let current = true;
    const fail = (error: unknown) =>
      current &&
      setPhase({
        kind: "failed",
        message: (l) =>
          error instanceof TabApiError && error.status === 404
            ? translate(l, "app.openInTeams")
            : translate(l, "app.startError", { message: errorText(error, l) }),
      });
    const start = async () => {
      if (choice.kind === "teams") {
        // Loaded only inside Teams: teams-js fetches Microsoft's list of valid host domains as
        // soon as it is imported, which the playground (loopback only) must not do.
        const { connectTeams, onTeamsThemeChange, teamsSsoToken } = await import("./host/teams");
        const context = await connectTeams();
        if (!current) return;
        setLang(langOf(context.locale));
        setTheme(context.theme);
        onTeamsThemeChange(setTheme);
        const auth = ssoAuth(teamsSsoToken);
        const me = await createTabApi(auth).me();
        const open = openRecordFrom(window.location.search, context.subPageId);
        if (current) setPhase({ kind: "ready", auth, me, ...(open ? { open } : {}) });
        return;
      }
      const users = (await createTabApi(devAuth("")).devUsers()).users;
      const userId = users.find((u) => u.id === devUserId)?.id ?? users[0]?.id;
      if (!userId) throw new Error("geen demogebruikers / no demo users (DEMO_DATA)");
      const auth = devAuth(userId);
      const me = await createTabApi(auth).me();
      const open = openRecordFrom(window.location.search);
      if (current) setPhase({ kind: "ready", auth, me, users, userId, ...(open ? { open } : {}) });
    };
    start().catch(fail);
    return () => {
      current = false;
    };
  }, [choice.kind, devUserId]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const api = useMemo(() => (phase.kind === "ready" ? createTabApi(phase.auth) : undefined), [phase]);

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.provider} data-theme={theme}>
      <I18nProvider lang={lang}>
        {phase.kind === "starting" && <Spinner className={styles.pad} label={translate(lang, "app.loading")} />}
        {phase.kind === "failed" && (
          <MessageBar intent="error" role="alert" className={styles.pad}>
            <MessageBarBody>{phase.message(lang)}</MessageBarBody>
          </MessageBar>
        )}
        {phase.kind === "ready" && api && (
          <Shell
            key={phase.userId ?? "teams"}
            api={api}
            me={phase.me}
            {...(phase.open ? { open: phase.open } : {})}
            onLang={(next) => {
              setLang(next);
              if (phase.users) setUrlParam("lang", next);
            }}
            {...(phase.users && phase.userId
              ? {
                  dev: {
                    users: phase.users,
                    userId: phase.userId,
                    onUser: (id: string) => {
                      setUrlParam("user", id);
                      setPhase({ kind: "starting" });
                      setDevUserId(id);
                    },
                    theme,
                    onTheme: (next: TeamsThemeName) => {
                      setTheme(next);
                      setUrlParam("theme", next);
                    },
                  },
                }
              : {})}
          />
        )}
      </I18nProvider>
    </FluentProvider>
  );
}
