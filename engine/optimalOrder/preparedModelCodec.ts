import { EngineError } from '../EngineError.js';
import { readStoredItemModel, storeItemModel, type PreparedExtension, type StoredItemModel } from '../models/extension/index.js';
import { ENGINE_VERSION } from '../version.js';
import { checkPreparedModel } from './checkPreparedModel.js';
import { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';

/** A prepared model as stored: the item models' matrices by their upper triangles (`StoredItemModel`). */
export type StoredPreparedModel = Omit<PreparedModel, 'extension'> & { extension: Omit<PreparedExtension, 'items'> & { items: StoredItemModel } };

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array | Int8Array;
const TYPES = { f64: Float64Array, f32: Float32Array, i32: Int32Array, u8: Uint8Array, i8: Int8Array } as const;
type TypeTag = keyof typeof TYPES;

/**
 * The longest model text read, in characters. The shared data's model is 2.4 MB (5.2 MB before it
 * held no per-account row, 3.8 MB before it stored the item matrices by their upper triangles,
 * decisions/0025) and grows with products, not accounts; `saveModel` sends
 * it base64 in a JSON body, which Salesforce caps at 37.5 MB (about 28 MB of text). Twice that
 * leaves room for larger orgs (or a move to multipart uploads) and refuses a file of gigabytes
 * before `JSON.parse` holds it twice over.
 */
export const MAX_MODEL_CHARS = 64 * 1024 * 1024;

/** Levels of objects a model nests (`extension.items.easeUpper` is 3): deeper is not a model. */
const MAX_DEPTH = 8;

/**
 * A prepared model as text to store (in the org, a file): JSON, each typed array as its bytes in
 * base64 (little-endian, as every platform the engine runs on), tagged with its type and length,
 * so it reads back bit for bit — NaN included — in Node and in a browser alike. The item models'
 * square matrices are stored by their upper triangles (`StoredItemModel`), read back bit for bit.
 */
export function encodePreparedModel(model: PreparedModel): string {
  const stored: StoredPreparedModel = { ...model, extension: { ...model.extension, items: storeItemModel(model.extension.items) } };
  return JSON.stringify(stored, (_key, value: unknown) => {
    if (!ArrayBuffer.isView(value)) return value;
    const tag = (Object.keys(TYPES) as TypeTag[]).find((t) => value instanceof TYPES[t]);
    if (!tag) throw new EngineError('MODEL_ENCODING', `A prepared model cannot hold a ${value.constructor.name}`);
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { $typed: tag, length: (value as Typed).length, base64: toBase64(bytes) };
  });
}

/**
 * Reads a prepared model back (`encodePreparedModel`), refusing with a clear `EngineError` that
 * names the field: text over `MAX_MODEL_CHARS`, text that is not one, another format version, a
 * model prepared by another engine version (its features would not be the ones this engine
 * computes), a base64 payload whose decoded length disagrees with its declared length, and any
 * count or array length out of line (`checkPreparedModel`). Lengths are checked before a byte is
 * decoded, so a hostile file never makes it allocate by a number it states.
 */
export function decodePreparedModel(text: string, source = 'prepared model'): PreparedModel {
  if (text.length > MAX_MODEL_CHARS) {
    throw new EngineError('MODEL_TOO_LARGE', `${source} is ${(text.length / 1e6).toFixed(0)} MB of text, more than the ${MAX_MODEL_CHARS / 2 ** 20} MiB a prepared model may be`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EngineError('MODEL_FORMAT', `${source} is not a prepared model: ${(error as Error).message.slice(0, 200)}`);
  }
  const head = json as Partial<PreparedModel> | null;
  if (head?.format !== PREPARED_MODEL_FORMAT) throw new EngineError('MODEL_FORMAT', `${source}: format '${String(head?.format).slice(0, 80)}', expected '${PREPARED_MODEL_FORMAT}'`);
  if (head.engineVersion !== ENGINE_VERSION) {
    throw new EngineError('MODEL_VERSION', `${source} was prepared by engine ${String(head.engineVersion).slice(0, 40)}, this is ${ENGINE_VERSION}: prepare it again (optimal-order prepare)`);
  }
  const stored = revive(json, '', 0, source) as StoredPreparedModel;
  checkPreparedModel(stored, source);
  return { ...stored, extension: { ...stored.extension, items: readStoredItemModel(stored.extension.items) } };
}

/** The value with every `{ $typed, length?, base64 }` object turned into its typed array. */
function revive(value: unknown, path: string, depth: number, source: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new EngineError('MODEL_FORMAT', `${source}: ${path} nests deeper than a prepared model does`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object') value[i] = revive(value[i], `${path}[${i}]`, depth + 1, source);
    return value;
  }
  if ('$typed' in value) return typedArray(value as Record<string, unknown>, path, source);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) o[key] = revive(o[key], path ? `${path}.${key}` : key, depth + 1, source);
  return o;
}

/** One typed array from its tag and base64, its length checked from the base64's before decoding. */
function typedArray(o: Record<string, unknown>, path: string, source: string): Typed {
  const fail = (problem: string): never => {
    throw new EngineError('MODEL_FORMAT', `${source}: ${path} ${problem}`);
  };
  const Type = Object.hasOwn(TYPES, String(o.$typed)) ? TYPES[o.$typed as TypeTag] : undefined;
  if (!Type) return fail(`has unknown array type ${JSON.stringify(o.$typed)?.slice(0, 40)}`);
  const { base64, length } = o;
  if (typeof base64 !== 'string' || base64.length % 4 !== 0) return fail('is not base64 (its length is not a multiple of 4)');
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const byteLength = (base64.length / 4) * 3 - padding;
  if (length !== undefined && (!Number.isSafeInteger(length) || (length as number) * Type.BYTES_PER_ELEMENT !== byteLength)) {
    fail(`declares ${JSON.stringify(length)?.slice(0, 20)} entries, but its base64 decodes to ${byteLength} bytes (${Type.BYTES_PER_ELEMENT} an entry)`);
  }
  if (byteLength % Type.BYTES_PER_ELEMENT !== 0) fail(`decodes to ${byteLength} bytes, not a whole number of ${Type.BYTES_PER_ELEMENT}-byte entries`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    return fail('is not base64 (a character outside its alphabet)');
  }
  if (bytes.byteLength !== byteLength) fail(`is not base64 (it decodes to ${bytes.byteLength} bytes, not ${byteLength})`);
  return new Type(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT);
}

// Global in every runtime the engine runs in (Node ≥ 16, browsers, workers); the engine's ES-only lib does not declare them.
declare const btoa: (binary: string) => string;
declare const atob: (base64: string) => string;

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  // A fresh buffer is aligned for any element type.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
