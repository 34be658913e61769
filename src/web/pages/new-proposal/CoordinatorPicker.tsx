/** The coordinator's organisation: found in the registry, or registered on the spot. */
import { useState } from 'react';
import type { Organisation } from '../../../contracts/organisations.ts';
import type { Catalogue } from '../../../engine/call-definition/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { OrganisationSearch } from '../../organisations/OrganisationSearch.tsx';
import { RegisterOrganisation } from '../../organisations/RegisterOrganisation.tsx';

export function CoordinatorPicker({
  catalogue,
  onPick,
}: {
  catalogue: Catalogue;
  onPick(org: Organisation): void;
}) {
  const { t } = useI18n();
  const [registering, setRegistering] = useState(false);
  return (
    <div>
      <OrganisationSearch
        catalogue={catalogue}
        idPrefix="new"
        actions={[{ label: t('newProposal.chooseCoordinator'), onPick }]}
      />
      <details className="details" open={registering} onToggle={(e) => setRegistering(e.currentTarget.open)}>
        <summary>{t('organisation.notFound')}</summary>
        <RegisterOrganisation
          catalogue={catalogue}
          idPrefix="new-org"
          submitLabel={t('organisation.registerAndChoose')}
          onRegistered={onPick}
        />
      </details>
    </div>
  );
}
