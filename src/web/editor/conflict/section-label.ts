/** A section's name for people: "Budget of Université de Lyon", not "budget:p3". */
import type { CallDefinition } from '../../../engine/call-definition/types.ts';
import type { ProposalDocument } from '../../../engine/proposal/document.ts';
import type { I18n } from '../../i18n/i18n.tsx';

export function sectionLabel(key: string, doc: ProposalDocument, call: CallDefinition, i18n: I18n): string {
  const { t, pick } = i18n;
  const [kind, ref] = key.split(':', 2) as [string, string | undefined];
  const orgName = () => doc.participants.find((p) => p.id === ref)?.organisation.legalName ?? ref ?? '';
  if (kind === 'general') return t('tab.general');
  if (kind === 'consortium') return t('tab.consortium');
  if (kind === 'work-plan') return t('tab.workPlan');
  if (kind === 'participant') return t('section.participant', { name: orgName() });
  if (kind === 'budget') return t('section.budget', { name: orgName() });
  if (kind === 'part-a') return t('section.partA', { name: orgName() });
  if (kind === 'coordinator-declaration') return t('partA.coordinator');
  if (kind === 'answers') {
    const criterion = call.awardCriteria.criteria.find((c) => c.id === ref);
    return t('section.answer', { criterion: criterion ? pick(criterion.name) : (ref ?? '') });
  }
  return key;
}
