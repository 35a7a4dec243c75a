import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API serves web/dist in production (one port); in development Vite proxies /graphql to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: "http://localhost:3000", changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
