// ESLint for the whole codebase: typescript-eslint with type information, React hooks and jsx-a11y.
// `npm run lint` (part of `npm test`) allows no warning.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['build/', '.docusaurus/', 'node_modules/', 'scripts/bench/stock/']},
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    rules: {
      // Docusaurus' hooks and test callbacks must return promises; an async function without await is fine there.
      '@typescript-eslint/require-await': 'off',
      // `_name` marks a value left out on purpose (a destructured field dropped from an object).
      '@typescript-eslint/no-unused-vars': ['error', {varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true}],
    },
  },
  {
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
      globals: {...globals.node, ...globals.browser},
    },
  },
  // The two classic rules of hooks. The React Compiler's rules (also in the plugin's `recommended`) are left out:
  // the site does not use the compiler.
  {
    files: ['**/*.tsx', 'src/**/*.ts'],
    plugins: {'react-hooks': reactHooks},
    rules: {'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn'},
  },
  {files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended},
  // Tests read parsed YAML, JSON and HTML and check its shape with expect(): untyped values are their material.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked},
);
