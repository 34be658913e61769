/** Part A, the administrative forms (src/web/editor/part-a): legal representative, declarations, self-assessments. */
export const partAEn = {
  'tab.partA': 'Part A',
  'partA.intro':
    'The administrative forms: each participant names its legal representative, makes the declarations of honour and answers the self-assessment questions; the coordinator then declares on behalf of all. A partner’s contact fills in their own organisation’s Part A; the coordinator’s contacts may fill in any.',
  'partA.representative': 'Legal representative',
  'partA.representativeName': 'Name',
  'partA.representativePosition': 'Position',
  'partA.representativeEmail': 'E-mail address',
  'partA.declarations': 'Declarations of honour',
  'partA.yes': 'Yes',
  'partA.no': 'No',
  'partA.readOnly': 'Filled in by this organisation’s contact or the coordinator.',
  'partA.coordinator': 'The coordinator’s declaration',
  'partA.coordinatorReadOnly': 'Made by the coordinator’s contacts.',
  'section.partA': 'Part A of {name}',
  'partA.findings': 'What Part A still needs',
} as const;
