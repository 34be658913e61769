/**
 * Malformed input is refused with 400 and `problems[]` naming the field, and nothing is written:
 * the rows of every table are counted before and after each request.
 *
 * Every route that takes a body has a valid example here; from it the test makes the usual
 * mistakes (not JSON, not an object, an unknown field, each required field left out, each field
 * of the wrong type) and adds the route's own cases (numbers out of range, cents where whole euros
 * belong, references to things that do not exist). Every route with path parameters gets a value
 * that cannot be one; every route with a query string gets its own cases. The test fails when
 * the OpenAPI document shows a route with a body or a query string that the tables here miss.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestClient } from '../support/client.ts';
import { addPartner } from '../support/membership.ts';
import { DEMO_PASSWORD, type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, organisationByPic } from '../support/proposals.ts';
import { listRoutes, openApiRoutes } from '../support/routes.ts';
import { tableCounts } from '../support/tables.ts';

type Sender = 'anonymous' | 'coordinator' | 'partner1' | 'officer' | 'expert1' | 'admin';

interface Ctx {
  proposal: string;
  /** A proposal in the 2025 call, which has no Lot 3. */
  proposal2025: string;
  organisation: string;
  experts: Record<string, string>;
  exported: any;
  section(key: string, proposal?: string): Promise<{ version: number; data: any }>;
}

interface Case {
  what: string;
  body: (valid: any) => unknown;
  field: string;
}

interface BodyRoute {
  route: string;
  variant?: string;
  as: Sender;
  params?: (c: Ctx) => Record<string, string>;
  valid: (c: Ctx) => any;
  /** Fields the request cannot do without. */
  required: string[];
  /** Fields that take any JSON value (no wrong type to try). */
  anyType?: string[];
  /** The body is not a strict object: unknown fields are ignored, not refused. */
  lenient?: true;
  /** How the route names the body as a whole (the check names it as the command line does). */
  whole?: string;
  cases?: Case[];
}

const set = (path: string, value: unknown) => (valid: any) => {
  const copy = structuredClone(valid);
  const keys = path.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) node = node[k];
  node[keys.at(-1)!] = value;
  return copy;
};
const REASON = 'A reason long enough to be recorded.';
const checkExample = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../spec/examples/${name}`, import.meta.url), 'utf8'));
const section = (key: string, proposal?: (c: Ctx) => string) => async (c: Ctx) =>
  c.section(key, proposal?.(c));
const sectionParams =
  (key: string, proposal: (c: Ctx) => string = (c) => c.proposal) =>
  (c: Ctx) => ({ id: proposal(c), key });
const budgetLine = {
  personnel: { personMonths: 1, monthlyRate: 5000 },
  subcontracting: 0,
  travel: 0,
  equipment: 0,
  otherGoods: 0,
};

const BODY_ROUTES: BodyRoute[] = [
  {
    route: 'POST /api/v1/check',
    as: 'anonymous',
    valid: () => checkExample('lot1-eligible.json'),
    required: ['call', 'lot', 'participants'],
    lenient: true,
    whole: '(top level)',
    cases: [
      {
        what: 'the bad input of spec/examples',
        body: () => checkExample('bad-input.json'),
        field: 'durationMonths',
      },
    ],
  },
  {
    route: 'POST /api/v1/auth/register',
    as: 'anonymous',
    valid: () => ({ email: 'new-person@example.org', name: 'New Person', password: 'a-long-password-1' }),
    required: ['email', 'name', 'password'],
    cases: [
      { what: 'a short password', body: set('password', 'short'), field: 'password' },
      { what: 'no e-mail address', body: set('email', 'new-person'), field: 'email' },
      { what: 'an empty name', body: set('name', '   '), field: 'name' },
    ],
  },
  {
    route: 'POST /api/v1/auth/sign-in',
    as: 'anonymous',
    valid: () => ({ email: 'coordinator@demo.alliances.example', password: DEMO_PASSWORD }),
    required: ['email', 'password'],
    cases: [{ what: 'an empty password', body: set('password', ''), field: 'password' }],
  },
  {
    route: 'POST /api/v1/auth/password-reset/request',
    as: 'anonymous',
    valid: () => ({ email: 'coordinator@demo.alliances.example' }),
    required: ['email'],
    cases: [{ what: 'no e-mail address', body: set('email', 'coordinator'), field: 'email' }],
  },
  {
    route: 'POST /api/v1/auth/password-reset',
    as: 'anonymous',
    valid: () => ({ token: 'x'.repeat(43), password: 'a brand new password' }),
    required: ['token', 'password'],
    cases: [
      { what: 'a short password', body: set('password', 'short'), field: 'password' },
      { what: 'a common password', body: set('password', 'qwerty123456'), field: 'password' },
      { what: 'an empty token', body: set('token', ''), field: 'token' },
    ],
  },
  {
    route: 'POST /api/v1/auth/password',
    as: 'partner1',
    valid: () => ({ currentPassword: DEMO_PASSWORD, newPassword: 'a brand new password' }),
    required: ['currentPassword', 'newPassword'],
    cases: [
      { what: 'a short new password', body: set('newPassword', 'short'), field: 'newPassword' },
      { what: 'an empty current password', body: set('currentPassword', ''), field: 'currentPassword' },
    ],
  },
  {
    route: 'PUT /api/v1/auth/language',
    as: 'coordinator',
    valid: () => ({ language: 'da' }),
    required: ['language'],
    cases: [
      { what: 'a language the platform does not speak', body: set('language', 'de'), field: 'language' },
    ],
  },
  {
    route: 'POST /api/v1/organisations',
    as: 'coordinator',
    valid: () => ({
      legalName: 'Malformed Robotics AB',
      country: 'SE',
      type: 'enterprise',
      pic: null,
      city: 'Lund',
    }),
    required: ['legalName', 'country', 'type'],
    cases: [
      { what: 'a PIC of 5 digits', body: set('pic', '12345'), field: 'pic' },
      { what: 'a country name, not a code', body: set('country', 'Sweden'), field: 'country' },
      { what: 'an unknown type', body: set('type', 'castle'), field: 'type' },
      { what: 'a one-letter name', body: set('legalName', 'A'), field: 'legalName' },
    ],
  },
  {
    route: 'PATCH /api/v1/organisations/:id',
    as: 'admin',
    params: (c) => ({ id: c.organisation }),
    valid: () => ({ version: 1, city: 'Aarhus C' }),
    required: ['version'],
    cases: [
      { what: 'version 0', body: set('version', 0), field: 'version' },
      { what: 'an unknown validation status', body: set('validation', 'approved'), field: 'validation' },
    ],
  },
  {
    route: 'POST /api/v1/proposals',
    as: 'coordinator',
    valid: (c) => ({
      callId: 'demo',
      lot: 'lot1',
      organisationId: c.organisation,
      durationMonths: 24,
      acronym: 'NEW',
      title: 'New',
    }),
    required: ['callId', 'lot', 'organisationId'],
    cases: [
      { what: 'a duration of 121 months', body: set('durationMonths', 121), field: 'durationMonths' },
      { what: 'a duration of 0 months', body: set('durationMonths', 0), field: 'durationMonths' },
      { what: 'a duration of 24.5 months', body: set('durationMonths', 24.5), field: 'durationMonths' },
      { what: 'an acronym of 21 characters', body: set('acronym', 'A'.repeat(21)), field: 'acronym' },
      { what: 'a lot that does not exist', body: set('lot', 'lot4'), field: 'lot' },
      { what: 'a call the platform does not run', body: set('callId', 'no-such-call'), field: 'callId' },
      {
        what: 'an organisation not in the registry',
        body: set('organisationId', 'no-such-organisation'),
        field: 'organisationId',
      },
      {
        what: 'Lot 3 in a call without it',
        body: (v) => ({ ...v, callId: '2025', lot: 'lot3' }),
        field: 'lot',
      },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'general',
    as: 'coordinator',
    params: sectionParams('general'),
    valid: section('general'),
    required: ['version', 'data'],
    cases: [
      { what: 'version 0', body: set('version', 0), field: 'version' },
      { what: 'a version with decimals', body: set('version', 1.5), field: 'version' },
      {
        what: 'a requested grant in cents',
        body: set('data.requestedGrant', 1_000_000.5),
        field: 'data.requestedGrant',
      },
      {
        what: 'a negative requested grant',
        body: set('data.requestedGrant', -1),
        field: 'data.requestedGrant',
      },
      {
        what: 'a duration of 121 months',
        body: set('data.durationMonths', 121),
        field: 'data.durationMonths',
      },
      {
        what: 'an acronym of 21 characters',
        body: set('data.acronym', 'A'.repeat(21)),
        field: 'data.acronym',
      },
      { what: 'an unknown field in the section', body: set('data.colour', 'green'), field: 'data.colour' },
      {
        what: 'the title left out',
        body: (v) => ({ ...v, data: { ...v.data, title: undefined } }),
        field: 'data.title',
      },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'general of a call without Lot 3',
    as: 'coordinator',
    params: sectionParams('general', (c) => c.proposal2025),
    valid: section('general', (c) => c.proposal2025),
    required: [],
    cases: [
      { what: 'Lot 3 (a lot the call does not have)', body: set('data.lot', 'lot3'), field: 'data.lot' },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'consortium',
    as: 'coordinator',
    params: sectionParams('consortium'),
    valid: section('consortium'),
    required: [],
    cases: [
      {
        what: 'an unknown role',
        body: set('data.participants.0.role', 'sponsor'),
        field: 'data.participants[0].role',
      },
      {
        what: 'an unknown field on a participant',
        body: set('data.participants.1.budget', 5),
        field: 'data.participants[1].budget',
      },
      {
        what: 'an organisation that is not in the registry',
        body: (v) =>
          set('data.participants', [
            ...v.data.participants,
            { id: 'p9', organisationId: 'no-such-organisation', role: 'beneficiary' },
          ])(v),
        field: 'data.participants[8].organisationId',
      },
      {
        what: 'one organisation twice',
        body: (v) =>
          set('data.participants', [...v.data.participants, { ...v.data.participants[1], id: 'p9' }])(v),
        field: 'data.participants',
      },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'work-plan',
    as: 'coordinator',
    params: sectionParams('work-plan'),
    valid: section('work-plan'),
    required: [],
    cases: [
      {
        what: 'a lead who is not in the consortium',
        body: set('data.workPackages.1.leadParticipantId', 'p99'),
        field: 'data.workPackages[1].leadParticipantId',
      },
      {
        what: 'an end in month 121',
        body: set('data.workPackages.0.endMonth', 121),
        field: 'data.workPackages[0].endMonth',
      },
      {
        what: 'a deliverable of an unknown kind',
        body: set('data.workPackages.0.deliverables.0.kind', 'poem'),
        field: 'data.workPackages[0].deliverables[0].kind',
      },
      {
        what: 'two work packages numbered 1',
        body: set('data.workPackages.1.number', 1),
        field: 'data.workPackages',
      },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/presence',
    as: 'partner1',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ sections: ['budget:p2'] }),
    required: ['sections'],
    cases: [
      {
        what: 'a section key of 101 characters',
        body: set('sections', ['x'.repeat(101)]),
        field: 'sections[0]',
      },
      { what: 'an empty section key', body: set('sections', ['']), field: 'sections[0]' },
      {
        what: '201 sections',
        body: set(
          'sections',
          Array.from({ length: 201 }, (_, i) => `budget:p${i}`),
        ),
        field: 'sections',
      },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'budget of a partner',
    as: 'partner1',
    params: sectionParams('budget:p2'),
    valid: section('budget:p2'),
    required: [],
    cases: [
      { what: 'travel in cents', body: set('data.lines.wp1.travel', 5000.5), field: 'data.lines.wp1.travel' },
      {
        what: 'a monthly rate in cents',
        body: set('data.lines.wp2.personnel.monthlyRate', 5000.01),
        field: 'data.lines.wp2.personnel.monthlyRate',
      },
      {
        what: 'person-months with three decimals',
        body: set('data.lines.wp1.personnel.personMonths', 1.005),
        field: 'data.lines.wp1.personnel.personMonths',
      },
      {
        what: 'a negative amount',
        body: set('data.lines.wp1.equipment', -5),
        field: 'data.lines.wp1.equipment',
      },
      {
        what: 'more than EUR 100,000,000',
        body: set('data.lines.wp1.otherGoods', 100_000_001),
        field: 'data.lines.wp1.otherGoods',
      },
      {
        what: 'an amount as text',
        body: set('data.lines.wp1.travel', '5000'),
        field: 'data.lines.wp1.travel',
      },
      {
        what: 'an unknown cost category',
        body: set('data.lines.wp1.catering', 100),
        field: 'data.lines.wp1.catering',
      },
      {
        what: 'a line for a work package that does not exist',
        body: set('data.lines.wp9', budgetLine),
        field: 'data.lines.wp9',
      },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: "a participant's data",
    as: 'partner1',
    params: sectionParams('participant:p2'),
    valid: section('participant:p2'),
    required: [],
    cases: [
      {
        what: 'no e-mail address',
        body: set('data.contactEmail', 'jonas at example'),
        field: 'data.contactEmail',
      },
      { what: 'ECHE as text', body: set('data.eche', 'yes'), field: 'data.eche' },
    ],
  },
  {
    route: 'PUT /api/v1/proposals/:id/sections/:key',
    variant: 'an answer',
    as: 'coordinator',
    params: sectionParams('answers:relevance'),
    valid: section('answers:relevance'),
    required: [],
    cases: [
      { what: 'a number for the text', body: set('data.text', 42), field: 'data.text' },
      {
        what: 'more than 100,000 characters',
        body: set('data.text', 'x'.repeat(100_001)),
        field: 'data.text',
      },
    ],
  },
  {
    route: 'POST /api/v1/proposals/import',
    as: 'coordinator',
    valid: (c) => c.exported,
    required: [
      'format',
      'call',
      'lot',
      'durationMonths',
      'acronym',
      'title',
      'summary',
      'requestedGrant',
      'participants',
      'workPackages',
      'budget',
      'answers',
    ],
    anyType: ['budgetTotals'],
    cases: [
      { what: 'another format', body: set('format', 'alliances.proposal/0'), field: 'format' },
      { what: 'no participants', body: set('participants', []), field: 'participants' },
      {
        what: 'a PIC of 2 digits',
        body: set('participants.0.organisation.pic', '12'),
        field: 'participants[0].organisation.pic',
      },
      {
        what: 'a participant id with spaces',
        body: set('participants.1.id', 'p 2'),
        field: 'participants[1].id',
      },
      { what: 'a requested grant in cents', body: set('requestedGrant', 5.5), field: 'requestedGrant' },
      { what: 'travel in cents', body: set('budget.p2.wp1.travel', 10.5), field: 'budget.p2.wp1.travel' },
      { what: 'a call the platform does not run', body: set('call.id', 'no-such-call'), field: 'call.id' },
    ],
  },
  {
    route: 'POST /api/v1/proposals/:id/invitations',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ participantId: 'p4', email: 'someone@example.org' }),
    required: ['participantId', 'email'],
    cases: [
      { what: 'no e-mail address', body: set('email', 'someone'), field: 'email' },
      {
        what: 'a participant who is not in the consortium',
        body: set('participantId', 'p99'),
        field: 'participantId',
      },
    ],
  },
  {
    route: 'POST /api/v1/invitations/accept',
    as: 'partner1',
    valid: () => ({ token: 'a-token-of-twenty-chars' }),
    required: ['token'],
    cases: [{ what: 'a token of 5 characters', body: set('token', 'short'), field: 'token' }],
  },
  {
    route: 'POST /api/v1/admin/accounts',
    as: 'admin',
    valid: () => ({
      email: 'staff@example.org',
      name: 'Staff',
      role: 'officer',
      password: 'a-long-password-1',
    }),
    required: ['email', 'name', 'role', 'password'],
    cases: [
      { what: 'an unknown role', body: set('role', 'boss'), field: 'role' },
      { what: 'a short password', body: set('password', 'short'), field: 'password' },
    ],
  },
  {
    route: 'PUT /api/v1/evaluation/calls/:callId/settings',
    as: 'officer',
    params: () => ({ callId: 'demo' }),
    valid: () => ({
      version: 0,
      expertsPerProposal: 3,
      countryConflict: false,
      spreadPoints: 5,
      nearThresholdPoints: 1,
    }),
    required: ['version', 'expertsPerProposal', 'countryConflict', 'spreadPoints', 'nearThresholdPoints'],
    cases: [
      { what: '11 experts per proposal', body: set('expertsPerProposal', 11), field: 'expertsPerProposal' },
      { what: '0 experts per proposal', body: set('expertsPerProposal', 0), field: 'expertsPerProposal' },
      { what: 'a spread of 101 points', body: set('spreadPoints', 101), field: 'spreadPoints' },
      { what: 'version -1', body: set('version', -1), field: 'version' },
    ],
  },
  {
    route: 'POST /api/v1/evaluation/proposals/:id/screening',
    as: 'officer',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ decision: 'eligible', reason: REASON }),
    required: ['decision', 'reason'],
    cases: [
      { what: 'an unknown decision', body: set('decision', 'maybe'), field: 'decision' },
      { what: 'a reason of one word', body: set('reason', 'fine'), field: 'reason' },
    ],
  },
  {
    route: 'POST /api/v1/evaluation/experts',
    as: 'officer',
    valid: () => ({
      name: 'Expert Malformed',
      email: 'expert-malformed@example.org',
      country: 'SE',
      employerPic: null,
      topics: ['digital'],
      lots: ['lot1'],
      languages: ['en'],
      maxLoad: 3,
    }),
    required: ['name', 'email', 'country', 'employerPic', 'topics', 'lots', 'languages', 'maxLoad'],
    cases: [
      { what: 'a load of 101', body: set('maxLoad', 101), field: 'maxLoad' },
      { what: 'a load of 0', body: set('maxLoad', 0), field: 'maxLoad' },
      { what: 'a country not in the catalogue', body: set('country', 'XX'), field: 'country' },
      { what: 'a topic not in the catalogue', body: set('topics', ['digitl']), field: 'topics[0]' },
      { what: 'a load of 2.5', body: set('maxLoad', 2.5), field: 'maxLoad' },
      { what: 'a country in small letters', body: set('country', 'se'), field: 'country' },
      { what: 'a language of three letters', body: set('languages', ['eng']), field: 'languages[0]' },
      { what: 'an unknown lot', body: set('lots', ['lot4']), field: 'lots[0]' },
      { what: 'no topics', body: set('topics', []), field: 'topics' },
      { what: 'an employer PIC of 3 digits', body: set('employerPic', '123'), field: 'employerPic' },
    ],
  },
  {
    route: 'PATCH /api/v1/evaluation/experts/:expertId',
    as: 'officer',
    params: (c) => ({ expertId: c.experts.expert1! }),
    valid: () => ({ version: 1, maxLoad: 5 }),
    required: ['version'],
    cases: [
      { what: 'a negative load', body: set('maxLoad', -1), field: 'maxLoad' },
      { what: 'a load of 0', body: set('maxLoad', 0), field: 'maxLoad' },
      { what: 'a country not in the catalogue', body: set('country', 'ZZ'), field: 'country' },
      { what: 'a topic not in the catalogue', body: set('topics', ['vet', 'Green']), field: 'topics[1]' },
    ],
  },
  {
    route: 'POST /api/v1/evaluation/conflicts',
    as: 'officer',
    valid: (c) => ({ expertId: c.experts.expert1, proposalId: c.proposal, action: 'pin', reason: REASON }),
    required: ['expertId', 'proposalId', 'action', 'reason'],
    cases: [
      { what: 'an unknown action', body: set('action', 'veto'), field: 'action' },
      { what: 'no reason', body: set('reason', ''), field: 'reason' },
    ],
  },
  {
    route: 'POST /api/v1/evaluation/proposals/:id/flags/resolve',
    as: 'officer',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ flag: 'spread:relevance:-', reason: REASON }),
    required: ['flag', 'reason'],
    cases: [
      { what: 'no reason', body: set('reason', ''), field: 'reason' },
      { what: 'a reason of spaces', body: set('reason', '            '), field: 'reason' },
      { what: 'no flag', body: set('flag', ''), field: 'flag' },
    ],
  },
  {
    route: 'POST /api/v1/evaluation/calls/:callId/assignment/changes',
    as: 'officer',
    params: () => ({ callId: 'demo' }),
    valid: (c) => ({ action: 'add', proposalId: c.proposal, expertId: c.experts.expert1, reason: REASON }),
    required: ['action', 'proposalId', 'expertId', 'reason'],
    cases: [{ what: 'an unknown action', body: set('action', 'swap'), field: 'action' }],
  },
  ...(['simulate', 'confirm'] as const).map(
    (what): BodyRoute => ({
      route: `POST /api/v1/evaluation/calls/:callId/ranking/${what}`,
      as: 'officer',
      params: () => ({ callId: 'demo' }),
      valid: () => ({ envelopes: { lot1: 1_000_000 }, overallThreshold: 60 }),
      required: [],
      cases: [
        { what: 'an envelope in cents', body: set('envelopes.lot1', 1_000_000.5), field: 'envelopes.lot1' },
        {
          what: 'an envelope for a lot that does not exist',
          body: set('envelopes.lot9', 5),
          field: 'envelopes.lot9',
        },
        { what: 'a threshold of 101 points', body: set('overallThreshold', 101), field: 'overallThreshold' },
        {
          what: 'a threshold for an unknown criterion',
          body: set('criterionThresholds', { beauty: 5 }),
          field: 'criterionThresholds.beauty',
        },
      ],
    }),
  ),
  {
    route: 'POST /api/v1/evaluation/proposals/:id/declaration',
    as: 'expert1',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ noConflict: true, confidentiality: true }),
    required: ['noConflict', 'confidentiality'],
    cases: [
      {
        what: 'no promise of confidentiality',
        body: set('confidentiality', false),
        field: 'confidentiality',
      },
    ],
  },
  {
    route: 'PUT /api/v1/evaluation/proposals/:id/my-evaluation',
    as: 'expert1',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ version: 0, criteria: { relevance: { score: 20, comment: 'Relevant.' } } }),
    required: ['version', 'criteria'],
    cases: [
      {
        what: 'a score with decimals',
        body: set('criteria.relevance.score', 20.5),
        field: 'criteria.relevance.score',
      },
      {
        what: 'a score of 101',
        body: set('criteria.relevance.score', 101),
        field: 'criteria.relevance.score',
      },
      {
        what: 'an unknown criterion',
        body: set('criteria.beauty', { score: 1, comment: '' }),
        field: 'criteria.beauty',
      },
    ],
  },
  {
    route: 'PUT /api/v1/evaluation/proposals/:id/consensus',
    as: 'officer',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ version: 0, criteria: { relevance: { score: 20, comment: 'Agreed.', sources: [] } } }),
    required: ['version', 'criteria'],
    cases: [
      {
        what: 'a score with decimals',
        body: set('criteria.relevance.score', 2.5),
        field: 'criteria.relevance.score',
      },
      {
        what: 'sources as text',
        body: set('criteria.relevance.sources', 'EV-1'),
        field: 'criteria.relevance.sources',
      },
    ],
  },
  // The grant of a selected proposal: bodies are checked before anything is looked up.
  {
    route: 'POST /api/v1/grants',
    as: 'officer',
    valid: (c) => ({ proposalId: c.proposal }),
    required: ['proposalId'],
    cases: [{ what: 'an empty proposal id', body: set('proposalId', ''), field: 'proposalId' }],
  },
  {
    route: 'PUT /api/v1/grants/:id/bank-account',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ version: 1, holder: 'Aarhus Business College', iban: 'DK50 0040 0440 1162 43' }),
    required: ['version', 'holder', 'iban'],
    cases: [
      { what: 'an IBAN with a mistyped digit', body: set('iban', 'DK50 0040 0440 1162 44'), field: 'iban' },
      { what: 'not an IBAN', body: set('iban', '1234'), field: 'iban' },
      { what: 'a one-letter holder', body: set('holder', 'A'), field: 'holder' },
      { what: 'a negative version', body: set('version', -1), field: 'version' },
    ],
  },
  {
    route: 'POST /api/v1/grants/:id/consortium',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ version: 1, kind: 'remove', participantId: 'p8', reason: REASON }),
    required: ['version', 'kind', 'reason'],
    cases: [
      { what: 'an unknown kind of change', body: set('kind', 'merge'), field: 'kind' },
      {
        what: 'a removal without the participant',
        body: (v) => ({ version: v.version, kind: 'remove', reason: v.reason }),
        field: 'participantId',
      },
      {
        what: 'an addition without the organisation',
        body: (v) => ({ version: v.version, kind: 'add', reason: v.reason }),
        field: 'organisationId',
      },
      { what: 'a short reason', body: set('reason', 'why'), field: 'reason' },
    ],
  },
  ...(['confirm', 'sign'] as const).map(
    (step): BodyRoute => ({
      route: `POST /api/v1/grants/:id/${step}`,
      as: step === 'sign' ? 'officer' : 'coordinator',
      params: (c) => ({ id: c.proposal }),
      valid: () => ({ version: 1 }),
      required: ['version'],
      cases: [{ what: 'a version with decimals', body: set('version', 1.5), field: 'version' }],
    }),
  ),
  ...(['reopen', 'cancel'] as const).map(
    (step): BodyRoute => ({
      route: `POST /api/v1/grants/:id/${step}`,
      as: 'officer',
      params: (c) => ({ id: c.proposal }),
      valid: () => ({ version: 1, reason: REASON }),
      required: ['version', 'reason'],
      cases: [{ what: 'a short reason', body: set('reason', 'no'), field: 'reason' }],
    }),
  ),
  {
    route: 'POST /api/v1/grants/:id/reports',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    valid: () => ({ version: 1, summary: 'WP1 is done and WP2 has begun.' }),
    required: ['version', 'summary'],
    cases: [{ what: 'a short summary', body: set('summary', 'Done.'), field: 'summary' }],
  },
  {
    route: 'PUT /api/v1/grants/:id/reports/:period/assessment',
    as: 'officer',
    params: (c) => ({ id: c.proposal, period: '1' }),
    valid: () => ({ version: 1, workPackages: { wp1: { status: 'completed', comment: 'Delivered.' } } }),
    required: ['version', 'workPackages'],
    cases: [
      {
        what: 'an unknown status',
        body: set('workPackages.wp1.status', 'done'),
        field: 'workPackages.wp1.status',
      },
      {
        what: 'partially completed without the share done',
        body: set('workPackages.wp1', { status: 'partially-completed', comment: '' }),
        field: 'workPackages.wp1.percent',
      },
      {
        what: 'a share done of 100 %',
        body: set('workPackages.wp1', { status: 'partially-completed', percent: 100, comment: '' }),
        field: 'workPackages.wp1.percent',
      },
    ],
  },
  {
    route: 'POST /api/v1/grants/:id/reports/:period/payment',
    as: 'officer',
    params: (c) => ({ id: c.proposal, period: '1' }),
    valid: () => ({ version: 1 }),
    required: ['version'],
  },
];

interface QueryCase {
  route: string;
  as: Sender;
  params?: (c: Ctx) => Record<string, string>;
  query: string;
  body?: (c: Ctx) => unknown;
  /** A file's bytes, sent as they are, instead of a JSON body. */
  file?: { contentType: string; bytes: string };
  field: string;
}

const QUERY_CASES: QueryCase[] = [
  ...[
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['limit=many', 'query.limit'],
    ['limit=2.5', 'query.limit'],
    ['type=castle', 'query.type'],
    ['country=DNK', 'query.country'],
    ['pic=1234567890', 'query.pic'],
    [`q=${'x'.repeat(101)}`, 'query.q'],
    ['q=a&q=b', 'query.q'],
  ].map(
    ([query, field]): QueryCase => ({
      route: 'GET /api/v1/organisations',
      as: 'coordinator',
      query: query!,
      field: field!,
    }),
  ),
  {
    route: 'POST /api/v1/check',
    as: 'anonymous',
    query: 'lang=fr',
    body: () => checkExample('lot1-eligible.json'),
    field: 'query.lang',
  },
  {
    route: 'GET /api/v1/proposals/:id/audit',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    query: 'format=xml',
    field: 'query.format',
  },
  {
    route: 'GET /api/v1/proposals/:id/proposal.pdf',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    query: 'lang=de',
    field: 'query.lang',
  },
  {
    route: 'GET /api/v1/proposals/:id/outcome',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    query: 'lang=de',
    field: 'query.lang',
  },
  ...(
    [
      'GET /api/v1/proposals/:id/submissions/:number/receipt.pdf',
      'GET /api/v1/proposals/:id/submissions/:number/proposal.pdf',
    ] as const
  ).map(
    (route): QueryCase => ({
      route,
      as: 'coordinator',
      params: (c) => ({ id: c.proposal, number: '1' }),
      query: 'lang=fr',
      field: 'query.lang',
    }),
  ),
  {
    route: 'GET /api/v1/evaluation/calls/:callId/ranking.xlsx',
    as: 'officer',
    params: () => ({ callId: 'demo' }),
    query: 'lang=sv',
    field: 'query.lang',
  },
  ...(
    ['GET /api/v1/proposals/:id/report.pdf', 'GET /api/v1/evaluation/proposals/:id/report.pdf'] as const
  ).flatMap((route): QueryCase[] => [
    {
      route,
      as: route.includes('evaluation') ? 'officer' : 'coordinator',
      params: (c) => ({ id: c.proposal }),
      query: 'lang=fr',
      field: 'query.lang',
    },
    {
      route,
      as: route.includes('evaluation') ? 'officer' : 'coordinator',
      params: (c) => ({ id: c.proposal }),
      query: 'view=public',
      field: 'query.view',
    },
  ]),
  {
    route: 'GET /api/v1/grants/:id/agreement.pdf',
    as: 'coordinator',
    params: (c) => ({ id: c.proposal }),
    query: 'lang=de',
    field: 'query.lang',
  },
  // The submission package's files: the upload names what it is, a download how it is served.
  ...(
    [
      ['kind=castle&name=a.pdf', 'query.kind'],
      ['kind=part-b', 'query.name'],
      [`kind=part-b&name=${'n'.repeat(201)}`, 'query.name'],
    ] as const
  ).map(
    ([query, field]): QueryCase => ({
      route: 'POST /api/v1/proposals/:id/files',
      as: 'coordinator',
      params: (c) => ({ id: c.proposal }),
      query,
      file: { contentType: 'application/pdf', bytes: '%PDF-1.4 not read: the query is refused first' },
      field,
    }),
  ),
  ...(
    [
      ['GET /api/v1/proposals/:id/files/:fileId/content', 'coordinator'],
      ['GET /api/v1/evaluation/proposals/:id/files/:fileId/content', 'officer'],
    ] as const
  ).map(
    ([route, as]): QueryCase => ({
      route,
      as,
      params: (c) => ({ id: c.proposal, fileId: 'f'.repeat(10) }),
      query: 'download=yes',
      field: 'query.download',
    }),
  ),
];

/** A value each kind of path parameter cannot take. */
const BAD_PARAM: Record<string, string> = {
  id: 'x'.repeat(65),
  callId: 'c'.repeat(65),
  expertId: 'e'.repeat(65),
  key: 'k'.repeat(101),
  version: 'first',
  number: '0',
  period: '0',
  fileId: 'f'.repeat(65),
};

/** A value of another JSON type than the valid one. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'string') return 12345;
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not a list';
  if (value === null) return 12345;
  return 'not an object';
}

// ---------------------------------------------------------------------------------------------

const clock = new ManualClock('2025-01-10T09:00:00Z');
let platform: TestPlatform;
let ctx: Ctx;
const clients = new Map<Sender, TestClient>();

function urlOf(route: string, params: Record<string, string> = {}, query?: string): string {
  const path = route
    .split(' ')[1]!
    .replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name]!));
  return query ? `${path}?${query}` : path;
}

/** Sends the request and requires 400, a problem naming `field`, and every table as it was. */
async function refused(
  as: Sender,
  method: string,
  url: string,
  body: unknown,
  field: string,
  raw = false,
  contentType = 'application/json',
) {
  const client = clients.get(as)!;
  const before = await tableCounts(platform.deps.db);
  const res = await client.request(
    method,
    url,
    raw ? body : body === undefined ? undefined : JSON.stringify(body),
    {
      'content-type': contentType,
    },
  );
  assert.equal(res.status, 400, `${method} ${url}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  assert.equal(res.body.error, 'bad-request');
  const fields = (res.body.problems ?? []).map((p: { field: string }) => p.field);
  assert.ok(fields.includes(field), `a problem names "${field}"; got ${JSON.stringify(res.body.problems)}`);
  for (const p of res.body.problems) assert.equal(typeof p.expected, 'string');
  assert.deepEqual(await tableCounts(platform.deps.db), before, 'nothing was written');
}

before(async () => {
  platform = await testPlatform({ clock, webRoot: '/nonexistent' });
  const coordinator = await platform.as('coordinator');
  const admin = await platform.as('admin');
  const partner1 = await platform.as('partner1');
  const proposal = await eligibleLot1Proposal(coordinator, 'demo');
  await addPartner(coordinator, admin, proposal, 'p2', partner1);
  const organisation = (await organisationByPic(coordinator, '999100001')).id;
  const in2025 = await coordinator.post('/api/v1/proposals', {
    callId: '2025',
    lot: 'lot1',
    organisationId: organisation,
  });
  assert.equal(in2025.status, 201);
  assert.equal((await coordinator.post(`/api/v1/proposals/${proposal}/submit`)).status, 201);
  const db = platform.deps.db;
  const experts = Object.fromEntries(
    (await db.selectFrom('experts').select(['id', 'email']).execute()).map((e) => [
      e.email.split('@')[0],
      e.id,
    ]),
  );
  ctx = {
    proposal,
    proposal2025: in2025.body.id,
    organisation,
    experts,
    exported: (await coordinator.get(`/api/v1/proposals/${proposal}/export.json`)).body,
    section: async (key, id = proposal) => {
      const row = await db
        .selectFrom('proposal_sections')
        .select(['version', 'data'])
        .where('proposal_id', '=', id)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      return { version: row.version, data: row.data };
    },
  };
  clients.set('anonymous', platform.client());
  clients.set('coordinator', coordinator);
  clients.set('partner1', partner1);
  clients.set('admin', admin);
  clients.set('officer', await platform.as('officer'));
  clients.set('expert1', await platform.as('expert1'));
});
after(async () => {
  await platform?.close();
});

describe('the tables cover every route with a body, a path parameter or a query string', () => {
  it('every route whose OpenAPI entry has a request body has a valid example here', async () => {
    const doc = (await clients.get('anonymous')!.get('/api/openapi.json')).body;
    const withBody = openApiRoutes({
      paths: Object.fromEntries(
        Object.entries<any>(doc.paths).map(([p, item]) => [
          p,
          Object.fromEntries(Object.entries<any>(item).filter(([, op]) => op.requestBody)),
        ]),
      ),
    });
    const covered = new Set(BODY_ROUTES.map((r) => r.route));
    assert.deepEqual(
      withBody.filter((r) => !covered.has(r)),
      [],
    );
  });

  it('every route whose OpenAPI entry has query parameters has cases here', async () => {
    const doc = (await clients.get('anonymous')!.get('/api/openapi.json')).body;
    const withQuery = openApiRoutes({
      paths: Object.fromEntries(
        Object.entries<any>(doc.paths).map(([p, item]) => [
          p,
          Object.fromEntries(
            Object.entries<any>(item).filter(([, op]) =>
              (op.parameters ?? []).some((x: any) => x.in === 'query'),
            ),
          ),
        ]),
      ),
    });
    const covered = new Set(QUERY_CASES.map((q) => q.route));
    assert.deepEqual(
      withQuery.filter((r) => !covered.has(r)),
      [],
    );
  });
});

describe('bodies', () => {
  for (const r of BODY_ROUTES) {
    const method = r.route.split(' ')[0]!;
    describe(`${r.route}${r.variant ? ` (${r.variant})` : ''}`, () => {
      const url = () => urlOf(r.route, r.params?.(ctx));
      it('not JSON', () => refused(r.as, method, url(), '{"broken": ', '(body)', true));
      it('a list instead of an object', async () =>
        refused(r.as, method, url(), [await r.valid(ctx)], r.whole ?? '(body)'));
      if (!r.lenient)
        it('an unknown field', async () =>
          refused(r.as, method, url(), { ...(await r.valid(ctx)), unexpectedField: 1 }, 'unexpectedField'));
      for (const field of r.required)
        it(`"${field}" left out`, async () => {
          const { [field]: _, ...rest } = await r.valid(ctx);
          await refused(r.as, method, url(), rest, field);
        });
      it('each field of the wrong type', async () => {
        const valid = await r.valid(ctx);
        for (const [field, value] of Object.entries(valid)) {
          if (r.anyType?.includes(field)) continue;
          await refused(r.as, method, url(), { ...valid, [field]: wrongType(value) }, field);
        }
      });
      for (const c of r.cases ?? [])
        it(c.what, async () => refused(r.as, method, url(), c.body(await r.valid(ctx)), c.field));
    });
  }
});

describe('a body that is not JSON, on any route that takes one', () => {
  it('every POST, PUT and PATCH route answers 400 naming the body, and writes nothing', async () => {
    const routes = listRoutes(platform.app).filter((r) => r.includes('/api/v1/') && !r.startsWith('GET '));
    assert.ok(routes.length > 25, `the routes were found: ${routes.length}`);
    const params: Record<string, string> = { id: ctx.proposal, key: 'general', callId: 'demo' };
    params.expertId = ctx.experts.expert1!;
    for (const route of routes) {
      const as: Sender =
        route.includes('/evaluation/') || route.includes('/admin/') ? 'officer' : 'coordinator';
      await refused(as, route.split(' ')[0]!, urlOf(route, params), '{"broken": ', '(body)', true);
    }
  });
});

describe('path parameters', () => {
  it('every route with a path parameter refuses a value it cannot take, naming the parameter', async () => {
    const routes = listRoutes(platform.app).filter((r) => r.includes('/api/v1/') && r.includes(':'));
    assert.ok(routes.length > 30, 'the routes with parameters were found');
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const names = [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      for (const bad of names) {
        const params: Record<string, string> = {
          id: ctx.proposal,
          key: 'general',
          version: '1',
          number: '1',
          callId: 'demo',
          fileId: 'f'.repeat(10),
        };
        params.expertId = ctx.experts.expert1!;
        params[bad] = BAD_PARAM[bad]!;
        assert.ok(params[bad], `a bad value for :${bad}`);
        const as: Sender =
          route.includes('/evaluation/') || route.includes('/admin/') ? 'officer' : 'coordinator';
        await refused(as, method, urlOf(route, params), method === 'GET' ? undefined : {}, `params.${bad}`);
      }
    }
  });
});

describe('query strings', () => {
  for (const q of QUERY_CASES)
    it(`${q.route} ?${q.query.slice(0, 40)}`, async () => {
      const method = q.route.split(' ')[0]!;
      const url = urlOf(q.route, q.params?.(ctx), q.query);
      if (q.file) await refused(q.as, method, url, q.file.bytes, q.field, true, q.file.contentType);
      else await refused(q.as, method, url, q.body?.(ctx), q.field);
    });
});
