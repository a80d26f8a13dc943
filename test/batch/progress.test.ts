import { describe, expect, it } from 'vitest';
import { eta, formatDuration, lineProgress, ttyProgress } from '../../src/batch/progress.js';
import { addToSummary, emptySummary, formatSummary } from '../../src/batch/summary.js';

describe('progress', () => {
  it.each([
    [0, '0:00'],
    [59_400, '0:59'],
    [61_000, '1:01'],
    [3_600_000 + 62_000, '1:01:02'],
  ])('formatDuration(%i) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('ETA from the documents actually processed (skipped ones are free)', () => {
    expect(eta({ done: 1, total: 10, failed: 0, skipped: 0, elapsedMs: 1000 })).toBeNull();
    expect(eta({ done: 10, total: 20, failed: 0, skipped: 0, elapsedMs: 5000 })).toBe(5000);
    expect(eta({ done: 10, total: 20, failed: 0, skipped: 8, elapsedMs: 2000 })).toBe(10000);
  });

  it('the terminal bar redraws one line in place and ends with a newline', () => {
    let out = '';
    const bar = ttyProgress((t) => (out += t), 100);
    bar.update({ done: 3, total: 12, failed: 1, skipped: 0, elapsedMs: 3000 });
    bar.finish({ done: 12, total: 12, failed: 1, skipped: 2, elapsedMs: 9000 });
    const lines = out.split('\r').filter(Boolean);
    expect(lines[0]).toBe('[##########------------------------------] 3/12  25% 1.0 doc/s ETA 0:09 1 failed\x1b[K');
    expect(lines[1]).toBe('[########################################] 12/12 100% 1.1 doc/s ETA 0:00 1 failed 2 up to date\x1b[K\n');
  });

  it('plain lines at most every interval, and always at the end', () => {
    let out = '';
    const p = lineProgress((t) => (out += t), 60_000);
    for (let i = 1; i < 5; i++) p.update({ done: i, total: 5, failed: 0, skipped: 0, elapsedMs: i * 100 });
    expect(out).toBe('');
    p.finish({ done: 5, total: 5, failed: 0, skipped: 0, elapsedMs: 500 });
    expect(out).toBe('sverka process: 5/5 (100%), 10.0 doc/s, ETA 0:00, 0 failed\n');
  });
});

describe('summary', () => {
  it('adds documents, failures, skips and pairs', () => {
    const s = emptySummary(2);
    addToSummary(s, { file: 'a', rel: 'a', status: 'ok', bytes: 10, changes: 3, changesByRule: { x: 2, y: 1 }, citations: 1, entitiesByType: { date: 2 }, warnings: 1, errors: 0 });
    addToSummary(s, { file: 'b', rel: 'b', status: 'partial', bytes: 5, changes: 1, changesByRule: { x: 1 }, entitiesByType: {}, errors: 1 });
    addToSummary(s, { file: 'c', rel: 'c', status: 'failed', bytes: 0, error: 'binary' });
    addToSummary(s, { file: 'd', rel: 'd', status: 'skipped', bytes: 0 });
    addToSummary(s, { kind: 'pair', file: 'e ↔ f', rel: 'e', status: 'ok', bytes: 9, beads: 7, lowConfidence: 2 });
    expect(s).toMatchObject({
      documents: 4, processed: 2, partial: 1, failed: 1, skipped: 1, bytes: 15,
      changes: 4, changesByRule: { x: 3, y: 1 }, citations: 1, entities: 2, entitiesByType: { date: 2 },
      warnings: 1, errors: 2, pairs: 1, beads: 7, lowConfidenceBeads: 2, failures: [{ file: 'c', error: 'binary' }],
    });
    expect(formatSummary(s)).toContain('4 documents: 2 processed (1 with a failed stage), 1 up to date, 1 failed');
    expect(formatSummary(s)).toContain('pairs: 1 aligned (7 beads, 2 low confidence), 0 up to date, 0 failed, 0 files without a partner');
  });
});
