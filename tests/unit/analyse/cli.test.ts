import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function scan(input: string, args: string[] = []): { code: number | null; lines: unknown[]; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
  return { code: run.status, lines, stderr: run.stderr };
}

describe('scan CLI', { timeout: 90_000 }, () => {
  it('writes one line per ad and exits 1 when a line is malformed', () => {
    const input = [
      '{"id":1,"text":"Pay a 200 euro fee, we keep your passport"}',
      'not json',
      '{"id":"b","title":"Driver","text":"Full-time driver, payslips and holiday pay."}',
      '{"id":3,"text":42}',
      '[1,2,3]',
      '',
    ].join('\n');
    const { code, lines } = scan(input);
    expect(code).toBe(1);
    expect(lines).toHaveLength(5);
    const [first, bad, second, wrongType, notObject] = lines as Record<string, unknown>[];
    expect(first).toMatchObject({ id: 1, level: 'high' });
    expect(Object.keys(first!)).toEqual(['id', 'level', 'score', 'signs']);
    const signs = first!.signs as Record<string, unknown>[];
    expect(signs.map((s) => s.id)).toEqual(expect.arrayContaining(['upfront-fee', 'documents-kept']));
    expect(Object.keys(signs[0]!)).toEqual(['id', 'start', 'end', 'quote', 'field']);
    expect(bad).toEqual({ id: null, error: expect.any(String) });
    expect(second).toMatchObject({ id: 'b' });
    expect(wrongType).toEqual({ id: 3, error: expect.stringContaining('text') });
    expect(notObject).toEqual({ id: null, error: expect.any(String) });
  });

  it('exits 0 when every line is good, and reads a file argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stamp-out-scan-'));
    const file = join(dir, 'ads.jsonl');
    writeFileSync(
      file,
      '{"id":"x","text":"Shop assistant, contract and payslips."}\n{"id":"y","text":"Easy money!"}\n',
    );
    const { code, lines } = scan('', [file]);
    expect(code).toBe(0);
    expect(lines.map((l) => (l as { id: unknown }).id)).toEqual(['x', 'y']);
  });

  it('exits 2 for a missing file', () => {
    const { code, stderr } = scan('', ['/no/such/file.jsonl']);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
  });
});
