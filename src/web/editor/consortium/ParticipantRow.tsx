/** One member of the consortium: its organisation, its role, and removing it. */
import '../../organisations/organisations.css';
import { ROLES, type Role } from '../../../engine/call-definition/types.ts';
import type { ConsortiumSection } from '../../../engine/proposal/sections.ts';
import { SelectField } from '../../components/fields.tsx';
import { ROLE_LABEL } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { OrganisationSummary } from '../../organisations/OrganisationSummary.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';

type Member = ConsortiumSection['participants'][number];

export function ParticipantRow({
  participant,
  index,
  readOnly,
  onRemove,
}: {
  participant: Member;
  index: number;
  readOnly: boolean;
  /** Removes the member; the consortium page offers to undo it. */
  onRemove(member: Member, index: number, name: string): void;
}) {
  const { t } = useI18n();
  const editor = useEditorContext();
  const org = editor.model.organisations[participant.organisationId];
  const name = org?.legalName ?? participant.organisationId;
  const update = (change: (list: Member[]) => Member[]) =>
    editor.edit<ConsortiumSection>('consortium', (c) => ({ participants: change(c.participants) }));
  return (
    <li
      className="participant-row"
      id={fieldId(`consortium.participants[${index}]`)}
      tabIndex={-1}
      aria-label={name}
    >
      <div className="participant-row__org">
        {org ? (
          <OrganisationSummary org={org} catalogue={editor.catalogue} manage />
        ) : (
          <strong>{name}</strong>
        )}
      </div>
      <div className="participant-row__controls">
        <SelectField
          id={fieldId(`consortium.participants[${index}].role`)}
          label={t('consortium.roleOf', { name })}
          value={participant.role}
          disabled={readOnly}
          onChange={(role: Role) =>
            update((list) => list.map((p) => (p.id === participant.id ? { ...p, role } : p)))
          }
          options={ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
        />
        {!readOnly && (
          <button
            type="button"
            className="button button--danger-secondary"
            aria-label={`${t('consortium.remove')}: ${name}`}
            onClick={() => onRemove(participant, index, name)}
          >
            {t('consortium.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
