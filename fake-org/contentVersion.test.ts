import { describe, expect, it } from 'vitest';
import { FAKE_API_VERSION, FakeOrg } from './FakeOrg.js';
import { restApi } from './restApi.js';

const base = `https://fake.test/services/data/v${FAKE_API_VERSION}`;

function setup() {
  const org = new FakeOrg();
  const api = restApi(org);
  const token = org.issueSession();
  const call = (method: string, path: string, body?: unknown) =>
    api(new Request(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }));
  const json = async (method: string, path: string, body?: unknown) => {
    const r = await call(method, path, body);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field below
    return { status: r.status, body: (await r.json()) as any };
  };
  const query = async (soql: string) => (await json('GET', `/query?q=${encodeURIComponent(soql)}`)).body;
  return { org, call, json, query };
}

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe('Salesforce Files in the fake org (ContentVersion)', () => {
  it('stores a file, finds its latest version by title, and gives its bytes back from the VersionData URL', async () => {
    const { call, json, query } = setup();
    const text = '{"model":"ñandú ✓"}';
    const created = await json('POST', '/sobjects/ContentVersion', { Title: 'Model', PathOnClient: 'model.json', VersionData: base64(text) });
    expect(created).toMatchObject({ status: 201, body: { success: true } });
    const id = created.body.id as string;
    expect(id).toMatch(/^068/);

    const found = await query("SELECT Id, ContentDocumentId, ContentSize, IsLatest, VersionData FROM ContentVersion WHERE Title = 'Model' AND IsLatest = true ORDER BY CreatedDate DESC LIMIT 1");
    expect(found.records).toHaveLength(1);
    const [v] = found.records;
    expect(v).toMatchObject({ Id: id, IsLatest: true, ContentSize: new TextEncoder().encode(text).length });
    expect(v.ContentDocumentId).toMatch(/^069/);
    // The bytes are never in a query or a record read: their URL is.
    expect(v.VersionData).toBe(`/services/data/v${FAKE_API_VERSION}/sobjects/ContentVersion/${id}/VersionData`);
    expect((await json('GET', `/sobjects/ContentVersion/${id}`)).body.VersionData).toBe(v.VersionData);

    const bytes = await call('GET', `/sobjects/ContentVersion/${id}/VersionData`);
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toBe('application/octet-stream');
    expect(new TextDecoder().decode(await bytes.arrayBuffer())).toBe(text);
  });

  it('makes a version given its document the latest one, the earlier no longer latest', async () => {
    const { org, json, query } = setup();
    const first = (await json('POST', '/sobjects/ContentVersion', { Title: 'Model', PathOnClient: 'model.json', VersionData: base64('one') })).body.id as string;
    const document = org.store.get(first)!.ContentDocumentId as string;
    const second = (await json('POST', '/sobjects/ContentVersion', { Title: 'Model', PathOnClient: 'model.json', VersionData: base64('two'), ContentDocumentId: document })).body.id as string;
    const latest = await query("SELECT Id FROM ContentVersion WHERE Title = 'Model' AND IsLatest = true");
    expect(latest.records.map((r: { Id: string }) => r.Id)).toEqual([second]);
    expect(org.store.get(first)!.IsLatest).toBe(false);
    expect(org.store.get(document)!.LatestPublishedVersionId).toBe(second);
    expect(org.store.count('ContentDocument')).toBe(1);
  });

  it('refuses bytes that are not base64, a missing file name, setting IsLatest, an unknown id', async () => {
    const { json } = setup();
    expect(await json('POST', '/sobjects/ContentVersion', { Title: 'M', PathOnClient: 'm.json', VersionData: 'not base64!' })).toMatchObject({ status: 400, body: [{ errorCode: 'JSON_PARSER_ERROR', fields: ['VersionData'] }] });
    expect(await json('POST', '/sobjects/ContentVersion', { Title: 'M', VersionData: base64('x') })).toMatchObject({ status: 400, body: [{ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['PathOnClient'] }] });
    expect(await json('POST', '/sobjects/ContentVersion', { Title: 'M', PathOnClient: 'm.json', VersionData: base64('x'), IsLatest: false })).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' }] });
    expect(await json('GET', '/sobjects/ContentVersion/068000000000001AAA/VersionData')).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
  });
});
