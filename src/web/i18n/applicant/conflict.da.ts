/** Dialogen for et afsnit, som en anden har gemt imens, og forskellene i den (src/web/editor/conflict). */
export const conflictDa = {
  'diff.title': 'Sammenlign to versioner',
  'diff.from': 'Ældre version',
  'diff.to': 'Nyere version',
  'diff.compare': 'Sammenlign',
  'diff.same': 'De to versioner har samme indhold.',
  'diff.count': '{n} felter er forskellige.',
  'diff.count.one': '1 felt er forskelligt.',
  'diff.field': 'Felt',
  'diff.absent': 'findes ikke',
  'diff.table': 'Felter, der er forskellige i de to versioner',
  'conflict.title': 'En anden har gemt »{section}«',
  'conflict.lead':
    '{who} gemte det {time} (version {version}); dine ændringer bygger på version {yours}. Intet er overskrevet. Vælg, hvordan du vil fortsætte.',
  'conflict.someone': 'En anden',
  'conflict.theirChanges': 'Det har {who} ændret',
  'conflict.yourChanges': 'Det har du ændret',
  'conflict.unknownChanges': 'Ændringerne kan ikke vises.',
  'conflict.noChanges': 'Ingen ændringer.',
  'conflict.clashes': 'I har begge ændret {n} felter:',
  'conflict.clashes.one': 'I har begge ændret 1 felt:',
  'conflict.clash':
    'deres »{theirs}«, dit »{mine}«. Ved sammenfletning beholdes dit; deres bevares i versionshistorikken.',
  'conflict.combinable': 'Dine og deres ændringer berører forskellige felter: sammenfletning bevarer begge.',
  'conflict.combine': 'Flet begge sammen og gennemgå',
  'conflict.keepMine': 'Behold mine og gem',
  'conflict.keepTheirs': 'Behold deres, kassér mine',
};
