/** One work package: title, lead beneficiary, start and end month, description, deliverables. */
import type {
  ConsortiumSection,
  GeneralSection,
  WorkPackage,
  WorkPlanSection,
} from '../../../engine/proposal/sections.ts';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { DeliverablesEditor } from './DeliverablesEditor.tsx';
import { lastProjectMonth } from './project-months.ts';

export function WorkPackageEditor({ index, readOnly }: { index: number; readOnly: boolean }) {
  const { t } = useI18n();
  const editor = useEditorContext();
  const wp = editor.data<WorkPlanSection>('work-plan').workPackages[index]!;
  const consortium = editor.data<ConsortiumSection>('consortium');
  const lastMonth = lastProjectMonth(editor.data<GeneralSection>('general'));
  const path = `work-plan.workPackages[${index}]`;
  const set = (patch: Partial<WorkPackage>) =>
    editor.edit<WorkPlanSection>('work-plan', (p) => ({
      workPackages: p.workPackages.map((w, i) => (i === index ? { ...w, ...patch } : w)),
    }));
  const remove = () =>
    editor.edit<WorkPlanSection>('work-plan', (p) => ({
      workPackages: p.workPackages.filter((_, i) => i !== index),
    }));
  const beneficiaries = consortium.participants
    .filter((p) => p.role !== 'associated-partner')
    .map((p) => ({ value: p.id, label: editor.model.organisations[p.organisationId]?.legalName ?? p.id }));
  const label = `WP${wp.number}`;

  return (
    <fieldset className="fieldset work-package" id={fieldId(path)} tabIndex={-1}>
      <legend>
        {label} {wp.title && `· ${wp.title}`}
      </legend>
      <TextField
        id={fieldId(`${path}.title`)}
        label={t('workPlan.title', { wp: label })}
        value={wp.title}
        maxLength={200}
        readOnly={readOnly}
        onChange={(title) => set({ title })}
      />
      <SelectField
        id={fieldId(`${path}.leadParticipantId`)}
        label={t('workPlan.lead', { wp: label })}
        value={wp.leadParticipantId ?? ''}
        disabled={readOnly}
        onChange={(lead) => set({ leadParticipantId: lead || null })}
        options={[{ value: '', label: t('workPlan.noLead') }, ...beneficiaries]}
      />
      <div className="grid-2">
        <NumberInput
          id={fieldId(`${path}.startMonth`)}
          label={t('workPlan.start', { wp: label })}
          kind="month"
          max={lastMonth}
          value={wp.startMonth}
          readOnly={readOnly}
          onChange={(startMonth) => set({ startMonth: Math.max(1, startMonth) })}
        />
        <NumberInput
          id={fieldId(`${path}.endMonth`)}
          label={t('workPlan.end', { wp: label })}
          kind="month"
          max={lastMonth}
          value={wp.endMonth}
          readOnly={readOnly}
          onChange={(endMonth) => set({ endMonth: Math.max(1, endMonth) })}
        />
      </div>
      <TextArea
        id={fieldId(`${path}.description`)}
        label={t('workPlan.description', { wp: label })}
        value={wp.description}
        rows={3}
        readOnly={readOnly}
        maxLength={5000}
        onChange={(description) => set({ description: description.slice(0, 5000) })}
      />
      <DeliverablesEditor index={index} readOnly={readOnly} />
      {!readOnly && (
        <button type="button" className="button button--danger-secondary" onClick={remove}>
          {t('workPlan.remove', { wp: label })}
        </button>
      )}
    </fieldset>
  );
}
