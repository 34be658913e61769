/**
 * kill -9 in the middle of an upload: a real server process receives half of a Part B and dies.
 * After the restart no file is attached to the proposal, and the half-written content is gone
 * (the start removes every upload that never finished). PGlite in a folder; the database store.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PDFDocument } from 'pdf-lib';
import { openDatabase } from '../../src/server/db/open-database.ts';
import { HttpClient } from '../support/http-client.ts';
import { removePackageFiles } from '../support/package-files.ts';
import { DEMO_PASSWORD } from '../support/platform.ts';
import { eligibleLot1Proposal } from '../support/proposals.ts';
import { startServer } from '../support/server-process.ts';

/** A valid PDF padded to about `bytes` (a long comment after its end keeps it readable). */
async function largePdf(bytes: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  const head = Buffer.from(await pdf.save());
  return Buffer.concat([head, Buffer.from('\n%'), Buffer.alloc(bytes - head.length, 0x20)]);
}

describe('kill -9 during an upload, PGlite in a folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliances-upload-crash-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves no file attached and no half-written content after the restart', async () => {
    const first = await startServer({ dataDir });
    let proposalId: string;
    let client: HttpClient;
    try {
      client = await new HttpClient(first.url).signIn('coordinator@demo.alliances.example', DEMO_PASSWORD);
      proposalId = await eligibleLot1Proposal(client, 'demo');
      // Its package as a new draft's: the interrupted Part B is the only upload.
      await removePackageFiles(client, proposalId);
      const file = await largePdf(4 * 1024 * 1024);
      const url = new URL(`/api/v1/proposals/${proposalId}/files?kind=part-b&name=part-b.pdf`, first.url);
      const req = request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/pdf',
          'content-length': String(file.length),
          cookie: client.cookie!,
          'x-csrf-token': client.csrfToken!,
        },
      });
      req.on('error', () => undefined);
      // Half of the file, in pieces, so that some chunks reach the database before the kill.
      const half = file.length / 2;
      for (let at = 0; at < half; at += 256 * 1024) {
        req.write(file.subarray(at, Math.min(at + 256 * 1024, half)));
        await sleep(50);
      }
      await sleep(1000);
      const status = await first.kill9();
      assert.equal(status.signal, 'SIGKILL');
      req.destroy();
    } finally {
      await first.kill9();
    }
    const second = await startServer({ dataDir });
    try {
      const again = client.sameSessionOn(second.url);
      const list = await again.get(`/api/v1/proposals/${proposalId}/files`);
      assert.equal(list.status, 200, JSON.stringify(list.body));
      assert.deepEqual(list.body.files, [], 'no file is attached to the proposal');
      assert.match(second.output(), /Removed 1 unfinished upload\(s\)/, 'the half-written upload was there');
    } finally {
      await second.stop();
    }
    const database = await openDatabase({ dataDir });
    try {
      // The demo draft's files, which the seed uploaded, stay; nothing else does.
      const files = await database.db
        .selectFrom('proposal_files')
        .select(['proposal_id', 'storage_key'])
        .execute();
      const kept = new Set(files.map((f) => f.storage_key));
      const objects = await database.db.selectFrom('file_objects').select('storage_key').execute();
      const chunks = await database.db.selectFrom('file_chunks').select('storage_key').execute();
      assert.equal(files.filter((f) => f.proposal_id === proposalId!).length, 0);
      assert.deepEqual(
        objects.filter((o) => !kept.has(o.storage_key)),
        [],
        'the unfinished upload was removed on the restart',
      );
      assert.deepEqual(
        chunks.filter((c) => !kept.has(c.storage_key)),
        [],
        'and its chunks with it',
      );
    } finally {
      await database.close();
    }
  });
});
