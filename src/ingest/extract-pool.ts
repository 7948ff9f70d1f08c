import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../extract/index.js';
import type { ActorSeed, PartySeed } from '../knowledge/index.js';

/** A text sent to a worker. */
export interface ExtractRequest { id: number; text: string }
/** A worker's answer. */
export interface ExtractResponse { id: number; extraction: ExtractionResult; ms: number }

/** A pool of extraction worker threads. */
export interface ExtractPool {
  size: number;
  /** Extracts one normalised text in the least busy worker. */
  extract(text: string): Promise<ExtractionResult>;
  close(): Promise<void>;
}

const WORKER_URL = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Starts `size` worker threads, each compiling the given knowledge once.
 */
export function createExtractPool(size: number, seeds: { parties: PartySeed[]; actors: ActorSeed[] }): ExtractPool {
  // Worker threads do not inherit tsx's module hooks: a TypeScript worker is started through a bootstrap that registers tsx first.
  const bootstrap = WORKER_URL.pathname.endsWith('.ts')
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); })`
    : null;
  const pending = new Map<number, { resolve: (result: ExtractionResult) => void; reject: (error: Error) => void; worker: number }>();
  const load = new Array<number>(size).fill(0);
  let nextId = 1;
  let closed = false;
  const workers = Array.from({ length: size }, (_, index) => {
    const worker = bootstrap ? new Worker(bootstrap, { eval: true, workerData: seeds }) : new Worker(WORKER_URL, { workerData: seeds });
    worker.on('message', (response: ExtractResponse) => {
      const job = pending.get(response.id);
      if (!job) return;
      pending.delete(response.id);
      load[index]!--;
      job.resolve(response.extraction);
    });
    const failAll = (error: Error): void => {
      for (const [id, job] of pending) {
        if (job.worker !== index) continue;
        pending.delete(id);
        job.reject(error);
      }
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (!closed) failAll(new Error(`extraction worker exited with code ${code}`));
    });
    return worker;
  });
  return {
    size,
    extract(text) {
      if (closed) return Promise.reject(new Error('extraction pool closed'));
      let index = 0;
      for (let i = 1; i < size; i++) if (load[i]! < load[index]!) index = i;
      const id = nextId++;
      load[index]!++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: index });
        workers[index]!.postMessage({ id, text } satisfies ExtractRequest);
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
