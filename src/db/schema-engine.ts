import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/**
 * Loads Prisma's WebAssembly schema engine (`@prisma/schema-engine-wasm`,
 * pinned) and starts it on a migration-aware driver adapter. This is an
 * internal Prisma API: it is used only by the developer scripts (create a
 * migration, check drift) and the tests, never at run time.
 */

let loaded: Promise<typeof bindings> | undefined;

async function loadBindings(): Promise<typeof bindings> {
  // The package `exports` hide the .wasm file: resolve a visible sibling.
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bytes = await readFile(join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await wasmRuntime().instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports['__wbindgen_start'];
  if (typeof start === 'function') start();
  return bindings;
}

/** The few WebAssembly calls used here (the project's `lib` has no DOM/WebAssembly value types). */
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

function wasmRuntime(): WasmRuntime {
  return (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;
}

/** The schema engine's version string (the pinned package version's engine hash). */
export async function schemaEngineVersion(): Promise<string> {
  loaded ??= loadBindings();
  return (await loaded).version();
}

/**
 * Starts a schema engine for `schema` (the Prisma schema text) on `adapter`.
 * `log` receives the engine's JSON log lines. Call `free()` when done.
 */
export async function startSchemaEngine(
  schema: { path: string; content: string },
  adapter: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  loaded ??= loadBindings();
  const { SchemaEngine: Engine } = await loaded;
  return Engine.new({ datamodels: [[schema.path, schema.content]] }, log, bindMigrationAwareSqlAdapterFactory(adapter));
}
