import type { Plugin } from 'vite';

/**
 * The widget shows words and numbers, never the provenance records (`sources`, `confidence`) kept
 * beside them in `shared/content/`: those stay in the repository, where `tests/unit/content.test.ts`
 * checks every one. Dropping them from the widget's copy saves about 2 KB gzip of the 40 KB budget.
 * The content files are Prettier-formatted, one property per line, so the properties are removed
 * line by line; the build fails if a file no longer has the shape this expects.
 */
const CONTENT_FILES = /[\\/]shared[\\/]content[\\/](helplines|signs|myths)\.ts$/;
const PROVENANCE_LINES = [
  /^\s*sources: \[[^\]]*\],\n/gm,
  /^\s*sources: \[\n(\s*'[^'\n]*',\n)+\s*\],\n/gm,
  /^\s*(confidence|emergencyConfidence): '[a-z-]+',\n/gm,
  // One-line entries: `{ id: 'x', sources: ['a', 'b'] }`.
  /, sources: \[[^\]\n]*\](?= \})/g,
];

/** Vite plugin: content without provenance, for the widget bundle only. */
export function stripProvenance(): Plugin {
  return {
    name: 'stamp-out-strip-provenance',
    enforce: 'pre',
    transform(code, id) {
      if (!CONTENT_FILES.test(id)) return null;
      let result = code;
      for (const pattern of PROVENANCE_LINES) result = result.replace(pattern, '');
      if (result === code || /\bsources:/.test(result)) {
        throw new Error(
          `stripProvenance: unexpected shape of ${id}; update scripts/vite-strip-provenance.ts`,
        );
      }
      return { code: result, map: null };
    },
  };
}
