/**
 * The e-mail that tells each coordinator contact the outcome of their proposal, in the language
 * of their account, with a link to the outcome on the proposal page.
 */
import type { Lang } from '../../../engine/call-definition/types.ts';
import type { OutcomeDecision } from '../../evaluation/outcome.ts';

export interface ResultNotice {
  name: string;
  acronym: string;
  decision: OutcomeDecision;
  /** The proposal's outcome page. */
  link: string;
}

const DECISION: Record<Lang, Record<OutcomeDecision, string>> = {
  en: {
    selected: 'Your proposal has been selected for funding.',
    reserve:
      'Your proposal has been placed on the reserve list: it may be funded if money becomes available.',
    'not-selected': 'Your proposal has not been selected for funding.',
  },
  da: {
    selected: 'Jeres ansøgning er udvalgt til støtte.',
    reserve:
      'Jeres ansøgning er sat på reservelisten: den kan få støtte, hvis der bliver midler til rådighed.',
    'not-selected': 'Jeres ansøgning er ikke udvalgt til støtte.',
  },
};

export function resultNotice(lang: Lang, n: ResultNotice): { subject: string; body: string } {
  const outcome = DECISION[lang][n.decision];
  if (lang === 'da') {
    return {
      subject: `Resultat af evalueringen af ${n.acronym}`,
      body: `Kære ${n.name}\n\nEvalueringen af jeres ansøgning ${n.acronym} er afsluttet. ${outcome}\n\nSe resultatet, pointene og evalueringsrapporten her:\n${n.link}\n\nHvis I mener, at evalueringen ikke er foregået efter reglerne, kan I bede om en prøvelse inden for 30 dage.`,
    };
  }
  return {
    subject: `Evaluation result for ${n.acronym}`,
    body: `Dear ${n.name},\n\nThe evaluation of your proposal ${n.acronym} is complete. ${outcome}\n\nSee the outcome, the scores and the evaluation summary report at:\n${n.link}\n\nIf you think the evaluation was procedurally flawed, you may ask for a review within 30 days.`,
  };
}
