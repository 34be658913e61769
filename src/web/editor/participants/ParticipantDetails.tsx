/** One participant's contact, expertise and ECHE, editable by its contact and the coordinator. */
import type { ParticipantSection } from '../../../engine/proposal/sections.ts';
import { Checkbox, TextArea, TextField } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';

export interface ParticipantDetailsProps {
  participantId: string;
  organisationId: string;
  role: keyof typeof ROLE_LABEL;
  own: boolean;
}

export function ParticipantDetails({ participantId, organisationId, role, own }: ParticipantDetailsProps) {
  const { t } = useI18n();
  const editor = useEditorContext();
  const key = `participant:${participantId}`;
  const details = editor.data<ParticipantSection>(key);
  const readOnly = !editor.canEdit(key);
  const org = editor.model.organisations[organisationId];
  const set = (patch: Partial<ParticipantSection>) =>
    editor.edit<ParticipantSection>(key, (d) => ({ ...d, ...patch }));
  const f = (name: string) => fieldId(`${key}.${name}`);
  return (
    <fieldset className="fieldset participant-details" id={fieldId(key)} tabIndex={-1}>
      <legend>
        {org?.legalName ?? organisationId} <span className="muted">({t(ROLE_LABEL[role])})</span>
        {own && <span className="badge badge--own">{t('participants.yours')}</span>}
      </legend>
      {readOnly && <p className="muted small">{t('participants.readOnly')}</p>}
      <div className="grid-2">
        <TextField
          id={f('contactName')}
          label={t('participants.contactName')}
          value={details.contactName}
          maxLength={120}
          readOnly={readOnly}
          onChange={(contactName) => set({ contactName })}
        />
        <TextField
          id={f('contactEmail')}
          label={t('participants.contactEmail')}
          type="email"
          value={details.contactEmail}
          readOnly={readOnly}
          onChange={(contactEmail) => set({ contactEmail: contactEmail.trim() })}
        />
      </div>
      <TextArea
        id={f('expertise')}
        label={t('participants.expertise')}
        hint={t('participants.expertiseHint')}
        value={details.expertise}
        rows={3}
        readOnly={readOnly}
        maxLength={3000}
        onChange={(expertise) => set({ expertise: expertise.slice(0, 3000) })}
      />
      <Checkbox
        id={f('eche')}
        label={t('participants.eche')}
        hint={t('participants.echeHint')}
        checked={details.eche}
        disabled={readOnly}
        onChange={(eche) => set({ eche })}
      />
    </fieldset>
  );
}
