/** A work package's deliverables: what it produces and when (its lump sum is paid on completion). */
import './work-plan.css';
import type { GeneralSection, WorkPlanSection } from '../../../engine/proposal/sections.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { lastProjectMonth } from './project-months.ts';

type Deliverable = WorkPlanSection['workPackages'][number]['deliverables'][number];

const KINDS: Record<Deliverable['kind'], MessageKey> = {
  report: 'deliverable.report',
  curriculum: 'deliverable.curriculum',
  training: 'deliverable.training',
  tool: 'deliverable.tool',
  event: 'deliverable.event',
  other: 'deliverable.other',
};

export function DeliverablesEditor({ index, readOnly }: { index: number; readOnly: boolean }) {
  const { t } = useI18n();
  const editor = useEditorContext();
  const wp = editor.data<WorkPlanSection>('work-plan').workPackages[index]!;
  const lastMonth = lastProjectMonth(editor.data<GeneralSection>('general'));
  const path = `work-plan.workPackages[${index}].deliverables`;
  const setDeliverables = (change: (list: Deliverable[]) => Deliverable[]) =>
    editor.edit<WorkPlanSection>('work-plan', (p) => ({
      workPackages: p.workPackages.map((w, i) =>
        i === index ? { ...w, deliverables: change(w.deliverables) } : w,
      ),
    }));
  const add = () => {
    setDeliverables((list) => {
      const taken = new Set(
        editor
          .data<WorkPlanSection>('work-plan')
          .workPackages.flatMap((w) => w.deliverables.map((d) => d.id)),
      );
      let n = list.length + 1;
      while (taken.has(`${wp.id}-d${n}`)) n++;
      return [...list, { id: `${wp.id}-d${n}`, title: '', month: wp.endMonth, kind: 'report' }];
    });
    setTimeout(
      () => document.getElementById(fieldId(`${path}[${wp.deliverables.length}].title`))?.focus(),
      0,
    );
  };
  return (
    <div className="deliverables" id={fieldId(path)} tabIndex={-1}>
      <h3 className="deliverables__title">{t('deliverable.heading', { wp: `WP${wp.number}` })}</h3>
      {wp.deliverables.length === 0 && <p className="muted">{t('deliverable.none')}</p>}
      <ol className="deliverable-list">
        {wp.deliverables.map((d, i) => (
          <li key={d.id} className="deliverable">
            <TextField
              id={fieldId(`${path}[${i}].title`)}
              label={t('deliverable.title', { n: i + 1 })}
              value={d.title}
              maxLength={200}
              readOnly={readOnly}
              onChange={(title) =>
                setDeliverables((list) => list.map((x, j) => (j === i ? { ...x, title } : x)))
              }
            />
            <NumberInput
              id={fieldId(`${path}[${i}].month`)}
              label={t('deliverable.month', { n: i + 1 })}
              kind="month"
              max={lastMonth}
              value={d.month}
              readOnly={readOnly}
              onChange={(month) =>
                setDeliverables((list) =>
                  list.map((x, j) => (j === i ? { ...x, month: Math.max(1, month) } : x)),
                )
              }
            />
            <SelectField
              id={fieldId(`${path}[${i}].kind`)}
              label={t('deliverable.kind', { n: i + 1 })}
              value={d.kind}
              disabled={readOnly}
              onChange={(kind) =>
                setDeliverables((list) => list.map((x, j) => (j === i ? { ...x, kind } : x)))
              }
              options={(Object.keys(KINDS) as Deliverable['kind'][]).map((k) => ({
                value: k,
                label: t(KINDS[k]),
              }))}
            />
            {!readOnly && (
              <button
                type="button"
                className="button button--danger-secondary button--small"
                onClick={() => setDeliverables((list) => list.filter((_, j) => j !== i))}
              >
                {t('deliverable.remove', { n: i + 1 })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button type="button" className="button button--secondary button--small" onClick={add}>
          {t('deliverable.add', { wp: `WP${wp.number}` })}
        </button>
      )}
    </div>
  );
}
