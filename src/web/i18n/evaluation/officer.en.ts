/** English messages of the officer's evaluation pages (screening, experts, assignment, progress, ranking). */
export const officerEn = {
  'officerCall.title': 'Evaluation of call {callId}',
};
