import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// One build serves every environment: nothing environment-specific is baked in here; the page
// reads /config.json at start-up.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "build",
    emptyOutDir: true,
    target: "es2022",
    // Hashed file names under assets/ are what lets the deploy cache them forever.
    assetsDir: "assets",
  },
});
