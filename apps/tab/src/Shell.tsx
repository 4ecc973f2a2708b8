import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { TabApi } from "./api/client";
import type { DevUser, Me } from "@convenantbot/contract";
import { AanmeldingenView } from "./aanmeldingen/AanmeldingenView";
import { useI18n } from "./i18n/I18nProvider";
import type { Lang } from "./i18n/translate";
import { QuickCheckView } from "./quickcheck/QuickCheckView";

// The platform view carries the charts (Fluent UI's, with d3: about a third of the tab's code):
// loaded when it is opened, so the inbox a caseworker opens first stays small.
const PlatformView = lazy(() => import("./platform/PlatformView").then((m) => ({ default: m.PlatformView })));
import { SignalsView } from "./signals/SignalsView";
import type { OpenRecord } from "./host/open-record";
import { teamsThemeNames, type TeamsThemeName } from "./theme/themes";

export type View = "signals" | "aanmeldingen" | "platform" | "check";
const views: readonly View[] = ["signals", "aanmeldingen", "platform", "check"];

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    "@media (max-width: 640px)": { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  },
  // Four views do not fit a phone's width in one row: they wrap instead of scrolling the page.
  nav: { flexWrap: "wrap" },
  main: { minWidth: 0 },
  header: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "flex-end", flexWrap: "wrap" },
  who: { flexGrow: 1, display: "flex", flexDirection: "column" },
});

/** What dev mode (the playground) adds to the header: who you are, and the language and theme Teams would give. */
export interface DevControls {
  users: readonly DevUser[];
  userId: string;
  onUser: (id: string) => void;
  theme: TeamsThemeName;
  onTheme: (theme: TeamsThemeName) => void;
}

export function Shell({
  api,
  me,
  dev,
  onLang,
  open,
}: {
  api: TabApi;
  me: Me;
  dev?: DevControls;
  onLang: (lang: Lang) => void;
  open?: OpenRecord;
}) {
  const i = useI18n();
  const { t, tk, lang } = i;
  const styles = useStyles();
  // A deep link from a card opens its record's view (and the signal itself).
  const [view, setView] = useState<View>(open?.kind === "case" ? "aanmeldingen" : "signals");
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.who}>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Caption1 data-testid="who">
            {me.member.displayName} · {me.party.name} ({tk(`role.${me.party.role}`, me.party.role)})
          </Caption1>
        </div>
        {dev && (
          <Field label={t("app.devUser")}>
            <Select aria-label={t("app.devUser")} value={dev.userId} onChange={(_e, d) => dev.onUser(d.value)}>
              {dev.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} ({tk(`role.${u.partyRole}`, u.partyRole)})
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t("app.language")}>
          <Select value={lang} onChange={(_e, d) => onLang(d.value === "en" ? "en" : "nl")}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </Select>
        </Field>
        {dev && (
          <Field label={t("app.theme")}>
            <Select
              value={dev.theme}
              onChange={(_e, d) => dev.onTheme(teamsThemeNames.find((n) => n === d.value) ?? "default")}
            >
              {teamsThemeNames.map((name) => (
                <option key={name} value={name}>
                  {t(`theme.${name}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </header>
      {me.mode === "dev" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("app.devMode")}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.nav}
        selectedValue={view}
        onTabSelect={(_e, d) => setView(d.value as View)}
        aria-label={t("app.nav")}
      >
        {views.map((v) => (
          <Tab key={v} value={v}>
            {t(`app.nav.${v}`)}
          </Tab>
        ))}
      </TabList>
      <main className={styles.main}>
        {view === "signals" && (
          <SignalsView api={api} {...(open?.kind === "signal" ? { initialSelected: open.id } : {})} />
        )}
        {view === "aanmeldingen" && <AanmeldingenView api={api} />}
        {view === "platform" && (
          <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
            <PlatformView api={api} rulebooks={me.rulebooks} />
          </Suspense>
        )}
        {view === "check" && <QuickCheckView regionRulebooks={me.rulebooks.map((r) => r.id)} />}
      </main>
    </div>
  );
}
