/** English messages of the expert's pages (assignments, declaration, individual evaluation, consensus). */
export const expertEn = {
  'expertProposal.title': 'Assigned proposal',
};
