/**
 * The confirmation each contact gets when a proposal is submitted: the receipt code, the Brussels
 * time that decides the deadline and the SHA-256 of the version, with the receipt PDF.
 */
import type { Lang } from '../../../engine/call-definition/types.ts';

export interface SubmissionConfirmation {
  name: string;
  acronym: string;
  number: number;
  receiptCode: string;
  submittedAtBrussels: string;
  sha256: string;
  /** The proposal's receipts and versions page. */
  link: string;
  /** The submission package's files with their SHA-256. */
  files?: { name: string; sha256: string }[];
}

const fileLines = (s: SubmissionConfirmation, heading: string) =>
  s.files && s.files.length > 0
    ? `\n\n${heading}\n${s.files.map((f) => `${f.name}: ${f.sha256}`).join('\n')}`
    : '';

export function submissionConfirmation(
  lang: Lang,
  s: SubmissionConfirmation,
): { subject: string; body: string } {
  if (lang === 'da') {
    return {
      subject: `Kvittering: ${s.acronym} er indsendt (version ${s.number})`,
      body: `Kære ${s.name}\n\nAnsøgningen ${s.acronym} er indsendt, version ${s.number}.\n\nKvitteringskode: ${s.receiptCode}\nIndsendt (Bruxelles-tid): ${s.submittedAtBrussels}\nSHA-256: ${s.sha256}${fileLines(s, 'Indsendte filer (SHA-256):')}\n\nKvitteringen er vedhæftet som PDF. Alle indsendte versioner kan hentes her:\n${s.link}\n\nDen seneste version før fristen er den, der gælder.`,
    };
  }
  return {
    subject: `Receipt: ${s.acronym} submitted (version ${s.number})`,
    body: `Dear ${s.name},\n\nThe proposal ${s.acronym} has been submitted, version ${s.number}.\n\nReceipt code: ${s.receiptCode}\nSubmitted (Brussels time): ${s.submittedAtBrussels}\nSHA-256: ${s.sha256}${fileLines(s, 'Files submitted (SHA-256):')}\n\nThe receipt is attached as a PDF. Every submitted version can be downloaded at:\n${s.link}\n\nThe last version before the deadline is the one that counts.`,
  };
}
