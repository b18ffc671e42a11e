import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          cli: resolve(root, 'electron/cli/main.ts'),
          web: resolve(root, 'electron/web/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS; with "type": "module" electron-vite would emit ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
