import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { poolSize, WorkersSettingError, workerCount } from './workers.ts';

const PG = { DATABASE_URL: 'postgres://postgres@127.0.0.1/alliances' };

describe('the number of server processes (WORKERS)', () => {
  it('defaults to one per core on PostgreSQL and to one on PGlite', () => {
    assert.equal(workerCount(PG, 4), 4);
    assert.equal(workerCount({}, 4), 1);
    assert.equal(workerCount({ ...PG, WORKERS: '' }, 2), 2);
  });

  it('follows WORKERS on PostgreSQL', () => {
    assert.equal(workerCount({ ...PG, WORKERS: '3' }, 2), 3);
    assert.equal(workerCount({ ...PG, WORKERS: '1' }, 8), 1);
    assert.equal(workerCount({ WORKERS: '1' }, 8), 1);
  });

  it('refuses more than one on PGlite, and what is not a whole number from 1, naming the setting', () => {
    assert.throws(
      () => workerCount({ WORKERS: '2' }, 2),
      (e: Error) => {
        assert.ok(e instanceof WorkersSettingError);
        assert.match(e.message, /WORKERS=2 needs PostgreSQL/);
        return true;
      },
    );
    for (const bad of ['0', '-1', '1.5', 'two']) {
      assert.throws(() => workerCount({ ...PG, WORKERS: bad }, 2), /WORKERS: expected a whole number from 1/);
    }
  });
});

describe('the PostgreSQL connections per process (DATABASE_POOL_SIZE)', () => {
  it('leaves the default when unset, follows a whole number, refuses anything else', () => {
    assert.equal(poolSize({}), undefined);
    assert.equal(poolSize({ DATABASE_POOL_SIZE: '30' }), 30);
    assert.throws(() => poolSize({ DATABASE_POOL_SIZE: '0' }), /DATABASE_POOL_SIZE: expected a whole number/);
  });
});
