/** The dialog for a section someone else saved meanwhile, and the differences it shows (src/web/editor/conflict). */
export const conflictEn = {
  'diff.title': 'Compare two versions',
  'diff.from': 'Older version',
  'diff.to': 'Newer version',
  'diff.compare': 'Compare',
  'diff.same': 'The two versions have the same content.',
  'diff.count': '{n} fields differ.',
  'diff.count.one': '1 field differs.',
  'diff.field': 'Field',
  'diff.absent': 'absent',
  'diff.table': 'Fields that differ between the two versions',
  'conflict.title': 'Someone else saved “{section}”',
  'conflict.lead':
    '{who} saved it at {time} (version {version}); your edits were made on version {yours}. Nothing was overwritten. Choose how to go on.',
  'conflict.someone': 'Someone',
  'conflict.theirChanges': 'What {who} changed',
  'conflict.yourChanges': 'What you changed',
  'conflict.unknownChanges': 'The changes cannot be listed.',
  'conflict.noChanges': 'No changes.',
  'conflict.clashes': 'You both changed {n} fields:',
  'conflict.clashes.one': 'You both changed 1 field:',
  'conflict.clash':
    'theirs “{theirs}”, yours “{mine}”. Combining keeps yours; theirs stays in the version history.',
  'conflict.combinable': 'Your changes and theirs touch different fields: combining keeps both.',
  'conflict.combine': 'Combine both and review',
  'conflict.keepMine': 'Keep mine and save',
  'conflict.keepTheirs': 'Keep theirs, drop mine',
};
