/**
 * One participant's Part A: its legal representative, each declaration of honour the call lists
 * as a checkbox with the call's text, and each self-assessment question answered yes or no.
 * Filled in by the participant's own contact or the coordinator's.
 */
import type { DeclarationDefinition } from '../../../engine/call-definition/types.ts';
import type { PartASection } from '../../../engine/proposal/sections.ts';
import { Checkbox, TextField } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';

export interface PartAFormProps {
  participantId: string;
  organisationId: string;
  role: keyof typeof ROLE_LABEL;
  own: boolean;
  declarations: readonly DeclarationDefinition[];
}

export function PartAForm({ participantId, organisationId, role, own, declarations }: PartAFormProps) {
  const { t, pick } = useI18n();
  const editor = useEditorContext();
  const key = `part-a:${participantId}`;
  const form = editor.data<PartASection>(key);
  const readOnly = !editor.canEdit(key);
  const org = editor.model.organisations[organisationId];
  const edit = (change: (d: PartASection) => PartASection) => editor.edit<PartASection>(key, change);
  const setRepresentative = (patch: Partial<PartASection['legalRepresentative']>) =>
    edit((d) => ({ ...d, legalRepresentative: { ...d.legalRepresentative, ...patch } }));
  const f = (name: string) => fieldId(`${key}.${name}`);
  return (
    <fieldset
      className="fieldset part-a"
      id={fieldId(key)}
      tabIndex={-1}
      data-testid={`part-a-${participantId}`}
    >
      <legend>
        {org?.legalName ?? organisationId} <span className="muted">({t(ROLE_LABEL[role])})</span>
        {own && <span className="badge badge--own">{t('participants.yours')}</span>}
      </legend>
      {readOnly && <p className="muted small">{t('partA.readOnly')}</p>}
      <h3 className="part-a__heading">{t('partA.representative')}</h3>
      <div className="grid-2">
        <TextField
          id={f('legalRepresentative.name')}
          label={t('partA.representativeName')}
          value={form.legalRepresentative.name}
          maxLength={120}
          readOnly={readOnly}
          onChange={(name) => setRepresentative({ name })}
        />
        <TextField
          id={f('legalRepresentative.position')}
          label={t('partA.representativePosition')}
          value={form.legalRepresentative.position}
          maxLength={120}
          readOnly={readOnly}
          onChange={(position) => setRepresentative({ position })}
        />
        <TextField
          id={f('legalRepresentative.email')}
          label={t('partA.representativeEmail')}
          type="email"
          value={form.legalRepresentative.email}
          readOnly={readOnly}
          onChange={(email) => setRepresentative({ email: email.trim() })}
        />
      </div>
      <h3 className="part-a__heading">{t('partA.declarations')}</h3>
      {declarations.map((d) =>
        d.questions ? (
          <div key={d.id} className="part-a__assessment">
            <p className="part-a__assessment-text">{pick(d.text)}</p>
            {d.questions.map((q) => {
              const answer = form.answers[q.id];
              const id = f(`answers.${q.id}`);
              const choose = (value: 'yes' | 'no') =>
                edit((data) => ({ ...data, answers: { ...data.answers, [q.id]: value } }));
              return (
                <fieldset key={q.id} className="part-a__question">
                  <legend>{pick(q.text)}</legend>
                  <span className="part-a__choice">
                    <input
                      type="radio"
                      id={id}
                      name={id}
                      checked={answer === 'yes'}
                      disabled={readOnly}
                      onChange={() => choose('yes')}
                    />
                    <label htmlFor={id}>{t('partA.yes')}</label>
                  </span>
                  <span className="part-a__choice">
                    <input
                      type="radio"
                      id={`${id}-no`}
                      name={id}
                      checked={answer === 'no'}
                      disabled={readOnly}
                      onChange={() => choose('no')}
                    />
                    <label htmlFor={`${id}-no`}>{t('partA.no')}</label>
                  </span>
                </fieldset>
              );
            })}
          </div>
        ) : (
          <Checkbox
            key={d.id}
            id={f(`declarations.${d.id}`)}
            label={pick(d.text)}
            checked={form.declarations[d.id] === true}
            disabled={readOnly}
            onChange={(checked) =>
              edit((data) => ({ ...data, declarations: { ...data.declarations, [d.id]: checked } }))
            }
          />
        ),
      )}
    </fieldset>
  );
}
