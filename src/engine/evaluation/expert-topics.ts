/**
 * The words an expert's expertise is registered in: the topics the assignment matches a proposal
 * on (src/server/evaluation/assignment-input.ts), and nothing else, so that a typo in the
 * registry can never hide a match. The ecosystems are the catalogue's (rules/ecosystems.yaml);
 * the sectors are the lots' themes and the education sectors taking part.
 */
import { ECOSYSTEM_IDS } from '../call-definition/types.ts';

export const SECTOR_TOPICS = [
  'education-enterprise',
  'sectoral-skills',
  'stem',
  'higher-education',
  'vet',
] as const;
export type SectorTopic = (typeof SECTOR_TOPICS)[number];

export const EXPERT_TOPICS = [...SECTOR_TOPICS, ...ECOSYSTEM_IDS] as const;
export type ExpertTopic = (typeof EXPERT_TOPICS)[number];
