/** The facts the chair's flags are written from, shared by the catalogues of both languages. */
import type { Localised } from '../../call-definition/types.ts';

/** A criterion's name as the call gives it, or 'overall' for the total. */
export type CriterionName = Localised | 'overall';

export interface Spread {
  criterion: Localised;
  lowest: number;
  highest: number;
  allowed: number;
}

export interface NearThreshold {
  criterion: CriterionName;
  consensus: number;
  median: number;
  threshold: number;
  within: number;
}

export interface Contradiction {
  criterion: Localised;
  expert: string;
  score: number;
  maximum: number;
  /** A high score whose comment reads as weaknesses; otherwise a low score read as strengths. */
  high: boolean;
  weaknesses: readonly string[];
  strengths: readonly string[];
}

/** The flags still open when the consensus is to be agreed, each by kind, criterion and expert. */
export interface OpenFlags {
  open: readonly {
    id: 'spread' | 'near-threshold' | 'comment-contradicts-score';
    criterion: CriterionName;
    expertName?: string | null | undefined;
  }[];
}
