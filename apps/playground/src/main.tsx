import { createRoot } from "react-dom/client";
import { App } from "./App";
import { parsePageConfig } from "./page-config";
import "./styles.css";

const root = createRoot(document.getElementById("root") as HTMLElement);

// No StrictMode: its double effects would open every Direct Line conversation twice.
fetch("config.json", { headers: { accept: "application/json" } })
  .then(async (response) => {
    if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
    return parsePageConfig(await response.json());
  })
  .then((config) => root.render(<App config={config} />))
  .catch((error: unknown) =>
    root.render(
      <p className="status error" role="alert">
        De speeltuin kon niet starten / the playground could not start:{" "}
        {String(error instanceof Error ? error.message : error)}
      </p>,
    ),
  );
