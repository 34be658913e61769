/** Danske tekster om det, der sker efter indsendelsen. Same keys as results.en.ts. */
import type { resultsEn } from './results.en.ts';

export const resultsDa: Record<keyof typeof resultsEn, string> = {
  'tab.outcome': 'Resultat',
  'outcome.intro': 'Resultatet af evalueringen, når agenturet har sendt evalueringsrapporterne.',
  'outcome.notYet':
    'Agenturet har ikke sendt resultaterne endnu. I får en e-mail, når de er sendt, og resultatet vises her.',
  'outcome.notSubmitted': 'Ansøgningen blev ikke indsendt og er derfor ikke evalueret.',
  'outcome.decision.selected': 'Udvalgt til støtte',
  'outcome.decision.reserve': 'På reservelisten',
  'outcome.decision.not-selected': 'Ikke udvalgt',
  'outcome.explain.selected': 'Ansøgningen ligger inden for budgettet for {lot} som nummer {rank}.',
  'outcome.explain.reserve':
    'Ansøgningen klarede alle tærskler, men ligger uden for budgettet for {lot} (nummer {rank}). Den rykker op, hvis der bliver midler til rådighed.',
  'outcome.explain.not-selected': 'Ansøgningen får ikke støtte i {lot}.',
  'outcome.ineligible': 'Ansøgningen blev fundet ikke-støtteberettiget ved screeningen: {reason}',
  'outcome.sentAt': 'Resultaterne blev sendt {time}.',
  'outcome.scores': 'Point',
  'outcome.criterion': 'Tildelingskriterium',
  'outcome.score': 'Point',
  'outcome.threshold': 'Tærskel',
  'outcome.met': 'Tærskel nået',
  'outcome.yes': 'Ja',
  'outcome.no': 'Nej',
  'outcome.total': 'I alt',
  'outcome.totalValue': '{score} af {maximum} (tærskel {threshold})',
  'outcome.reasons': 'Sådan blev afgørelsen truffet',
  'outcome.report':
    'Den fulde evalueringsrapport med eksperternes kommentarer ligger under Hent filer ovenfor.',
  'submit.unchanged':
    'Intet er ændret siden version {n}: der er ikke indsendt en ny version, og version {n} gælder stadig.',
  'versionFiles.receipt': 'Kvittering for version {n} (PDF)',
  'versionFiles.proposal': 'Version {n} af ansøgningen (PDF)',
  'deadlineBanner.48h':
    'Under 48 timer til fristen ({deadline}, Bruxelles-tid), og ansøgningen er ikke indsendt endnu.',
  'deadlineBanner.24h':
    'Under 24 timer til fristen ({deadline}, Bruxelles-tid), og ansøgningen er ikke indsendt endnu.',
  'field.lot': 'Lot',
  'field.durationMonths': 'Varighed (måneder)',
  'field.requestedGrant': 'Ansøgt tilskud (EUR)',
  'field.answer': 'Svar',
};
