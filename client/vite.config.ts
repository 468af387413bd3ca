import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: components and their CSS are imported where used.
    AutoImport({ resolvers: [ElementPlusResolver()], dts: 'auto-imports.d.ts' }),
    Components({ resolvers: [ElementPlusResolver()], dts: 'components.d.ts', dirs: [] }),
  ],
  resolve: {
    alias: {
      '@': here('./src'),
      // Pure scoring engine, compiled from source so it can run in the browser.
      '@scorecard/shared': here('../shared/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } },
  },
  preview: {
    port: 4173,
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The lazily loaded ECharts chunk is ~640 KB raw (≈210 KB gzip); pages themselves stay far below.
    chunkSizeWarningLimit: 700,
    manifest: true,
  },
});
