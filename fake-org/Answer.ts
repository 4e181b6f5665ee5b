import { FakeOrgError } from './FakeOrgError.js';

/** A JSON value as a request body or an answer. */
export type Json = unknown;

/** What a REST call answers before it becomes a `Response`. */
export interface Answer {
  status: number;
  body?: Json;
  /** A binary answer (a file's bytes), sent as `application/octet-stream`. */
  bytes?: Uint8Array<ArrayBuffer>;
  /** A text answer with its content type (SOAP, an HTML error page, Bulk API CSV). */
  text?: { contentType: string; content: string };
  /** Headers besides the content type (Bulk API's `Sforce-Locator`, `Sforce-NumberOfRecords`). */
  headers?: Record<string, string>;
}

/** 404 `NOT_FOUND`, Salesforce's answer for a resource (or an sObject type) that does not exist or is not visible. */
export function notFound(): FakeOrgError {
  return new FakeOrgError('NOT_FOUND', 'The requested resource does not exist', 404, null);
}

/** The body as a JSON object, or `JSON_PARSER_ERROR`. */
export function asObject(body: Json): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new FakeOrgError('JSON_PARSER_ERROR', 'Expected a JSON object', 400);
  return body as Record<string, unknown>;
}

/** 405 `METHOD_NOT_ALLOWED` in Salesforce's words, naming the methods the resource takes. */
export function methodNotAllowed(method: string, allowed: readonly string[]): FakeOrgError {
  return new FakeOrgError('METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(',')}`, 405, null);
}
