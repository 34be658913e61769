/**
 * An upload to the S3-compatible store that fails half-way leaves nothing behind: a damaged file
 * is deleted once it is refused; a file that grows over the call's size limit, and one whose
 * sender goes away in the middle, have their multipart upload aborted, so neither an object nor
 * a part stays in the store, and no file object row in the database. Against s3rver, started here.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { TestClient } from '../support/client.ts';
import { startObjectStore, type TestObjectStore } from '../support/object-store.ts';
import { pdfOfPages } from '../support/package-files.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';

const MB = 1024 * 1024;

describe('uploads that fail half-way, S3 store', () => {
  let store: TestObjectStore;
  let platform: TestPlatform;
  let coordinator: TestClient;
  let proposalId: string;
  let s3: S3Client;
  let limit: number;
  let port: number;

  before(async () => {
    store = await startObjectStore();
    platform = await testPlatform({ s3: store.settings });
    coordinator = await platform.as('coordinator');
    const org = (await coordinator.get('/api/v1/organisations?pic=999100001')).body[0];
    const created = await coordinator.post('/api/v1/proposals', {
      callId: 'demo',
      lot: 'lot1',
      organisationId: org.id,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    proposalId = created.body.id;
    limit = platform.deps.definitions.calls['2026']!.submissionPackage.maxFileBytes.value;
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    port = (platform.app.server.address() as AddressInfo).port;
    s3 = new S3Client({
      endpoint: store.settings.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: {
        accessKeyId: store.settings.accessKeyId,
        secretAccessKey: store.settings.secretAccessKey,
      },
    });
  });
  after(async () => {
    s3?.destroy();
    await platform?.close();
    await store?.close();
  });

  const objectKeys = async () =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: store.settings.bucket }))).Contents ?? [])
      .map((o) => o.Key!)
      .sort();
  const rows = async () =>
    (await platform.deps.db.selectFrom('file_objects').select('storage_key').execute()).length;
  const uploadUrl = (name: string) =>
    `/api/v1/proposals/${proposalId}/files?${new URLSearchParams({ kind: 'part-b', name })}`;

  /**
   * Sends a file of `totalBytes` over HTTP in 1 MB chunks, as a network delivers it; with
   * `goAwayAfter`, the sender goes away once that many bytes are sent and the store has begun
   * a multipart upload. Resolves with the answer's status, or 0 when the sender went away.
   */
  async function send(name: string, totalBytes: number, goAwayAfter?: number): Promise<number> {
    const begun = store.multipartUploads.size;
    const head = await pdfOfPages(1);
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: uploadUrl(name),
      // A connection of its own: one whose upload was cut off is not handed to the next.
      agent: false,
      headers: {
        'content-type': 'application/octet-stream',
        cookie: coordinator.cookie!,
        'x-csrf-token': coordinator.csrfToken!,
      },
    });
    let answered = false;
    const answer = new Promise<number>((resolve) => {
      req.on('response', (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(0));
    });
    for (let sent = 0; sent < totalBytes && !answered; sent += MB) {
      const size = Math.min(MB, totalBytes - sent);
      const chunk =
        sent === 0 ? Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]) : Buffer.alloc(size, 0x20);
      if (!req.write(chunk)) await Promise.race([new Promise((r) => req.once('drain', r)), answer]);
      if (goAwayAfter !== undefined && sent + size >= goAwayAfter) {
        for (let waited = 0; store.multipartUploads.size === begun && waited < 20_000; waited += 50)
          await sleep(50);
        assert.ok(store.multipartUploads.size > begun, 'a multipart upload was begun');
        req.destroy();
        return 0;
      }
    }
    req.end();
    return answer;
  }

  /** Waits until every multipart upload begun since `begun` is aborted and the rows are back to `count`. */
  async function settled(begun: number, count: number): Promise<string[]> {
    const ids = [...store.multipartUploads.keys()].slice(begun);
    for (let waited = 0; waited < 20_000; waited += 50) {
      if (ids.every((id) => store.abortedUploads.includes(id)) && (await rows()) === count) break;
      await sleep(50);
    }
    return ids;
  }

  it('deletes a damaged file from the store once it is refused', async () => {
    const [keys, count] = [await objectKeys(), await rows()];
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41)]);
    const res = await coordinator.request('POST', uploadUrl('damaged.pdf'), damaged, {
      'content-type': 'application/octet-stream',
    });
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.error, 'damaged-file');
    assert.deepEqual(await objectKeys(), keys, 'no object left in the store');
    assert.equal(await rows(), count, 'no file object row left');
  });

  it('aborts the multipart upload of a file that grows over the size limit: no part, no object', async () => {
    const [keys, count, begun] = [await objectKeys(), await rows(), store.multipartUploads.size];
    assert.equal(await send('too-large.pdf', limit + 2 * MB), 413);
    const ids = await settled(begun, count);
    assert.ok(ids.length > 0, 'the store was sent parts before the limit was passed');
    for (const id of ids) assert.ok(store.abortedUploads.includes(id), `multipart upload ${id} aborted`);
    assert.deepEqual(store.pendingUploads(), [], 'no part left in the store');
    assert.deepEqual(await objectKeys(), keys, 'no object left in the store');
    assert.equal(await rows(), count, 'no file object row left');
  });

  it('aborts the multipart upload when the applicant goes away half-way: no part, no object', async () => {
    const [keys, count, begun] = [await objectKeys(), await rows(), store.multipartUploads.size];
    // Seven megabytes sent: the store has begun a multipart upload and holds its first part.
    assert.equal(await send('half.pdf', limit, 7 * MB), 0);
    const ids = await settled(begun, count);
    assert.ok(ids.length > 0);
    for (const id of ids) assert.ok(store.abortedUploads.includes(id), `multipart upload ${id} aborted`);
    assert.deepEqual(store.pendingUploads(), [], 'no part left in the store');
    assert.deepEqual(await objectKeys(), keys, 'no object left in the store');
    assert.equal(await rows(), count, 'no file object row left');
  });
});
