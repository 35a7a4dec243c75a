/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "false" hides the demo-account hint on the log-in page (set it for real deployments). */
  readonly VITE_SHOW_DEMO_HINT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
