import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    // npm run build (scripts/build.mjs) gives its own folder; a plain `vite build` lands here,
    // apart from dist/web, which a running server may be serving.
    outDir: '../../dist/vite',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
