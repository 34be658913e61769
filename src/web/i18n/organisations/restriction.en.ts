/** English texts of an organisation's registry restriction (src/web/organisations/OrganisationRestriction.tsx). */
export const restrictionEn = {
  'restriction.hu-public-interest-trust':
    'Restricted entity: Council Implementing Decision (EU) 2022/2506 — Hungarian public-interest trusts',
  'restriction.effect': 'It may take part, but no grant agreement can be signed with it.',
  'restriction.label': 'Registry restriction',
  'restriction.none': 'No restriction',
  'restriction.option.hu-public-interest-trust':
    'Hungarian public-interest trust (Council Implementing Decision (EU) 2022/2506)',
  'restriction.save': 'Save the restriction',
  'restriction.saving': 'Saving…',
  'restriction.notInRegistry': 'This organisation has no PIC to find it in the registry by.',
  'restriction.saved': 'Restriction saved.',
} as const;
