import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The workbench is a static, offline single-page app: no server-side code, no CDN.
export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4000 },
  server: { fs: { allow: ['.'] } },
});
