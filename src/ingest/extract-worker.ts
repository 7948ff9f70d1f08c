/**
 * Worker thread of the extraction pool: compiles the knowledge it is given
 * once, then answers each `{ id, text }` with the extraction of that
 * (already normalised) text. Extraction is pure, so workers share nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../extract/index.js';
import { compileKnowledge, getDefaultKnowledge, type ActorSeed, type PartySeed } from '../knowledge/index.js';
import type { ExtractRequest, ExtractResponse } from './extract-pool.js';

const seeds = workerData as { parties: PartySeed[]; actors: ActorSeed[] };
const knowledge = seeds.parties.length > 0 ? compileKnowledge(seeds.parties, seeds.actors) : getDefaultKnowledge();

parentPort?.on('message', (request: ExtractRequest) => {
  const started = performance.now();
  const extraction = extractClaims(request.text, { knowledge });
  const response: ExtractResponse = { id: request.id, extraction, ms: performance.now() - started };
  parentPort?.postMessage(response);
});
