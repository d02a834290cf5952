// Writes dist/widget/custom-elements.json (the Custom Elements Manifest) from the element's JSDoc,
// with @custom-elements-manifest/analyzer, then points it at the shipped module rather than the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as analyzer from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

/** The parts of the manifest format this project reads (schema 1.0.0). */
export interface ElementManifest {
  schemaVersion: string;
  readme?: string;
  modules: ManifestModule[];
}

/** One module of the manifest. */
export interface ManifestModule {
  kind: 'javascript-module';
  path: string;
  declarations: ManifestDeclaration[];
  exports?: {
    kind: 'js' | 'custom-element-definition';
    name: string;
    declaration: { name: string; module: string };
  }[];
}

/** A documented item: an attribute, event, part, CSS property or member. */
export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}

/** The element's class. */
export interface ManifestDeclaration {
  kind: string;
  name: string;
  description?: string;
  summary?: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  members?: ManifestItem[];
}

// The package's own typings omit `create` and its bundled TypeScript; this is their documented API.
const { create, ts } = analyzer as unknown as {
  create(options: { modules: unknown[]; plugins: object[]; context: object }): unknown;
  ts: typeof import('typescript');
};

const ELEMENT_SOURCE = 'widget/panel.element.ts';
const SHIPPED_MODULE = 'dist/widget/stamp-out.mjs';
const TAG = 'stamp-out-panel';

/** Runs the analyser (with its Lit plugin) over the element and returns the manifest as partners should see it. */
export function analyseElement(root: string): ElementManifest {
  // The programmatic API, not the CLI: the CLI also rewrites package.json's `customElements` field.
  const source = ts.createSourceFile(
    ELEMENT_SOURCE,
    readFileSync(join(root, ELEMENT_SOURCE), 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const raw = create({
    modules: [source],
    plugins: [...litPlugin()],
    context: { dev: false },
  }) as ElementManifest;
  return forPartners(raw);
}

/**
 * The element is defined by define.ts (a guarded, version-aware define the analyser can't follow),
 * so the tag name and its definition export are added here; private members and test hooks are left out.
 */
function forPartners(manifest: ElementManifest): ElementManifest {
  const modules = manifest.modules.map((module) => {
    const declarations = module.declarations.map((declaration) => ({
      ...declaration,
      tagName: TAG,
      customElement: true,
      members: (declaration.members ?? []).filter(
        (member) => member.privacy !== 'private' && member.name !== 'loadLocale',
      ),
    }));
    const className = declarations[0]?.name ?? 'StampOutPanel';
    return {
      ...module,
      path: SHIPPED_MODULE,
      declarations,
      exports: [
        { kind: 'js' as const, name: className, declaration: { name: className, module: SHIPPED_MODULE } },
        {
          kind: 'custom-element-definition' as const,
          name: TAG,
          declaration: { name: className, module: SHIPPED_MODULE },
        },
      ],
    };
  });
  return { schemaVersion: manifest.schemaVersion, readme: 'README.md', modules };
}

/** Writes the manifest to `file` and returns it. */
export function writeElementManifest(root: string, file: string): ElementManifest {
  const manifest = analyseElement(root);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
