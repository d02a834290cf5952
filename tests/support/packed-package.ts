// The npm package as a partner installs it: `npm pack`ed, then unpacked into a project's
// node_modules beside the package's own dependencies (linked from this repository's node_modules).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** What `stamp-out` itself depends on at run time and in its type declarations. */
const PACKAGE_DEPENDENCIES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'i18next'];

/** Packs the package (from the built files) into `folder`; returns the tarball's path. */
export function packPackage(folder: string): string {
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return join(folder, output.trim().split('\n').at(-1)!);
}

/**
 * Installs `tarball` as `node_modules/stamp-out` of `project`, with its dependencies and any
 * `others` (e.g. react, vite) linked as npm would place them. Returns the installed package folder.
 */
export function installPacked(tarball: string, project: string, others: readonly string[] = []): string {
  const installed = join(project, 'node_modules', 'stamp-out');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const dependency of [...PACKAGE_DEPENDENCIES, ...others]) {
    const folder = join(project, 'node_modules', dependency);
    mkdirSync(dirname(folder), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), folder);
  }
  return installed;
}
