import fs from 'node:fs'
import { URL } from 'node:url'
import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// Every folder under src/features is a feature: a new one is covered by the zones without editing this file.
const FEATURES = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const BROWSER = ['./src/app', './src/features', './src/lib']

/**
 * What may import what (ADR 0014). A feature reaches another feature only through its public entry
 * (`src/features/<name>/index.ts`); nothing imports the studio.
 */
const ROOM_ZONES = [
  {
    target: './src/model',
    from: ['./src/pipeline', ...BROWSER, './src/studio'],
    message: 'src/model is pure: it imports nothing from the pipeline, the browser rooms or the studio.',
  },
  {
    target: './src/pipeline',
    from: [...BROWSER, './src/studio'],
    message: 'The pipeline imports only the model.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/app', './src/studio', './src/pipeline'],
    message: 'src/lib is shared infrastructure: it imports only the model and itself.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/studio', './src/pipeline'],
    message: 'A feature imports the model, src/lib and other features’ public entries, never the app shell.',
  },
  ...FEATURES.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`, ...FEATURES.filter((other) => other !== name).map((other) => `./${other}/index.ts`)],
    message: `Another feature is reached only through its public entry, src/features/<name>/index.ts.`,
  })),
  {
    target: ['./src/app', './src/features', './src/lib', './src/model', './src/pipeline'],
    from: './src/studio',
    message: 'Nothing imports the studio: it is a separate tool on top of the rooms.',
  },
  {
    target: './src/studio/web',
    from: ['./src/app', './src/pipeline', './src/studio/server'],
    message: 'The studio’s browser part imports the model, src/lib and features only.',
  },
  {
    target: './src/studio/server',
    from: [...BROWSER, './src/studio/web'],
    message: 'The studio’s server part imports the model and the pipeline only.',
  },
]

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', '**/build/**', '**/dist/**', 'tests/fixtures/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Rooms, arrows one way (ADR 0014): model ← pipeline; model ← lib ← features ← app; studio on top.
      'import-x/no-restricted-paths': ['error', { zones: ROOM_ZONES }],
    },
  },
  {
    // No hard-coded visible strings in the app: every UI text comes from locales/.
    files: ['src/app/**/*.tsx', 'src/features/**/*.tsx', 'src/lib/**/*.tsx', 'src/studio/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
)
