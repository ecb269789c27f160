/**
 * Every package that build and browser code imports is a `dependency` in
 * package.json: `npm ci --omit=dev && npm run build` installs nothing else, so
 * an import of a devDependency (or of a package that is only there because
 * another one needs it) breaks the build or waits for the next update to.
 * Reads the imports with TypeScript's parser, without a build.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import {join, relative, resolve} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const root = resolve(__dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const dependencies = new Set(Object.keys(packageJson.dependencies ?? {}));

/** The code that runs in the build (config, plugins, remark steps) or in the browser (components, theme). */
function buildFiles(): string[] {
  const inSrc = readdirSync(join(root, 'src'), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
  return ['docusaurus.config.ts', 'sidebars.ts', ...inSrc.sort()];
}

interface ModuleImport {
  specifier: string;
  line: number;
}

/** Imports that stay in the compiled code: type-only imports and exports vanish at build time. */
function runtimeImports(fileName: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: ModuleImport[] = [];
  const add = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) found.push({specifier: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1});
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes) add(node.moduleSpecifier);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause;
      const onlyTypes = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly));
      if (node.moduleSpecifier && !onlyTypes) add(node.moduleSpecifier);
      return;
    }
    if (ts.isImportEqualsDeclaration(node)) {
      if (!node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
      return;
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression;
      const loads =
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require' && callee.name.text === 'resolve');
      if (loads) add(node.arguments[0]!);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Docusaurus' webpack aliases: the site's own files and the theme. */
const SITE_ALIASES = ['@site/', '@theme/', '@theme-original/', '@theme-init/', '@generated/'];
/**
 * Client modules of @docusaurus/core, reached as `@docusaurus/Link`,
 * `@docusaurus/useBaseUrl`, `@docusaurus/router` …: aliases, not packages.
 * Real packages of that scope are lower-case (`@docusaurus/theme-common`).
 */
const CORE_CLIENT_MODULE = /^@docusaurus\/(?:[A-Z]|use[A-Z]|(?:router|constants|isInternalUrl|renderRoutes)(?:\/|$))/;


/** The package an import needs, or undefined for Node's own modules, relative paths and Docusaurus' aliases. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  if (SITE_ALIASES.some((alias) => specifier.startsWith(alias)) || CORE_CLIENT_MODULE.test(specifier)) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

/** Package name → where build code imports it. */
function importsByPackage(): Map<string, (ModuleImport & {file: string})[]> {
  const imported = new Map<string, (ModuleImport & {file: string})[]>();
  for (const file of buildFiles()) {
    for (const {specifier, line} of runtimeImports(file, readFileSync(join(root, file), 'utf8'))) {
      const name = packageOf(specifier);
      if (name !== undefined) imported.set(name, [...(imported.get(name) ?? []), {file, specifier, line}]);
    }
  }
  return imported;
}

describe('dependencies', () => {
  it('reads imports as the build keeps them', () => {
    const code = [
      "import a from 'pkg-a';",
      "import * as b from '@scope/pkg-b/sub/path';",
      "import 'pkg-c/style.css';",
      "import {type T, value} from 'pkg-d';",
      "export {thing} from 'pkg-e';",
      "export * from 'pkg-f';",
      "const g = require('pkg-g');",
      "const h = await import('pkg-h');",
      "const i = require.resolve('pkg-i');",
      "import type {T2} from 'only-type-1';",
      "import {type T3, type T4} from 'only-type-2';",
      "import type {} from 'only-type-3';",
      "export type {T5} from 'only-type-4';",
      "type Lazy = typeof import('only-type-5');",
    ].join('\n');
    expect(runtimeImports('example.ts', code).map((entry) => entry.specifier)).toEqual([
      'pkg-a',
      '@scope/pkg-b/sub/path',
      'pkg-c/style.css',
      'pkg-d',
      'pkg-e',
      'pkg-f',
      'pkg-g',
      'pkg-h',
      'pkg-i',
    ]);
  });

  it('names the package of an import, not Node modules or Docusaurus aliases', () => {
    expect(packageOf('yaml')).toBe('yaml');
    expect(packageOf('colord/plugins/a11y')).toBe('colord');
    expect(packageOf('@docusaurus/theme-common/internal')).toBe('@docusaurus/theme-common');
    expect(packageOf('@docusaurus/plugin-content-docs')).toBe('@docusaurus/plugin-content-docs');
    for (const local of ['./x', '../y/z', 'node:fs', 'fs', 'path/posix', '@site/src/x', '@theme/Layout', '@theme-original/CodeBlock', '@theme-init/X', '@generated/docusaurus.config']) {
      expect(packageOf(local)).toBeUndefined();
    }
    for (const alias of ['@docusaurus/Link', '@docusaurus/useBaseUrl', '@docusaurus/useDocusaurusContext', '@docusaurus/router', '@docusaurus/BrowserOnly', '@docusaurus/Translate', '@docusaurus/ExecutionEnvironment', '@docusaurus/isInternalUrl']) {
      expect(packageOf(alias)).toBeUndefined();
    }
  });

  const imported = importsByPackage();

  it('every package that build and browser code imports is a dependency in package.json', () => {
    const problems: string[] = [];
    for (const [name, places] of imported) {
      if (dependencies.has(name)) continue;
      for (const {file, specifier, line} of places) {
        const where = packageJson.devDependencies?.[name] !== undefined ? ' (nur unter devDependencies)' : '';
        problems.push(`${file}:${line} importiert »${specifier}«, das nicht unter dependencies in package.json steht${where}: npm install --save ${name}`);
      }
    }
    expect(problems.sort()).toEqual([]);
  });
});
