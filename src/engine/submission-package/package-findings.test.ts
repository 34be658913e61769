import assert from 'node:assert/strict';
import { it } from 'node:test';
import { loadRuleBook } from '../../node/load-rule-book.ts';
import { pageRange, partBPageLimitFinding } from './page-limit.ts';

const call = loadRuleBook().calls['2026']!;

it('names the pages of Part B over the limit, and finds nothing at the limit', () => {
  assert.equal(partBPageLimitFinding(120, call), undefined);
  const over = partBPageLimitFinding(124, call)!;
  assert.equal(over.severity, 'error');
  assert.equal(over.message.en, 'Part B has 124 pages: pages 121–124 are over the limit of 120.');
  assert.equal(over.message.da, 'Del B har 124 sider: siderne 121–124 er over grænsen på 120.');
  assert.equal(over.basis.definedAt, 'rules/calls/2026.yaml#submissionPackage.partBMaxPages');
  assert.equal(
    partBPageLimitFinding(121, call)!.message.en,
    'Part B has 121 pages: page 121 is over the limit of 120.',
  );
  const one = partBPageLimitFinding(121, call)!;
  assert.equal(one.message.da, 'Del B har 121 sider: side 121 er over grænsen på 120.');
  assert.equal(one.messageKey, 'package.part-b-page-limit.failed');
  assert.equal(one.fixKey, 'package.part-b-page-limit.fix');
  assert.equal(one.fix!.en, 'Shorten Part B to at most 120 pages and upload it again.');
  assert.equal(one.fix!.da, 'Forkort del B til højst 120 sider, og upload den igen.');
  assert.deepEqual(one.params, { pages: 121, limit: 120, over: '121' });
  assert.equal(pageRange(5, 5), '5');
});

it('refuses a call definition whose Part B page limit has no source, naming where', async () => {
  const { readRuleFiles } = await import('../../node/load-rule-book.ts');
  const { buildRuleBook } = await import('../call-definition/build.ts');
  const files = readRuleFiles();
  const year = files.calls.find((f) => f.file.endsWith('2026.yaml'))!;
  const data = structuredClone(year.data) as {
    submissionPackage: { partBMaxPages: Record<string, unknown> };
  };
  delete data.submissionPackage.partBMaxPages.source;
  assert.throws(
    () => buildRuleBook({ ...files, calls: [{ ...year, data }] }),
    (e: Error & { problems?: string[] }) =>
      (e.problems ?? [e.message]).some((p) => p.includes('submissionPackage.partBMaxPages.source')),
  );
});
