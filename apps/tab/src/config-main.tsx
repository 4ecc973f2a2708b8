import { Body1, FluentProvider, Title3, teamsLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { chooseHost } from "./host/host-choice";
import { langOf, translate } from "./i18n/translate";
import { channelTabConfig } from "./channel-config";
import "./styles.css";

// The configurable (channel) tab's setup page: Teams opens it when someone adds the tab.
const lang = langOf(navigator.language);
const inTeams = chooseHost(window).kind === "teams";
createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={teamsLightTheme} style={{ padding: 16 }}>
    <Title3 as="h1">{translate(lang, "config.title")}</Title3>
    <Body1 as="p">{translate(lang, inTeams ? "config.explain" : "config.outsideTeams")}</Body1>
  </FluentProvider>,
);
// teams-js only inside Teams: importing it fetches Microsoft's host domain list.
if (inTeams)
  void import("./host/teams")
    .then(({ registerChannelTabConfig }) => registerChannelTabConfig(channelTabConfig(window.location.origin)))
    .catch((error: unknown) => console.error("Teams-configuratie mislukt / Teams configuration failed", error));
