import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SessionInfo } from './actor.ts';
import { SessionCache } from './session-cache.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const session = (id: string, expiresAt = new Date('2026-03-01T22:00:00Z')): SessionInfo => ({
  actor: { id: 'acc-1', email: 'a@example.org', name: 'A', role: 'applicant' },
  sessionId: id,
  csrfToken: 'csrf',
  expiresAt,
});

function listeningCache() {
  let clock = 0;
  const cache = new SessionCache(() => clock);
  cache.setListening(true);
  return { cache, advance: (ms: number) => (clock += ms) };
}

describe('the session cache', () => {
  it('keeps a looked-up session until it is heard to have ended', () => {
    const { cache } = listeningCache();
    cache.remember('s1', session('s1'), cache.ticket());
    assert.equal(cache.get('s1', NOW)?.sessionId, 's1');
    cache.heard('s1');
    assert.equal(cache.get('s1', NOW), undefined);
  });

  it('does not keep what a lookup read while a session ended: the row may be gone', () => {
    const { cache } = listeningCache();
    const ticket = cache.ticket();
    cache.heard('s1'); // the sign-out's notification arrives before the lookup's answer
    cache.remember('s1', session('s1'), ticket);
    assert.equal(cache.get('s1', NOW), undefined);
  });

  it('is not used while not listening, and starts again empty when listening again', () => {
    const { cache } = listeningCache();
    cache.remember('s1', session('s1'), cache.ticket());
    cache.setListening(false);
    assert.equal(cache.get('s1', NOW), undefined, 'the listener lost its connection');
    cache.remember('s1', session('s1'), cache.ticket());
    cache.setListening(true);
    assert.equal(cache.get('s1', NOW), undefined, 'nothing kept from before');
  });

  it('forgets a session at its expiry and after the time to live', () => {
    const { cache, advance } = listeningCache();
    cache.remember('s1', session('s1', new Date(NOW.getTime() + 1000)), cache.ticket());
    assert.ok(cache.get('s1', NOW));
    assert.equal(cache.get('s1', new Date(NOW.getTime() + 1000)), undefined, 'expired');
    cache.remember('s2', session('s2'), cache.ticket());
    advance(30_000);
    assert.equal(cache.get('s2', NOW), undefined, 'looked up too long ago');
  });

  it('tells who waits for a notice when it is heard, and not before', async () => {
    const { cache } = listeningCache();
    let done = false;
    const waiting = cache.expectNotice('after x', 60_000).then(() => {
      done = true;
    });
    cache.heard('after y');
    await Promise.resolve();
    assert.equal(done, false);
    cache.heard('after x');
    await waiting;
    assert.equal(done, true);
  });
});
