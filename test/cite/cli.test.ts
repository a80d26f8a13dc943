import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';

async function run(args: string[], stdin: Uint8Array = new Uint8Array()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: async () => stdin };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const RU = fileURLToPath(new URL('../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url));
const EN = fileURLToPath(new URL('../../fixtures/001_65d5a4cb3953e82a.txt', import.meta.url));

describe('sverka cite', () => {
  it('prints the JSON array of the output contract, offsets into the original', async () => {
    const r = await run(['cite', RU, '--format', 'json']);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout) as Array<{ id: string; refs: Array<{ start: number; end: number }>; belta: { id: number } | null }>;
    expect(arr).toHaveLength(17);
    const original = readFileSync(RU, 'utf8');
    for (const c of arr) for (const ref of c.refs) expect(original.slice(ref.start, ref.end)).toBe(c.id);
    expect(r.stderr).toMatch(/note 83 has no marker/);
  });

  it('gives English BelTA notes a reconstructed Russian title with a confidence', async () => {
    const r = await run(['cite', EN, '--format', 'jsonl']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; titleRu?: string; titleRuConfidence?: number; belta: unknown });
    expect(lines).toHaveLength(122);
    const n5 = lines.find((l) => l.id === '5')!;
    expect(n5.titleRu).toMatch(/^Беларусь и Китай договорились о ключевых условиях деятельности совместного венчурного фонда$/);
    expect(n5.titleRuConfidence).toBeGreaterThan(0.8);
    expect(lines.filter((l) => l.belta && l.titleRu).length).toBe(97);
    // Transliterated slugs of other sites are read too, when the reading is confident.
    const n29 = lines.find((l) => l.id === '29')!; // president.gov.by/…/poseschenie-pekinskogo-universiteta-14540/
    expect(n29.titleRu).toBe('Посещение пекинского университета');
    for (const l of lines.filter((x) => !x.belta && x.titleRu)) expect(l.titleRuConfidence).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ['csl', /^\[\n {2}\{\n {4}"id": "fn82"/],
    ['bibtex', /^@online\{fn82,\n/],
    ['ris', /^TY {2}- NEWS\nID {2}- fn82\n/],
  ])('--format %s', async (format, start) => {
    const r = await run(['cite', RU, '--format', format, '--no-back-translate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it('reads stdin and rejects unknown formats with a one-line error', async () => {
    const r = await run(['cite', '-', '--format', 'json'], new TextEncoder().encode('Текст без сносок.\n'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const bad = await run(['cite', RU, '--format', 'xml']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/unknown --format "xml"/);
  });
});
