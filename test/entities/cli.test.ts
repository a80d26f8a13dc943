import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { morphologyLoaded } from '../../src/entities/morph.js';
import type { Entity } from '../../src/entities/types.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: async () => new TextEncoder().encode(stdin) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const RU = readFileSync('fixtures/000_1141d4d96c08d6f0.txt', 'utf8');
const SAMPLE = RU.slice(0, RU.indexOf('Данный план'));
let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sverka-entities-'));
  file = join(dir, 'ru.txt');
  // With a BOM: offsets are into the decoded text, which has none.
  writeFileSync(file, '\uFEFF' + SAMPLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sverka entities', () => {
  it('other commands do not load the morphology', async () => {
    const r = await run(['segment', file]);
    expect(r.code).toBe(0);
    expect(morphologyLoaded()).toBe(false);
  });

  it('--format json prints {lang, entities} with offsets into the input', async () => {
    const r = await run(['entities', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { lang: string; entities: Entity[] };
    expect(Object.keys(out)).toEqual(['lang', 'entities']);
    expect(out.lang).toBe('ru');
    for (const e of out.entities) expect(SAMPLE.slice(e.start, e.end)).toBe(e.text);
    expect(out.entities.find((e) => e.text === 'Ли Цяна')?.type).toBe('person');
    expect(morphologyLoaded()).toBe(true);
  });

  it('--format conll: token, start, end, BIO label', async () => {
    const r = await run(['entities', file, '--format', 'conll']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    const li = lines.findIndex((l) => l.startsWith('Ли\t'));
    expect(lines[li]).toMatch(/^Ли\t\d+\t\d+\tB-person$/);
    expect(lines[li + 1]).toMatch(/^Цяна\t\d+\t\d+\tI-person$/);
    for (const l of lines) {
      const [tok, s, e] = l.split('\t');
      expect(SAMPLE.slice(Number(s), Number(e))).toBe(tok);
    }
  });

  it('--format brat: T lines with fragments that never cross a line break', async () => {
    const r = await run(['entities', file, '--format', 'brat', '--types', 'organization,location']);
    expect(r.code).toBe(0);
    const tLines = r.stdout.split('\n').filter((l) => l.startsWith('T'));
    expect(tLines.length).toBeGreaterThan(3);
    for (const l of tLines) {
      const [, spec] = l.split('\t');
      const frags = spec!.split(' ').slice(1).join(' ').split(';');
      for (const f of frags) {
        const [s, e] = f.split(' ').map(Number);
        expect(SAMPLE.slice(s, e)).not.toContain('\n');
      }
      expect(spec).toMatch(/^(organization|location(-\w+)?) /);
    }
  });

  it('--jsonl: one result line per input line, a warning for a bad line', async () => {
    const input = ['{"id":"a","text":"Ли Цян прибыл в Минск 5 мая 2024 года."}', 'not json', '{"id":2,"text":"Xi Jinping visited Minsk."}'].join('\n') + '\n';
    const r = await run(['entities', '-', '--jsonl', '--lang', 'auto'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; entities: Entity[]; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.id).toBe('a');
    expect(lines[0]!.entities.map((e) => e.type)).toEqual(['person', 'location', 'date']);
    expect(lines[1]!.error).toMatch(/line 2/);
    expect(r.stderr).toMatch(/line 2/);
    expect(lines[2]!.entities.find((e) => e.text === 'Xi Jinping')?.canonical).toBe('per:xi-jinping');
  });

  it('--date resolves relative dates', async () => {
    const r = await run(['entities', '-', '--date', '2025-03-01', '--types', 'date'], 'Встреча пройдёт в июле текущего года.');
    const out = JSON.parse(r.stdout) as { entities: Entity[] };
    expect(out.entities).toEqual([expect.objectContaining({ text: 'в июле текущего года', normalized: '2025-07' })]);
  });

  it.each([
    [['entities', 'x.txt', '--format', 'xml'], /unknown --format/],
    [['entities', 'x.txt', '--lang', 'de'], /unknown --lang/],
    [['entities', 'x.txt', '--types', 'planet'], /unknown --types planet/],
    [['entities', 'x.txt', '--date', 'yesterday'], /--date/],
    [['entities', '-', '--jsonl', '--format', 'conll'], /--jsonl/],
    [['entities'], /exactly one FILE/],
    [['entities', '/no/such/file.txt'], /no such file/],
  ])('%j fails with one line', async (args, pattern) => {
    const r = await run(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  });
});
