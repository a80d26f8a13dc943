import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { alignTexts, lineUnits } from '../../src/align/align-text.js';
import { NTREX_DOCS } from './fixtures/ntrex-cases.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: async () => new Uint8Array() };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

let dir: string;
let ruFile: string;
let enFile: string;
const doc = NTREX_DOCS['2-3']!;
const ruText = doc.ru.join('\n') + '\n';
const enText = doc.en.join('\n') + '\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-align-'));
  ruFile = join(dir, 'doc.ru');
  enFile = join(dir, 'doc.en');
  writeFileSync(ruFile, ruText);
  writeFileSync(enFile, enText);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Minimal well-formedness check: tags nest and close, entities are the five XML ones. */
function expectWellFormedXml(xml: string): void {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[3]) stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
  for (const m of xml.matchAll(/&(\w+);/g)) expect(['amp', 'lt', 'gt', 'quot', 'apos']).toContain(m[1]);
}

describe('sverka align', () => {
  it('--units lines prints the JSON contract with spans into the inputs', async () => {
    const r = await run(['align', ruFile, enFile, '--units', 'lines']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source.lang).toBe('ru');
    expect(out.target.lang).toBe('en');
    expect(out.source.units).toHaveLength(doc.ru.length);
    for (const u of out.source.units) expect(ruText.slice(u.start, u.end)).toBe(u.text);
    for (const u of out.target.units) expect(enText.slice(u.start, u.end)).toBe(u.text);
    expect(out.beads.map((b: { source: number[]; target: number[] }) => `${b.source}:${b.target}`)).toContain(`${doc.bead[0]}:${doc.bead[1]}`);
    expect(out.beads.every((b: { score: number }) => b.score >= 0 && b.score <= 1)).toBe(true);
    expect(out.parallel.verdict).toBe('parallel');
  });

  it('--format tmx is well-formed TMX 1.4 with both languages', async () => {
    const r = await run(['align', ruFile, enFile, '--units', 'lines', '--format', 'tmx']);
    expect(r.code).toBe(0);
    expectWellFormedXml(r.stdout);
    expect(r.stdout).toContain('<tmx version="1.4">');
    expect(r.stdout).toMatch(/<header [^>]*srclang="ru"[^>]*\/>/);
    expect(r.stdout).toContain('<tuv xml:lang="en"><seg>');
    expect((r.stdout.match(/<tu /g) ?? []).length).toBeGreaterThan(5);
  });

  it('--format html is one self-contained page', async () => {
    const r = await run(['align', ruFile, enFile, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).not.toMatch(/<(?:script|link)[^>]+(?:src|href)=/);
    expect(r.stdout).toContain('<table');
  });

  it('--format tsv has one row per bead', async () => {
    const r = await run(['align', ruFile, enFile, '--units', 'lines', '--format', 'tsv']);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('source\ttarget\tscore\tsource_units\ttarget_units');
    for (const row of rows) expect(row.split('\t')).toHaveLength(5);
  });

  it('warns on stderr when the texts are not translations, and --comparable lists passage pairs', async () => {
    const ru = join(dir, 'chapter.txt');
    const en = join(dir, 'book.txt');
    writeFileSync(ru, ruText);
    writeFileSync(en, Object.values(NTREX_DOCS).find((d) => d.doc !== doc.doc)!.en.join('\n'));
    const r = await run(['align', ru, en]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/do not look like translations/);
    const c = await run(['align', ruFile, enFile, '--comparable']);
    expect(c.code).toBe(0);
    expect(Array.isArray(JSON.parse(c.stdout).pairs)).toBe(true);
  });

  it.each([
    [['align', 'only-one-file'], /exactly two files/],
    [['align', 'a', 'b', '--format', 'pdf'], /unknown --format/],
    [['align', 'a', 'b', '--units', 'words'], /unknown --units/],
    [['align', 'missing.ru', 'missing.en'], /no such file/],
  ])('clear one-line errors: %j', async (args, pattern) => {
    const r = await run(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  });
});

describe('alignTexts', () => {
  it('lineUnits keeps every line and offsets, with or without a final newline', () => {
    expect(lineUnits('a\nb\n').map((u) => u.text)).toEqual(['a', 'b']);
    expect(lineUnits('a\r\n\nb').map((u) => [u.text, u.start, u.end])).toEqual([['a', 0, 1], ['', 3, 3], ['b', 4, 5]]);
    expect(lineUnits('')).toEqual([]);
  });

  it('sentences inside paragraphs: paragraph beads first, spans into the original', () => {
    const ru = doc.ru.join('\n\n');
    const en = doc.en.join('\n\n');
    const a = alignTexts(ru, en);
    expect(a.parallel.verdict).toBe('parallel');
    for (const u of a.source.units) expect(ru.slice(u.start, u.end)).toBe(u.text);
    for (const u of a.target.units) expect(en.slice(u.start, u.end)).toBe(u.text);
    const seen = a.beads.flatMap((b) => b.source);
    expect(seen).toEqual(a.source.units.map((_, i) => i));
    // most beads are confident on a real translation
    const confident = a.beads.filter((b) => b.score >= 0.5).length;
    expect(confident / a.beads.length).toBeGreaterThan(0.8);
  });
});
