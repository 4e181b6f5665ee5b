import { EngineError } from '../EngineError.js';
import { ENGINE_VERSION } from '../version.js';
import { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array | Int8Array;
const TYPES = { f64: Float64Array, f32: Float32Array, i32: Int32Array, u8: Uint8Array, i8: Int8Array } as const;
type TypeTag = keyof typeof TYPES;

/**
 * A prepared model as text to store (in the org, a file): JSON, each typed array as its bytes in
 * base64 (little-endian, as every platform the engine runs on), tagged with its type, so it reads
 * back bit for bit — NaN included — in Node and in a browser alike.
 */
export function encodePreparedModel(model: PreparedModel): string {
  return JSON.stringify(model, (_key, value: unknown) => {
    if (!ArrayBuffer.isView(value)) return value;
    const tag = (Object.keys(TYPES) as TypeTag[]).find((t) => value instanceof TYPES[t]);
    if (!tag) throw new EngineError('MODEL_ENCODING', `A prepared model cannot hold a ${value.constructor.name}`);
    return { $typed: tag, base64: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  });
}

/**
 * Reads a prepared model back (`encodePreparedModel`), refusing with a clear error text that is
 * not one, another format version, or a model prepared by another engine version (its features
 * would not be the ones this engine computes).
 */
export function decodePreparedModel(text: string, source = 'prepared model'): PreparedModel {
  let model: PreparedModel;
  try {
    model = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null || !('$typed' in value)) return value;
      const { $typed, base64 } = value as { $typed: TypeTag; base64: string };
      const Type = TYPES[$typed];
      if (!Type) throw new EngineError('MODEL_FORMAT', `${source}: unknown array type '${$typed}'`);
      const bytes = fromBase64(base64);
      return new Type(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT) as Typed;
    }) as PreparedModel;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError('MODEL_FORMAT', `${source} is not a prepared model: ${(error as Error).message}`);
  }
  if (model?.format !== PREPARED_MODEL_FORMAT) throw new EngineError('MODEL_FORMAT', `${source}: format '${String(model?.format)}', expected '${PREPARED_MODEL_FORMAT}'`);
  if (model.engineVersion !== ENGINE_VERSION) {
    throw new EngineError('MODEL_VERSION', `${source} was prepared by engine ${model.engineVersion}, this is ${ENGINE_VERSION}: prepare it again (optimal-order prepare)`);
  }
  const n = model.productIds.length;
  const perProduct: [string, ArrayLike<unknown>][] = [
    ['productNames', model.productNames],
    ['peerShares', model.peerShares],
    ['demand', model.demand],
    ['habitual.recentShare', model.habitual.recentShare],
    ['extension.quantities', model.extension.quantities],
    ...(model.productRefs ? [['productRefs', model.productRefs] as [string, ArrayLike<unknown>]] : []),
  ];
  for (const [field, xs] of perProduct) {
    if (xs?.length !== n) throw new EngineError('MODEL_FORMAT', `${source}: ${field} has ${xs?.length} entries for ${n} products`);
  }
  return model;
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
