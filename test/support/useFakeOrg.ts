import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { FakeOrg, fakeOrgHandlers, seedOrg, smallSeed, type SeedIds } from '../../fake-org/index.js';

/** The fake org of the current test, fresh for each: read its fields inside tests. */
export interface FakeOrgFixture {
  org: FakeOrg;
  ids: SeedIds;
  server: ReturnType<typeof setupServer>;
}

/**
 * For a test file: msw answers the fake org's instance URL from a new fake org, seeded with the
 * small seed, before each test (`then` adds records to it first, e.g. rules); an unhandled request
 * fails the test.
 */
export function useFakeOrg(then: (org: FakeOrg, ids: SeedIds) => void = () => {}): FakeOrgFixture {
  const server = setupServer();
  const fixture = { server } as FakeOrgFixture;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  beforeEach(() => {
    fixture.org = new FakeOrg();
    fixture.ids = seedOrg(fixture.org.store, smallSeed());
    server.use(...fakeOrgHandlers(fixture.org));
    then(fixture.org, fixture.ids);
  });
  return fixture;
}
