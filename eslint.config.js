// Layering (VS Code style): shared/ imports nothing of ours and no platform; electron/ and renderer/
// import shared/ but never each other. The preload may only use shared/ipc.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { patterns, paths }],
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ is pure: it imports nothing of ours outside shared/.' },
        { group: ['node:*', 'fs', 'path', 'os', 'electron', 'better-sqlite3', 'react', 'react-dom', '@xyflow/*', 'exceljs', 'csv-parse', 'csv-parse/*'], message: 'shared/ is pure: no Node, Electron, DOM or UI libraries.' },
      ],
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict([{ group: ['**/renderer/**', 'react', 'react-dom', '@xyflow/*'], message: 'electron/ never imports the renderer.' }]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      { group: ['**/services/**', '**/main/**', 'node:*', 'better-sqlite3'], message: 'The sandboxed preload may only use electron and shared/ipc.' },
      { group: ['**/shared/*', '!**/shared/ipc'], message: 'The preload may only use shared/ipc.' },
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict([
      { group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3', 'fs', 'path'], message: 'renderer/ talks to its host only through shared/ipc.' },
    ]),
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
)
