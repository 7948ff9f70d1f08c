import cliProgress from 'cli-progress';
import type { IngestProgress } from './run-bulk-ingest.js';

/** Shows ingestion progress: a bar with rate and time left on a TTY, a plain line every few seconds otherwise. */
export interface IngestProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

/** A reporter writing to `stream` (stderr), a progress bar when it is a TTY. */
export function createIngestProgressReporter(stream: NodeJS.WriteStream, options: { intervalMs?: number } = {}): IngestProgressReporter {
  const started = performance.now();
  const rate = (done: number): number => done / Math.max((performance.now() - started) / 1000, 0.001);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: 'ingest [{bar}] {value}/{total} | {rate} articles/s | {eta_formatted} left | stored {stored} skipped {skipped} failed {failed}',
      etaBuffer: 200,
      hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    let begun = false;
    return {
      update(progress) {
        const payload = { stored: progress.stored, skipped: progress.skipped, failed: progress.failed, rate: rate(progress.done).toFixed(1) };
        if (!begun) { bar.start(progress.total, progress.done, payload); begun = true; } else bar.update(progress.done, payload);
      },
      stop() { if (begun) bar.stop(); },
    };
  }
  const intervalMs = options.intervalMs ?? 2000;
  let last = 0;
  let latest: IngestProgress | null = null;
  const line = (p: IngestProgress): void => {
    const perSecond = rate(p.done);
    const left = perSecond > 0 ? Math.ceil((p.total - p.done) / perSecond) : 0;
    stream.write(`ingest: ${p.done}/${p.total} (stored ${p.stored}, skipped ${p.skipped}, failed ${p.failed}) ${perSecond.toFixed(1)} articles/s, ${left} s left\n`);
  };
  return {
    update(progress) {
      latest = progress;
      const now = performance.now();
      if (now - last >= intervalMs) { last = now; line(progress); }
    },
    stop() { if (latest && last !== 0) line(latest); },
  };
}
