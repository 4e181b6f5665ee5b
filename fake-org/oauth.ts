import type { Answer } from './Answer.js';
import { FakeOrgError } from './FakeOrgError.js';
import { FAKE_API_VERSION, type FakeOrg } from './FakeOrg.js';

/** The identity URL of a user, as OAuth's `id` and userinfo's `sub` give it. */
function identityUrl(org: FakeOrg, origin: string, userId: string): string {
  return `${origin}/id/${org.organizationId}/${userId}`;
}

/**
 * `POST /services/oauth2/token`, the username-password flow: `grant_type=password`, any
 * `client_id`, a user's username and password. Answers an access token (a new session of that user)
 * with the instance URL, or OAuth's `invalid_grant` / `unsupported_grant_type` errors.
 */
export function oauthToken(org: FakeOrg, form: URLSearchParams, origin: string): Answer {
  const error = (code: string, description: string) => ({ status: 400, body: { error: code, error_description: description } });
  if (form.get('grant_type') !== 'password') return error('unsupported_grant_type', 'grant type not supported');
  if (!form.get('client_id')) return error('invalid_client_id', 'client identifier invalid');
  const userId = org.login(form.get('username') ?? '', form.get('password') ?? '');
  if (!userId) return error('invalid_grant', 'authentication failure');
  const token = org.issueSession(userId);
  const signature = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
  return { status: 200, body: { access_token: token, instance_url: origin, id: identityUrl(org, origin, userId), token_type: 'Bearer', issued_at: String(Date.now()), signature } };
}

/** `GET /services/oauth2/userinfo`: the session's user, OpenID Connect's claims and Salesforce's ids. */
export function userInfo(org: FakeOrg, userId: string, origin: string): Answer {
  const user = org.store.get(userId)!;
  return {
    status: 200,
    body: {
      sub: identityUrl(org, origin, userId),
      user_id: userId,
      organization_id: org.organizationId,
      preferred_username: user.Username,
      name: user.Name,
      email: user.Email,
      active: true,
      user_type: 'STANDARD',
    },
  };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `POST /services/Soap/u/{version}`: the partner API's `login`, what jsforce's
 * `conn.login(username, password)` sends. Answers `loginResponse` (server URL, session id, user
 * and org ids), or a SOAP fault `INVALID_LOGIN` with status 500, as Salesforce does.
 */
export function soapLogin(org: FakeOrg, xml: string, origin: string, version: string): Answer {
  const field = (name: string) => unescapeXml(new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(xml)?.[1] ?? '');
  const userId = org.login(field('username'), field('password'));
  const envelope = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com" xmlns:sf="urn:fault.partner.soap.sforce.com"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
  if (!userId) {
    const fault = '<soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring></soapenv:Fault>';
    return { status: 500, text: { contentType: 'text/xml;charset=UTF-8', content: envelope(fault) } };
  }
  const user = org.store.get(userId)!;
  const result = [
    `<metadataServerUrl>${origin}/services/Soap/m/${version}/${org.organizationId}</metadataServerUrl>`,
    '<passwordExpired>false</passwordExpired><sandbox>false</sandbox>',
    `<serverUrl>${origin}/services/Soap/u/${version}/${org.organizationId}</serverUrl>`,
    `<sessionId>${escapeXml(org.issueSession(userId))}</sessionId>`,
    `<userId>${userId}</userId>`,
    `<userInfo><organizationId>${org.organizationId}</organizationId><userFullName>${escapeXml(String(user.Name))}</userFullName><userId>${userId}</userId><userName>${escapeXml(String(user.Username))}</userName></userInfo>`,
  ].join('');
  return { status: 200, text: { contentType: 'text/xml;charset=UTF-8', content: envelope(`<loginResponse><result>${result}</result></loginResponse>`) } };
}

/** The answer for a path under `/services/` that is not the data API: OAuth and SOAP login; null when neither. */
export async function answerAuth(org: FakeOrg, request: Request, url: URL, userOf: () => string): Promise<Answer | null> {
  const { pathname, origin } = url;
  if (pathname === '/services/oauth2/token') {
    if (request.method !== 'POST') throw new FakeOrgError('METHOD_NOT_ALLOWED', `HTTP Method '${request.method}' not allowed. Allowed are POST`, 405, null);
    return oauthToken(org, new URLSearchParams(await request.text()), origin);
  }
  if (pathname === '/services/oauth2/userinfo') return userInfo(org, userOf(), origin);
  const soap = /^\/services\/Soap\/u\/(\d+\.\d+)$/.exec(pathname);
  if (soap && request.method === 'POST') return soapLogin(org, await request.text(), origin, soap[1] ?? FAKE_API_VERSION);
  return null;
}
