import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

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
      // Three rooms, arrows one way: model ← pipeline, model ← app/features.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/model',
              from: ['./src/pipeline', './src/app', './src/features'],
              message: 'src/model is pure: it imports nothing from the pipeline or the app.',
            },
            {
              target: './src/app',
              from: './src/pipeline',
              message: 'The browser app never imports the Node pipeline.',
            },
            {
              target: './src/features',
              from: './src/pipeline',
              message: 'The browser app never imports the Node pipeline.',
            },
            {
              target: './src/pipeline',
              from: ['./src/app', './src/features'],
              message: 'The pipeline never imports the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // No hard-coded visible strings in the app: every UI text comes from locales/.
    files: ['src/app/**/*.tsx', 'src/features/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
)
