import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** What the platform answers itself; the dev server passes these to a running `pnpm start`. */
const platformPaths =
  '^/(registry|subsidies|volunteering|cases|notifications|statistics|_local|openapi\\.json|docs|config\\.json)';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { [platformPaths]: { target: process.env.SHEQU_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd and pro-components land in one shared chunk; pages are split per route (React.lazy).
    chunkSizeWarningLimit: 2000,
  },
});
