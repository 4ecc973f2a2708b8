import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { chooseHost } from "./host/host-choice";
import { Root } from "./Root";
import "./styles.css";

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <Root choice={chooseHost(window)} />
  </StrictMode>,
);
