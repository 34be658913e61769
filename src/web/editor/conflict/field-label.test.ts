import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { ProposalDocument } from '../../../engine/proposal/document.ts';
import { da } from '../../i18n/da.ts';
import { en, type Messages } from '../../i18n/en.ts';
import type { I18n } from '../../i18n/i18n.tsx';
import { interpolate } from '../../i18n/translate.ts';
import { fieldLabel } from './field-label.ts';

const i18nOf = (lang: 'en' | 'da', messages: Messages): I18n => ({
  lang,
  setLang: () => undefined,
  t: (key, params) => interpolate(messages[key], params),
  tn: (key, n, params) => interpolate(messages[key], { n, ...params }),
  pick: (text) => text[lang],
});

const doc = {
  id: 'p',
  callId: 'demo',
  general: {} as ProposalDocument['general'],
  participants: [
    {
      id: 'p2',
      role: 'beneficiary',
      organisation: { legalName: 'Amsterdam Robotics BV' },
      details: {},
    },
  ],
  workPlan: {
    workPackages: [
      {
        id: 'wp2',
        number: 2,
        title: 'Joint curriculum',
        deliverables: [{ id: 'd7', title: 'Curriculum', month: 18, kind: 'curriculum' }],
      },
    ],
  },
  budgets: {},
  answers: {},
} as unknown as ProposalDocument;

it('names fields as the form labels them, never by their keys', () => {
  const t = i18nOf('en', en);
  assert.equal(fieldLabel('contactName', doc, t), 'Contact person');
  assert.equal(fieldLabel('lines.wp2.equipment', doc, t), 'WP2 Joint curriculum: C.2 Equipment');
  assert.equal(fieldLabel('lines.wp2', doc, t), 'WP2 Joint curriculum');
  assert.equal(
    fieldLabel('lines.wp2.personnel.personMonths', doc, t),
    'WP2 Joint curriculum: A. Personnel costs – Person-months',
  );
  assert.equal(fieldLabel('workPackages[id=wp2].title', doc, t), 'Title of WP2 Joint curriculum');
  assert.equal(
    fieldLabel('workPackages[id=wp2].deliverables[id=d7].month', doc, t),
    'WP2 Joint curriculum: Month of deliverable 1',
  );
  assert.equal(fieldLabel('participants[id=p2].role', doc, t), 'Role of Amsterdam Robotics BV');
});

it('in Danish too; an unknown path is shown as it is', () => {
  const t = i18nOf('da', da);
  assert.equal(fieldLabel('contactName', doc, t), da['participants.contactName']);
  assert.notEqual(fieldLabel('contactName', doc, t), 'contactName');
  assert.equal(fieldLabel('something.else', doc, t), 'something.else');
});
