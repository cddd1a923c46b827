import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { ConfigErrorPage } from "./components/StatusPages";
import { ConfigError } from "@trip/contract";
import { loadConfig } from "./config";
import "./styles.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);

loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <ConfigErrorPage problems={error instanceof ConfigError ? error.problems : [String(error)]} />,
    ),
);
