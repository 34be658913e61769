/**
 * A changed field's name for people, as the form labels it: "WP2 Joint curriculum: C.2 Equipment",
 * "Contact person", not "lines.wp2.equipment" or "contactName". Paths are those of the server's
 * diff and of the merge ("workPackages[id=wp2].title"); one it does not know is shown as it is.
 */
import type { ProposalDocument } from '../../../engine/proposal/document.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { I18n } from '../../i18n/i18n.tsx';

type Step = { key: string } | { id: string } | { index: number } | { order: true };

function steps(path: string): Step[] {
  const out: Step[] = [];
  for (const m of path.matchAll(/([^.[\]()]+)|\[id=([^\]]+)\]|\[(\d+)\]|\(order\)/g)) {
    if (m[1] !== undefined) out.push({ key: m[1] });
    else if (m[2] !== undefined) out.push({ id: m[2] });
    else if (m[3] !== undefined) out.push({ index: Number(m[3]) });
    else out.push({ order: true });
  }
  return out;
}

const keyOf = (s: Step | undefined) => (s && 'key' in s ? s.key : undefined);
const idOf = (s: Step | undefined) => (s && 'id' in s ? s.id : undefined);

const FIELDS: Record<string, MessageKey> = {
  acronym: 'general.acronym',
  title: 'general.title',
  summary: 'general.summary',
  lot: 'field.lot',
  durationMonths: 'field.durationMonths',
  ecosystem: 'newProposal.ecosystem',
  requestedGrant: 'field.requestedGrant',
  contactName: 'participants.contactName',
  contactEmail: 'participants.contactEmail',
  expertise: 'participants.expertise',
  eche: 'participants.eche',
  text: 'field.answer',
  personnel: 'budget.personnel',
  personMonths: 'budget.personMonths',
  monthlyRate: 'budget.monthlyRate',
  subcontracting: 'budget.subcontracting',
  travel: 'budget.travel',
  equipment: 'budget.equipment',
  otherGoods: 'budget.otherGoods',
};

const WORK_PACKAGE: Record<string, MessageKey> = {
  title: 'workPlan.title',
  leadParticipantId: 'workPlan.lead',
  startMonth: 'workPlan.start',
  endMonth: 'workPlan.end',
  description: 'workPlan.description',
};

const DELIVERABLE: Record<string, MessageKey> = {
  title: 'deliverable.title',
  month: 'deliverable.month',
  kind: 'deliverable.kind',
};

export function fieldLabel(path: string, doc: ProposalDocument, i18n: I18n): string {
  const { t } = i18n;
  const s = steps(path);
  const wpName = (id: string) => {
    const wp = doc.workPlan.workPackages.find((w) => w.id === id);
    return wp ? `WP${wp.number}${wp.title ? ` ${wp.title}` : ''}` : id;
  };
  const orgName = (id: string) => doc.participants.find((p) => p.id === id)?.organisation.legalName ?? id;
  const field = (key: string | undefined) => (key && FIELDS[key] ? t(FIELDS[key]) : undefined);

  // The work plan: a work package, one of its fields, or one of its deliverables.
  if (keyOf(s[0]) === 'workPackages') {
    const wpId = idOf(s[1]);
    if (!wpId) return t('tab.workPlan');
    const wp = wpName(wpId);
    const key = keyOf(s[2]);
    if (key === 'deliverables') {
      const dId = idOf(s[3]);
      const list = doc.workPlan.workPackages.find((w) => w.id === wpId)?.deliverables ?? [];
      const n = list.findIndex((d) => d.id === dId) + 1 || (dId ?? '');
      const dKey = keyOf(s[4]);
      if (dKey && DELIVERABLE[dKey]) return `${wp}: ${t(DELIVERABLE[dKey], { n })}`;
      return t('deliverable.heading', { wp });
    }
    if (key && WORK_PACKAGE[key]) return t(WORK_PACKAGE[key], { wp });
    return wp;
  }
  // The consortium: a participant, or its role.
  if (keyOf(s[0]) === 'participants') {
    const pid = idOf(s[1]);
    if (!pid) return t('tab.consortium');
    return keyOf(s[2]) === 'role' ? t('consortium.roleOf', { name: orgName(pid) }) : orgName(pid);
  }
  // A budget: a work package's line, one of its categories, or the personnel's two figures.
  if (keyOf(s[0]) === 'lines') {
    const wpId = keyOf(s[1]);
    if (!wpId) return t('tab.budget');
    const rest = s.slice(2).map((x) => field(keyOf(x)) ?? keyOf(x) ?? '');
    return [wpName(wpId), rest.join(' – ')].filter(Boolean).join(': ');
  }
  if (s.length === 1) return field(keyOf(s[0])) ?? path;
  return path;
}
