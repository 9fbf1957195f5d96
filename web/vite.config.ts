// Vite builds web/ into web/dist (served by the API's server, src/server/web-app.ts). `npm run dev:web` serves it
// with hot reload and sends /api to a server on 127.0.0.1:3000 (`npm start` in another terminal).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: { alias: { '@': here('./src') } },
  // No files copied as they are: everything the page loads is imported, so it gets a hashed name under /assets/.
  publicDir: false,
  build: { outDir: here('./dist'), emptyOutDir: true, assetsDir: 'assets', target: 'es2022', reportCompressedSize: false },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  logLevel: 'warn',
});
