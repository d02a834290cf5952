import type { Plugin } from 'vite';

/**
 * The widget promises partners "no globals", but Lit writes four properties on `globalThis`: version
 * lists (`litHtmlVersions`, `reactiveElementVersions`, `litElementVersions`, for dev-mode duplicate
 * warnings) and `litPropertyMetadata` (a WeakMap for standard decorators). This plugin removes the
 * version lists and gives the WeakMap a module of its own. It fails the build if Lit's code changed
 * shape, so an upgrade cannot quietly bring the globals back (the end-to-end test checks it too).
 */
const METADATA_MODULE = '\0stamp-out-lit-metadata';

interface Rewrite {
  readonly file: RegExp;
  readonly edits: readonly { readonly find: RegExp; readonly replace: string }[];
  readonly usesMetadata?: boolean;
}

const REWRITES: readonly Rewrite[] = [
  {
    file: /[\\/]lit-html[\\/]lit-html\.js$/,
    edits: [{ find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, replace: 'void 0' }],
  },
  {
    file: /[\\/]lit-element[\\/]lit-element\.js$/,
    edits: [{ find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, replace: 'void 0' }],
  },
  {
    file: /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
    usesMetadata: true,
    edits: [
      { find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, replace: 'void 0' },
      { find: /\b\w+\.litPropertyMetadata\?\?=new WeakMap/, replace: 'void 0' },
      { find: /\blitPropertyMetadata\.get\(/, replace: '__litPropertyMetadata.get(' },
    ],
  },
  {
    file: /[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]property\.js$/,
    usesMetadata: true,
    edits: [{ find: /globalThis\.litPropertyMetadata\b/g, replace: '__litPropertyMetadata' }],
  },
];

/** Vite plugin: Lit without window properties. */
export function noLitGlobals(): Plugin {
  return {
    name: 'stamp-out-no-lit-globals',
    enforce: 'pre',
    resolveId(id) {
      return id === METADATA_MODULE ? METADATA_MODULE : null;
    },
    load(id) {
      return id === METADATA_MODULE ? 'export const litPropertyMetadata = new WeakMap();' : null;
    },
    transform(code, id) {
      const rewrite = REWRITES.find((candidate) => candidate.file.test(id));
      if (!rewrite) return null;
      let result = code;
      for (const { find, replace } of rewrite.edits) {
        if (!find.test(result))
          throw new Error(`noLitGlobals: ${find} not found in ${id}; Lit changed, update the plugin`);
        find.lastIndex = 0;
        result = result.replace(find, replace);
      }
      if (rewrite.usesMetadata) {
        result = `import { litPropertyMetadata as __litPropertyMetadata } from '${METADATA_MODULE}';\n${result}`;
      }
      return { code: result, map: null };
    },
  };
}
