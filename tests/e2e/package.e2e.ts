// The npm package: `npm pack` ships exactly the intended files, every export resolves to a shipped
// file, and a TypeScript project that installs the tarball type-checks against it (run after build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { installPacked, packPackage } from '../support/packed-package.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, string>>;
  customElements: string;
  types: string;
};
const scratch = mkdtempSync(join(tmpdir(), 'stamp-out-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function npm(args: string[], cwd = root): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function packedFiles(): string[] {
  const [report] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'])) as {
    files: { path: string }[];
  }[];
  return report!.files.map((file) => file.path).sort();
}

describe('npm package', () => {
  const files = packedFiles();

  it('ships exactly the widget, its locales, types, manifest and docs', () => {
    const expected = [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
      'dist/widget/custom-elements.json',
      'dist/widget/stamp-out.js',
      'dist/widget/stamp-out.mjs',
      ...LANGUAGES.filter(({ code }) => code !== 'en').map(({ code }) => `dist/widget/locales/${code}.js`),
    ];
    const declarations = files.filter((file) => file.startsWith('dist/types/'));
    expect(files.filter((file) => !file.startsWith('dist/types/')).sort()).toEqual(expected.sort());
    // Declarations: one per source module the element's entry uses, nothing else.
    for (const file of declarations) {
      expect(file).toMatch(/\.d\.ts$/);
      expect(
        existsSync(join(root, file.replace(/^dist\/types\//, '').replace(/\.d\.ts$/, '.ts'))),
        file,
      ).toBe(true);
    }
    expect(declarations).toContain('dist/types/widget/stamp-out.module.d.ts');
    expect(declarations).toContain('dist/types/widget/panel.element.d.ts');
    expect(declarations.some((file) => /extension|analyse|extract/.test(file))).toBe(false);
  });

  it('points every export, the types and the custom elements manifest at shipped files', () => {
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of [...targets, pkg.types, pkg.customElements]) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const [prefix, suffix] = path.split('*') as [string, string];
        expect(
          files.some((file) => file.startsWith(prefix) && file.endsWith(suffix)),
          target,
        ).toBe(true);
      } else {
        expect(files, target).toContain(path);
      }
    }
  });

  it('type-checks a TypeScript project that installs the tarball', () => {
    const project = join(scratch, 'consumer');
    const installed = installPacked(packPackage(scratch), project);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }));
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { StampOutPanel, type ContactChannel } from 'stamp-out';",
        "const panel = document.createElement('stamp-out-panel');",
        'const typed: StampOutPanel = panel;',
        "typed.region = 'GB';",
        "panel.addEventListener('stamp-out-contact', (event) => {",
        '  const channel: ContactChannel = event.detail.channel;',
        '  console.log(channel, event.detail.href);',
        '});',
        "document.addEventListener('stamp-out-share', (event) => console.log(event.detail.method));",
        'const content: string = StampOutPanel.contentVersion;',
        'console.log(content);',
        '// @ts-expect-error region is a string, not a number',
        'panel.region = 5;',
        '// @ts-expect-error there is no such event detail field',
        "panel.addEventListener('stamp-out-share', (event) => event.detail.nothing);",
        '',
      ].join('\n'),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
    // The files in the tarball are the built ones, byte for byte.
    for (const file of ['dist/widget/stamp-out.js', 'dist/widget/stamp-out.mjs']) {
      expect(readFileSync(join(installed, file)).equals(readFileSync(join(root, file))), file).toBe(true);
    }
  }, 60000);
});
