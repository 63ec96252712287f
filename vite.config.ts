import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { catalogueByLanguage } from './scripts/catalogue-plugin.mjs';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './src/web/offline/pwa-options.js';

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), catalogueByLanguage(), VitePWA(pwaOptions)],
  build: {
    // npm run build (scripts/build.mjs) gives its own folder; a plain `vite build` lands here,
    // apart from dist/web, which a running server may be serving.
    outDir: '../../dist/vite',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Our own modules do nothing when imported but define things (no file is imported for its
      // side effects, except style sheets), so a module's front door re-exporting a screen does
      // not pull that screen into the first chunk of every page that only needs its routes.
      treeshake: {
        moduleSideEffects: (id: string) => !/\/src\/(web|modules|shared)\/.*\.tsx?$/.test(id),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
