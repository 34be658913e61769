/** The work plan: work packages with their lead, months, description and deliverables. */
import type { GeneralSection, WorkPlanSection } from '../../../engine/proposal/sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { WorkPackageEditor } from '../work-plan/WorkPackageEditor.tsx';
import { TabHeading } from './TabHeading.tsx';

function nextId(taken: Set<string>, number: number): string {
  if (!taken.has(`wp${number}`)) return `wp${number}`;
  for (let i = 1; ; i++) if (!taken.has(`wp${number}-${i}`)) return `wp${number}-${i}`;
}

export function WorkPlanTab() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const plan = editor.data<WorkPlanSection>('work-plan');
  const general = editor.data<GeneralSection>('general');
  const readOnly = !editor.canEdit('work-plan');

  const addWorkPackage = () => {
    editor.edit<WorkPlanSection>('work-plan', (p) => {
      const number = Math.max(0, ...p.workPackages.map((w) => w.number)) + 1;
      const id = nextId(new Set(p.workPackages.map((w) => w.id)), number);
      return {
        workPackages: [
          ...p.workPackages,
          {
            id,
            number,
            title: '',
            leadParticipantId: null,
            startMonth: 1,
            endMonth: general.durationMonths,
            description: '',
            deliverables: [],
          },
        ],
      };
    });
    // Straight to the new work package's title.
    setTimeout(() => {
      const index = plan.workPackages.length;
      document.getElementById(fieldId(`work-plan.workPackages[${index}].title`))?.focus();
    }, 0);
  };

  return (
    <section aria-labelledby="work-plan-h">
      <TabHeading id="work-plan-h" title={t('tab.workPlan')}>
        {t('workPlan.intro', { months: general.durationMonths })}
      </TabHeading>
      <div id={fieldId('work-plan')} tabIndex={-1}>
        {plan.workPackages.map((wp, index) => (
          <WorkPackageEditor key={wp.id} index={index} readOnly={readOnly} />
        ))}
      </div>
      {!readOnly && (
        <button type="button" className="button button--secondary" onClick={addWorkPackage}>
          {t('workPlan.add')}
        </button>
      )}
    </section>
  );
}
