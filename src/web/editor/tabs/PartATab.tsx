/**
 * Part A, the administrative forms: each participant's legal representative, declarations of
 * honour and self-assessments, then the coordinator's declaration on behalf of all, as the call
 * lists them (submissionPackage.partADeclarations); what is still missing is listed on top.
 */
import type { ConsortiumSection, CoordinatorDeclarationSection } from '../../../engine/proposal/sections.ts';
import { FindingCard, findingKey } from '../../components/FindingCard.tsx';
import { Checkbox } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId, tabOf } from '../model/field-target.ts';
import { PartAForm } from '../part-a/PartAForm.tsx';
import '../part-a/part-a.css';
import { TabHeading } from './TabHeading.tsx';

export function PartATab() {
  const { t, pick } = useI18n();
  const editor = useEditorContext();
  const consortium = editor.data<ConsortiumSection>('consortium');
  const own = editor.view.membership?.participantId;
  const definitions = editor.call.submissionPackage.partADeclarations.value;
  const each = definitions.filter((d) => d.by === 'each-participant');
  const byCoordinator = definitions.filter((d) => d.by === 'coordinator');
  const key = 'coordinator-declaration';
  const coordinator = editor.data<CoordinatorDeclarationSection>(key);
  const coordinatorReadOnly = !editor.canEdit(key);
  const findings = (editor.review?.findings ?? []).filter((f) => f.field && tabOf(f.field) === 'part-a');
  return (
    <section aria-labelledby="part-a-h">
      <TabHeading id="part-a-h" title={t('tab.partA')}>
        {t('partA.intro')}
      </TabHeading>
      {findings.length > 0 && (
        <section className="part-a__findings" aria-labelledby="part-a-findings-h">
          <h3 id="part-a-findings-h">{t('partA.findings')}</h3>
          <ol className="finding-list" data-testid="part-a-findings">
            {findings.map((f) => (
              <FindingCard key={findingKey(f)} finding={f} proposalId={editor.view.id} />
            ))}
          </ol>
        </section>
      )}
      {consortium.participants.map((p) => (
        <PartAForm
          key={p.id}
          participantId={p.id}
          organisationId={p.organisationId}
          role={p.role}
          own={p.id === own}
          declarations={each}
        />
      ))}
      {byCoordinator.length > 0 && (
        <fieldset className="fieldset part-a" id={fieldId(key)} tabIndex={-1}>
          <legend>{t('partA.coordinator')}</legend>
          {coordinatorReadOnly && <p className="muted small">{t('partA.coordinatorReadOnly')}</p>}
          {byCoordinator.map((d) => (
            <Checkbox
              key={d.id}
              id={fieldId(`${key}.declarations.${d.id}`)}
              label={pick(d.text)}
              checked={coordinator.declarations[d.id] === true}
              disabled={coordinatorReadOnly}
              onChange={(checked) =>
                editor.edit<CoordinatorDeclarationSection>(key, (data) => ({
                  ...data,
                  declarations: { ...data.declarations, [d.id]: checked },
                }))
              }
            />
          ))}
        </fieldset>
      )}
    </section>
  );
}
