import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EDITOR_TABS,
  EXPERT_TABS,
  homeOf,
  hrefOf,
  OFFICER_TABS,
  parseHash,
  type Route,
  safeNext,
} from './routes.ts';

describe('hash routes', () => {
  const routes: Route[] = [
    { name: 'dashboard' },
    { name: 'sign-in' },
    { name: 'sign-in', next: '#/proposals/abc/budget' },
    { name: 'register', next: '#/invitations/tok' },
    { name: 'forgot-password' },
    { name: 'reset-password', token: 'Abc_123-xyz' },
    { name: 'new-proposal', callId: 'demo' },
    ...EDITOR_TABS.map((tab) => ({ name: 'proposal' as const, id: 'p-1', tab })),
    { name: 'proposal', id: 'p-1', tab: 'participants', field: 'participant:p3.eche' },
    { name: 'invitation', token: 'Abc_123-xyz' },
    { name: 'officer' },
    ...OFFICER_TABS.map((tab) => ({ name: 'officer-call' as const, callId: 'demo-closed', tab })),
    { name: 'expert' },
    ...EXPERT_TABS.map((tab) => ({ name: 'expert-proposal' as const, id: 'p-1', tab })),
    { name: 'admin' },
    { name: 'grants' },
    { name: 'grant', id: 'p-1' },
  ];

  for (const route of routes) {
    it(`${hrefOf(route)} reads back as the same route`, () => {
      assert.deepEqual(parseHash(hrefOf(route)), route);
    });
  }

  it("opens a call's evaluation on its screening and an assigned proposal on its text", () => {
    assert.deepEqual(parseHash('#/officer/calls/2025'), {
      name: 'officer-call',
      callId: '2025',
      tab: 'screening',
    });
    assert.deepEqual(parseHash('#/expert/proposals/x'), {
      name: 'expert-proposal',
      id: 'x',
      tab: 'proposal',
    });
    assert.equal(parseHash('#/officer/calls/2025/nonsense').name, 'not-found');
  });

  it('reads the link of an invitation e-mail', () => {
    assert.deepEqual(parseHash('#/invitations/9f8e7d6c'), { name: 'invitation', token: '9f8e7d6c' });
  });

  it('opens a proposal on its consortium when no tab is named', () => {
    assert.deepEqual(parseHash('#/proposals/x'), { name: 'proposal', id: 'x', tab: 'consortium' });
  });

  it('keeps a field path with brackets and colons intact', () => {
    const route: Route = {
      name: 'proposal',
      id: 'x',
      tab: 'work-plan',
      field: 'work-plan.workPackages[1].leadParticipantId',
    };
    assert.deepEqual(parseHash(hrefOf(route)), route);
  });

  it('says what it does not know, rather than guessing', () => {
    assert.deepEqual(parseHash('#/proposals/x/nonsense'), {
      name: 'not-found',
      path: '/proposals/x/nonsense',
    });
    assert.deepEqual(parseHash('#/admin/more'), { name: 'not-found', path: '/admin/more' });
    assert.deepEqual(parseHash(''), { name: 'dashboard' });
  });

  it('sends each kind of account home', () => {
    assert.deepEqual(homeOf('applicant'), { name: 'dashboard' });
    assert.deepEqual(homeOf('officer'), { name: 'officer' });
    assert.deepEqual(homeOf('expert'), { name: 'expert' });
    assert.deepEqual(homeOf('admin'), { name: 'admin' });
  });

  it('follows ?next= only inside the app', () => {
    assert.equal(safeNext('#/proposals/a'), '#/proposals/a');
    assert.equal(safeNext('https://evil.example/'), undefined);
    assert.equal(safeNext('//evil.example'), undefined);
    assert.equal(safeNext(undefined), undefined);
  });
});
