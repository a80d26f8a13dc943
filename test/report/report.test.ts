import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processDocument, type ProcessedDocument } from '../../src/pipeline/process-document.js';
import { buildReport } from '../../src/report/build-report.js';
import { renderReport, sentencesOf } from '../../src/report/render-html.js';
import { flatEntities, markersInText } from '../../src/report/highlight.js';
import type { ReportInput } from '../../src/report/types.js';

const CHROMIUM = '/usr/bin/chromium';
const SRC = 'fixtures/000_1141d4d96c08d6f0.txt'; // Russian OCR chapter with BelTA notes
const TGT = 'fixtures/004_5069994c9aedaf13.txt'; // English article

let source: ProcessedDocument;
let target: ProcessedDocument;
let html: string;
let input: ReportInput;

beforeAll(() => {
  source = processDocument(readFileSync(SRC), { file: 'source.txt' });
  target = processDocument(readFileSync(TGT), { file: 'target.txt' });
  ({ html, input } = buildReport(source, target, { titles: ['000 (ru)', '004 (en)'] }));
  mkdirSync('test-output', { recursive: true });
  writeFileSync('test-output/report.html', html);
});

/** Attribute values of one name in the page. */
function attrs(name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

describe('renderReport (HTML)', () => {
  it('is self-contained: no external resource, a CSP that forbids loading any', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(attrs('src')).toEqual([]);
    expect(html).not.toMatch(/<link\b|@import|url\(/);
    // The only non-fragment links are citation URLs, opened by the reader on purpose.
    for (const href of attrs('href')) {
      if (!href.startsWith('#')) expect(href).toMatch(/^https?:\/\//);
    }
    expect(attrs('href').filter((h) => !h.startsWith('#')).length).toBe(source.record.citations.filter((c) => typeof c.url === 'string').length);
  });

  it('every in-page link points to an element that exists', () => {
    const ids = new Set(attrs('id'));
    for (const href of attrs('href').filter((h) => h.startsWith('#'))) expect(ids.has(href.slice(1)), href).toBe(true);
  });

  it('one row per bead, low-confidence beads marked, every sentence shown once', () => {
    const beads = input.beads!;
    expect(html.match(/<tr id="bead-\d+"/g)!.length).toBe(beads.length);
    expect(html.match(/<tr id="bead-\d+" class="bead low/g)?.length ?? 0).toBe(beads.filter((b) => b.score < 0.5).length);
    expect(beads.flatMap((b) => b.source)).toEqual(sentencesOf(source.record).map((_, i) => i));
    expect(beads.flatMap((b) => b.target)).toEqual(sentencesOf(target.record).map((_, i) => i));
  });

  it('marks the drawable entities and links every note marker', () => {
    const drawable = [source, target].reduce((n, d) => n + flatEntities(d.record.entities).length, 0);
    const marks = html.match(/<mark class="ent ent-[a-z]+" data-type=/g)!.length;
    expect(marks).toBeGreaterThanOrEqual(drawable); // an entity cut by a sentence break is drawn in two pieces
    const markers = markersInText(source.record.text).filter((m) => source.record.citations.some((c) => c.id === m.id));
    expect(html.match(/<sup class="fn"><a id="s-ref-/g)!.length).toBe(markers.length);
  });

  it('escapes the text: markup in the input is shown, never run', () => {
    const doc = processDocument('<script>alert(1)</script> & <b>Минск</b>\n', { file: 'x<y>.txt' });
    const page = renderReport({ source: { title: 'x<y>.txt', record: doc.record, original: doc.original }, target: { title: 't', record: doc.record, original: doc.original }, beads: null });
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('x&lt;y&gt;.txt');
    expect(page).toContain('No alignment available');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('report in a real browser (Debian chromium via playwright-core)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let browser: any;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders beads and entities, links work, the keyboard moves between beads, no console error, no network', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m: { type(): string; text(): string }) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e: Error) => errors.push(String(e)));
    page.on('request', (r: { url(): string }) => requests.push(r.url()));
    const url = pathToFileURL(resolve('test-output/report.html')).href;
    await page.goto(url);

    expect(await page.locator('tr.bead').count()).toBe(input.beads!.length);
    expect(await page.locator('tr.bead.low').count()).toBe(input.beads!.filter((b) => b.score < 0.5).length);
    const types: string[] = await page.locator('tr.bead mark.ent').evaluateAll((els: { getAttribute(n: string): string }[]) => [...new Set(els.map((e) => e.getAttribute('data-type')))]);
    const legend: string[] = await page.locator('.legend mark.ent').allTextContents();
    for (const t of types) expect(legend).toContain(t);
    // Entity colours are really applied (not the browser's yellow <mark>).
    const bg = await page.locator('tr.bead mark.ent-location').first().evaluate((e: unknown) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(e).backgroundColor);
    expect(bg).toBe('rgb(220, 252, 231)');

    // A footnote marker leads to its citation, and the citation leads back.
    const marker = page.locator('sup.fn a').first();
    const noteHref = await marker.getAttribute('href');
    const markerId = await marker.getAttribute('id');
    await marker.click();
    expect(new URL(page.url()).hash).toBe(noteHref);
    const note = page.locator(noteHref!);
    await expect.poll(() => note.evaluate((e: { getBoundingClientRect(): { top: number; bottom: number } }) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < (globalThis as unknown as { innerHeight: number }).innerHeight; })).toBe(true);
    // the page moves the focus on 'hashchange', which fires after the click returns: wait
    // for that event, or its focus change lands between the key presses below
    const hashChanged = page.evaluate('new Promise((done) => addEventListener("hashchange", () => setTimeout(done, 0), { once: true }))');
    await note.locator(`a[href="#${markerId}"]`).click();
    await hashChanged;
    expect(new URL(page.url()).hash).toBe(`#${markerId}`);
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(markerId);

    // Keyboard: g = first bead, j = next, n = next low-confidence bead.
    await page.keyboard.press('g');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('bead-1');
    await page.keyboard.press('j');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('bead-2');
    await page.keyboard.press('n');
    const active = await page.evaluate('({ id: document.activeElement.id, cls: document.activeElement.className })');
    expect(active.cls).toMatch(/\blow\b/);
    const firstLowAfter2 = input.beads!.findIndex((b, i) => i > 1 && b.score < 0.5) + 1;
    expect(active.id).toBe(`bead-${firstLowAfter2}`);
    await page.keyboard.press('?');
    expect(await page.locator('#keys').isVisible()).toBe(true);

    await page.goto(`${url}#bead-${firstLowAfter2}`);
    await page.screenshot({ path: 'test-output/report.png' });
    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});

if (!existsSync(CHROMIUM)) {
  describe('report in a real browser', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`, () => {});
  });
}
