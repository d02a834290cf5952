// `npm run release` (after its own clean build): records the hashes of every widget file under the
// version in releases.json, after which those files may never change (the build checks).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnpublishedOrSame, readPublished, releaseFiles } from './widget-release.js';

const root = new URL('..', import.meta.url).pathname;
const file = join(root, 'releases.json');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

// What is recorded must be what the repository builds, not a local experiment.
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
if (dirty)
  throw new Error(`Commit or stash your changes first; releases are recorded from a clean tree:\n${dirty}`);

const files = releaseFiles(join(root, 'dist/widget'));
const published = readPublished(file);
assertUnpublishedOrSame(version, files, published);
published[version] = { files };
writeFileSync(file, `${JSON.stringify(published, null, 2)}\n`);
console.log(
  `releases.json: ${version}, ${Object.keys(files).length} files (stamp-out.js ${files['stamp-out.js']})`,
);
