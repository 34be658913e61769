/**
 * Adding a partner: search the registry and add a result as a beneficiary or an associated
 * partner, or register a new organisation and add it. The new member gets its own details and
 * budget sections when the consortium is saved.
 */

import type { Organisation } from '../../../contracts/organisations.ts';
import type { Role } from '../../../engine/call-definition/types.ts';
import type { ConsortiumSection } from '../../../engine/proposal/sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { OrganisationSearch } from '../../organisations/OrganisationSearch.tsx';
import { RegisterOrganisation } from '../../organisations/RegisterOrganisation.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';

function newParticipantId(existing: Set<string>): string {
  for (;;) {
    const id = `p-${crypto.randomUUID().slice(0, 8)}`;
    if (!existing.has(id)) return id;
  }
}

export function AddParticipant() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const added = useNotice();
  const consortium = editor.data<ConsortiumSection>('consortium');
  const inConsortium = new Map(
    consortium.participants.map((p) => [p.organisationId, t('consortium.already')]),
  );

  const add = (org: Organisation, role: Role) => {
    const existing = consortium.participants.findIndex((p) => p.organisationId === org.id);
    const index = existing === -1 ? consortium.participants.length : existing;
    editor.rememberOrganisation(org);
    editor.edit<ConsortiumSection>('consortium', (c) => {
      if (c.participants.some((p) => p.organisationId === org.id)) return c;
      const id = newParticipantId(new Set(c.participants.map((p) => p.id)));
      return { participants: [...c.participants, { id, organisationId: org.id, role }] };
    });
    added.show('consortium.added', { name: org.legalName });
    // The button pressed turns into "In the consortium": keep the keyboard user on the new member.
    setTimeout(() => document.getElementById(fieldId(`consortium.participants[${index}]`))?.focus(), 0);
  };

  return (
    <section className="subpanel" aria-labelledby="add-participant-h">
      <h3 id="add-participant-h">{t('consortium.addTitle')}</h3>
      <p className="visually-hidden" role="status">
        {added.text}
      </p>
      <OrganisationSearch
        catalogue={editor.catalogue}
        idPrefix="add"
        unavailable={inConsortium}
        actions={[
          { label: t('consortium.addBeneficiary'), onPick: (org) => add(org, 'beneficiary') },
          { label: t('consortium.addAssociated'), onPick: (org) => add(org, 'associated-partner') },
        ]}
      />
      <details className="details">
        <summary>{t('organisation.notFound')}</summary>
        <RegisterOrganisation
          catalogue={editor.catalogue}
          idPrefix="add-org"
          submitLabel={t('consortium.registerAndAdd')}
          onRegistered={(org) => add(org, 'beneficiary')}
        />
      </details>
    </section>
  );
}
