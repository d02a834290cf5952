/**
 * Scans job ads from JSON Lines: `npm run --silent scan -- [FILE]` (stdin without FILE).
 * Each input line is `{"id":…, "text":…, "title":…, "employer":…, "salary":…, "location":…, "lang":…}`;
 * each output line is `{"id","level","score","signs":[{"id","start","end","quote","field"}]}`.
 * A malformed line yields `{"id","error"}` (id null when unknown) and the scan goes on; the exit code
 * is then 1. Blank lines are skipped.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyseAd } from '../shared/analyse/analyse-ad';
import type { AdInput } from '../shared/analyse/types';

const OPTIONAL_FIELDS = ['title', 'employer', 'salary', 'location', 'lang'] as const;

type Parsed =
  { readonly id: unknown; readonly ad: AdInput } | { readonly id: unknown; readonly error: string };

function idOf(value: unknown): unknown {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function parseLine(line: string): Parsed {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: null, error: 'not a JSON object' };
  }
  const fields = record as Record<string, unknown>;
  const id = idOf(fields.id);
  if (typeof fields.text !== 'string') return { id, error: '"text" must be a string' };
  const ad: Record<string, string> = { text: fields.text };
  for (const name of OPTIONAL_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { id, error: `"${name}" must be a string` };
    ad[name] = value;
  }
  return { id, ad: ad as unknown as AdInput };
}

async function main(): Promise<number> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const file = process.argv.slice(2).find((arg) => arg !== '--');
  if (file !== undefined && !existsSync(file)) {
    process.stderr.write(`scan: no such file: ${file}\n`);
    return 2;
  }
  const input = file === undefined ? process.stdin : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = false;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    let out: string;
    if ('error' in parsed) {
      failed = true;
      out = JSON.stringify({ id: parsed.id, error: parsed.error });
    } else {
      try {
        const { level, score, signs } = analyseAd(parsed.ad);
        out = JSON.stringify({ id: parsed.id, level, score, signs });
      } catch (error) {
        failed = true;
        out = JSON.stringify({ id: parsed.id, error: `analysis failed: ${String(error)}` });
      }
    }
    if (!process.stdout.write(`${out}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scan: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
