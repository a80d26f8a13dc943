/** Progress state passed to a {@link ProgressReporter}. */
export interface ProgressState {
  /** Documents finished (processed, failed or skipped). */
  done: number;
  /** Documents in total (known after the counting pass). */
  total: number;
  /** Documents failed so far. */
  failed: number;
  /** Documents skipped as up to date. */
  skipped: number;
  /** Milliseconds since the start. */
  elapsedMs: number;
}

/** Receives progress during a batch run. */
export interface ProgressReporter {
  /** Called after each document. */
  update(state: ProgressState): void;
  /** Called once at the end (clears the bar). */
  finish(state: ProgressState): void;
}

/** Format milliseconds as `m:ss` (or `h:mm:ss`). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Estimated time left, from the rate of the documents actually processed (skipped ones are free). */
export function eta(state: ProgressState): number | null {
  const worked = state.done - state.skipped;
  if (worked < 2 || state.elapsedMs <= 0) return null;
  return ((state.total - state.done) * state.elapsedMs) / worked;
}

/**
 * A progress bar with rate and ETA for a terminal, redrawn in place at most every
 * 100 ms: `[########------------] 812/2000  41%  57.3 doc/s  ETA 0:21  2 failed`.
 */
export function ttyProgress(write: (text: string) => void, columns = 80): ProgressReporter {
  let last = 0;
  const line = (s: ProgressState): string => {
    const pct = s.total > 0 ? s.done / s.total : 1;
    const rate = s.elapsedMs > 0 ? (s.done - s.skipped) / (s.elapsedMs / 1000) : 0;
    const left = eta(s);
    const tail = `${s.done}/${s.total} ${String(Math.floor(pct * 100)).padStart(3)}% ${rate.toFixed(1)} doc/s ETA ${left === null ? '--:--' : formatDuration(left)}${s.failed ? ` ${s.failed} failed` : ''}${s.skipped ? ` ${s.skipped} up to date` : ''}`;
    const width = Math.max(10, Math.min(40, columns - tail.length - 4));
    const filled = Math.round(pct * width);
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${tail}`;
  };
  return {
    update(s) {
      const now = Date.now();
      if (now - last < 100 || s.done >= s.total) return; // the last state is drawn by finish()
      last = now;
      write(`\r${line(s)}\x1b[K`);
    },
    finish(s) {
      write(`\r${line(s)}\x1b[K\n`);
    },
  };
}

/**
 * Plain progress lines for logs and pipes: one line every `everyMs` (default 2 s)
 * and one at the end: `sverka process: 812/2000 (41%), 57.3 doc/s, ETA 0:21, 2 failed`.
 */
export function lineProgress(write: (text: string) => void, everyMs = 2000): ProgressReporter {
  let last = Date.now();
  const line = (s: ProgressState): string => {
    const pct = s.total > 0 ? Math.floor((s.done / s.total) * 100) : 100;
    const rate = s.elapsedMs > 0 ? (s.done - s.skipped) / (s.elapsedMs / 1000) : 0;
    const left = eta(s);
    return `sverka process: ${s.done}/${s.total} (${pct}%), ${rate.toFixed(1)} doc/s, ETA ${left === null ? '--:--' : formatDuration(left)}, ${s.failed} failed${s.skipped ? `, ${s.skipped} up to date` : ''}\n`;
  };
  return {
    update(s) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      write(line(s));
    },
    finish(s) {
      write(line(s));
    },
  };
}

/** A reporter that says nothing (`--quiet`). */
export const quietProgress: ProgressReporter = { update() {}, finish() {} };
