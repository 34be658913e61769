/**
 * The one vocabulary that names a place in a proposal: the document field, a section key and a
 * path inside it ("participant:p3.eche", "work-plan.workPackages[1].deliverables[0].title").
 * Every finding and every refused section write is named this way; the eligibility engine's
 * fields (spec/check-format.md) and a section write's body fields ("data.lines.wp3") are
 * translated here, once, and the editor gives each document field its input (fieldId).
 */
import type { ProposalDocument } from './document.ts';

/** The document field of an eligibility finding's field ("participants[2].eche" → "participant:p3.eche"). */
export function documentField(doc: ProposalDocument, field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const m = /^participants\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (m) {
    const participant = doc.participants[Number(m[1])];
    if (!participant) return 'consortium';
    if (m[2] === 'eche') return `participant:${participant.id}.eche`;
    return `consortium.participants[${m[1]}]${m[2] === 'role' ? '.role' : ''}`;
  }
  if (field === 'participants') return 'consortium';
  if (field === 'durationMonths' || field === 'ecosystem') return `general.${field}`;
  if (field === 'budget.requestedGrant') return 'general.requestedGrant';
  if (field === 'submittedAt') return 'submission';
  return field;
}

/** The document field of a refused section write's field: ("budget:p2", "data.lines.wp3") → "budget:p2.lines.wp3". */
export function sectionWriteField(sectionKey: string, field: string): string {
  return `${sectionKey}${field.replace(/^data/, '')}`;
}

/** The section key a document field starts with: "participant:p3.eche" → "participant:p3". */
export function sectionOf(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}
