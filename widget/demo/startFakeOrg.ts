import { setupWorker } from 'msw/browser';
import { FakeOrg } from '../../fake-org/FakeOrg.js';
import { fakeOrgHandlers } from '../../fake-org/handlers.js';
import { seedLinesFromCsv } from '../../fake-org/seed/seedLinesFromCsv.js';
import { seedModelLibrary } from '../../fake-org/seed/seedModelLibrary.js';
import { seedGuide } from '../../fake-org/seed/seedGuide.js';
import { seedOrg } from '../../fake-org/seed/seedOrg.js';
import { seedContacts } from '../../fake-org/seed/seedContacts.js';
import { decodeAccountInsight, parseQuestionnaire } from '../../engine/index.js';
import { seedDemoExamples } from './seedDemoExamples.js';
import { MODEL_FILE } from '../../connector/OrgSchema.js';
import { utf8Base64 } from '../../connector/utf8Base64.js';
import { insightRow } from '../../connector/saveInsights.js';
import { PACKAGE_OBJECTS } from '../../connector/packageSchema.js';

/** Where `npm start` puts the demo's data beside the page: the shared order file and its prepared model. */
const DATA = './demo-data';

/**
 * The demo's Salesforce: the fake org in this page, seeded with the shared order data and its
 * prepared model and account insights (as an org has it after `optimal-order prepare` and the admin guide: the file in
 * the model library, pinned with the integration user in the engine settings), answering the REST
 * API at this page's origin through msw's service worker, which also sees the engine worker's
 * requests. The running user (an administrator) is the integration user here; `token` is its session.
 * It is configured as the admin guide says, with the example rules, promotions and unit costs
 * (`seedDemoExamples`) and the guided-selling questionnaire and product attributes (`seedGuide`), and its clock runs on the demo's day (`today`, `YYYY-MM-DD`): a proposal
 * logged now is dated that day, as the rest of the demo is.
 */
export async function startFakeOrg(today: string): Promise<{ org: FakeOrg; token: string }> {
  const [csv, model, insights, rules, promotions, questionnaire] = await Promise.all([
    fetch(`${DATA}/orders.csv.gzip`).then(gunzipText),
    fetch(`${DATA}/model.json`).then((r) => r.text()),
    fetch(`${DATA}/accounts.jsonl.gzip`).then(gunzipText),
    fetch(`${DATA}/rules.json`).then(json),
    fetch(`${DATA}/promotions.json`).then(json),
    fetch(`${DATA}/questionnaire.json`).then(json),
  ]);
  const org = new FakeOrg({ clock: demoClock(today) });
  const { store } = org;
  const seeded = seedOrg(store, seedLinesFromCsv(csv));
  // Contacts for every account (a primary one where there are several): campaigns add them as members.
  seedContacts(store, seeded.accounts.values());
  seedDemoExamples(store, rules as Record<string, unknown>, promotions as Record<string, unknown>[]);
  // Guided selling as an admin sets it up: attributes in Product2 fields, the example questionnaire as custom metadata.
  seedGuide(store, parseQuestionnaire(questionnaire, 'the example questionnaire'));
  const { library, setting } = seedModelLibrary(store, store.userId!, [], { OO_Currency__c: 'GBP' });
  const version = store.create('ContentVersion', { Title: MODEL_FILE.title, PathOnClient: MODEL_FILE.pathOnClient, VersionData: utf8Base64(model), FirstPublishLocationId: library });
  store.update('OO_EngineSetting__mdt', setting, { OO_ModelDocumentId__c: version.ContentDocumentId });
  // Each account's insight, as `prepare` upserts them: a child of the account, read with its view.
  for (const line of insights.split('\n')) if (line) store.create(PACKAGE_OBJECTS.accountInsight.object, insightRow(decodeAccountInsight(line, 'the demo’s account insights')));
  await setupWorker(...fakeOrgHandlers(org, location.origin)).start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
  return { org, token: org.issueSession() };
}

/** The demo's one clock: its day, from 09:00 UTC, running as real time runs from the page's start. */
export function demoClock(today: string): () => number {
  const start = Date.parse(`${today}T09:00:00Z`);
  if (Number.isNaN(start)) throw new Error(`The demo's day '${today}' is not a YYYY-MM-DD day`);
  const started = Date.now();
  return () => start + (Date.now() - started);
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`The demo data is missing (${response.url}: ${response.status}); run npm start`);
  return response.json();
}

async function gunzipText(response: Response): Promise<string> {
  if (!response.ok) throw new Error(`The demo data is missing (${response.url}: ${response.status}); run npm start`);
  return new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
}
