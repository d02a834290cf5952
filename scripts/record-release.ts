// `npm run release`: records the built widget's hashes under its version in releases.json, after
// which that version's files may never change (the build checks). Run after `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnpublishedOrSame, readPublished, widgetRelease } from './widget-release.js';

const root = new URL('..', import.meta.url).pathname;
const file = join(root, 'releases.json');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const release = widgetRelease(join(root, 'dist/widget'), version);
const published = readPublished(file);
assertUnpublishedOrSame(release, published);
published[version] = { integrity: release.integrity, moduleIntegrity: release.moduleIntegrity };
writeFileSync(file, `${JSON.stringify(published, null, 2)}\n`);
console.log(`releases.json: ${version} ${release.integrity}`);
