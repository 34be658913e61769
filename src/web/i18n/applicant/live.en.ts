/** Editing together: autosave, who else is editing, and sections held back from saving. */
export const liveEn = {
  'live.alsoEditing': 'Also editing now: {who}',
  'live.person': '{name} ({organisation})',
  'live.heldBack': '{n} sections are not saved, because a field holds a value that cannot be kept:',
  'live.heldBack.one': '1 section is not saved, because a field holds a value that cannot be kept:',
  'live.showField': 'Go to the field',
};
