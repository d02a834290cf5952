// ESLint: typescript-eslint's strict rules for all TypeScript, lit's rules for templates.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.ci-reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never use innerHTML: host pages and ad texts are hostile.' },
        { property: 'outerHTML', message: 'Never use outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Never use insertAdjacentHTML.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['tests/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
