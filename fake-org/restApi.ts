import type { Answer } from './Answer.js';
import { bulkApi, isBulkPath } from './bulkApi.js';
import { dataApi } from './dataApi.js';
import { FakeOrgError } from './FakeOrgError.js';
import type { FakeOrg } from './FakeOrg.js';
import { answerAuth } from './oauth.js';

export { QUERY_BATCH } from './queryPages.js';
export { COMPOSITE_LIMIT, COMPOSITE_QUERY_LIMIT, COLLECTION_LIMIT } from './composite.js';

const HTML_ERROR = '<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>';

/**
 * The fake org's API as one function from a `Request` to a `Response`, for msw handlers and the
 * HTTP server alike: the data API under `/services/data/vXX.X/` (see `dataApi`), Bulk API 2.0
 * under its `jobs/` (see `bulkApi`), OAuth's token and
 * userinfo, and SOAP login. Every data request needs a session the org issued (401
 * `INVALID_SESSION_ID` otherwise) from a user with API Enabled (403 `API_CURRENTLY_DISABLED`
 * otherwise) and runs as that session's user. Faults fire first. An
 * unexpected exception answers 500 `UNKNOWN_EXCEPTION` (logged without the request's headers):
 * no request stops the server.
 */
export function restApi(org: FakeOrg): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const match = /^\/services\/data\/v(\d+\.\d+)(\/.*)?$/.exec(url.pathname);
    const path = (match?.[2] ?? url.pathname) + url.search;
    let answer: Answer;
    try {
      if (org.faults.latencyMs) await new Promise((r) => setTimeout(r, org.faults.latencyMs));
      answer = await answerRequest(org, request, match, url);
    } catch (error) {
      if (error instanceof FakeOrgError) answer = { status: error.status, body: error.body() };
      else {
        console.error(`fake org: unexpected error answering ${request.method} ${url.pathname}:`, error instanceof Error ? error.stack : error);
        answer = { status: 500, body: [{ errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred. Please include this ErrorId if you contact support: fake-org' }] };
      }
    }
    org.requests.push({ method: request.method, path, status: answer.status });
    return toResponse(answer);
  };
}

function toResponse(answer: Answer): Response {
  if (answer.text) return new Response(answer.text.content, { status: answer.status, headers: { ...answer.headers, 'content-type': answer.text.contentType } });
  if (answer.bytes) return new Response(answer.bytes, { status: answer.status, headers: { 'content-type': 'application/octet-stream' } });
  return answer.body === undefined
    ? new Response(null, { status: answer.status })
    : new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json;charset=UTF-8' } });
}

async function answerRequest(org: FakeOrg, request: Request, match: RegExpExecArray | null, url: URL): Promise<Answer> {
  if (org.fire('htmlError')) return { status: 503, text: { contentType: 'text/html', content: HTML_ERROR } };
  const userOf = () => sessionUser(org, request);
  if (!match) {
    const auth = await answerAuth(org, request, url, userOf);
    if (auth) return auth;
  }
  const userId = userOf();
  // As Salesforce: a user whose profile and permission sets do not grant API Enabled cannot use the API.
  if (!org.accessOf(userId).hasUserPermission('ApiEnabled')) throw new FakeOrgError('API_CURRENTLY_DISABLED', 'API is disabled for this User', 403, null);
  if (org.fire('requestLimit')) throw new FakeOrgError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.', 403, null);
  if (!match) return { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] };
  if (isBulkPath(match[2] ?? '')) {
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    return org.asUser(userId, () => bulkApi(org)(request.method, match[2]!, url.searchParams, text, match[1]!));
  }
  let body: unknown;
  if (request.method === 'POST' || request.method === 'PATCH') {
    try {
      body = await request.json();
    } catch {
      throw new FakeOrgError('JSON_PARSER_ERROR', 'The request body is not valid JSON', 400);
    }
  }
  // Synchronous from here: no other request runs while this one acts as its user.
  return org.asUser(userId, () => dataApi(org)(request.method, match[2] ?? '/', url.searchParams, body));
}

/** The user of the request's session; 401 `INVALID_SESSION_ID` for a token the org did not issue, one expired, or the fault. */
function sessionUser(org: FakeOrg, request: Request): string {
  const user = org.sessions.userOf(request.headers.get('authorization'));
  if (org.fire('expiredSession')) throw new FakeOrgError('INVALID_SESSION_ID', 'Session expired or invalid', 401, null);
  return 'userId' in user ? user.userId : org.store.userId!;
}
