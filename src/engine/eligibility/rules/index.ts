/**
 * Every eligibility rule, in the order findings are reported. One file per rule, named by its
 * id (spec/check-format.md lists the stable ids). The numbers a rule applies are in the
 * call definitions, rules/calls/<year>.yaml, each with its source.
 */
import type { EligibilityRule } from '../types.ts';
import { budgetFundingRate } from './budget-funding-rate.ts';
import { budgetMaxGrant } from './budget-max-grant.ts';
import { consortiumHeiRequired } from './consortium-hei-required.ts';
import { consortiumMinApplicants } from './consortium-min-applicants.ts';
import { consortiumMinCountries } from './consortium-min-countries.ts';
import { consortiumMinEducationProviders } from './consortium-min-education-providers.ts';
import { consortiumMinLabourMarketActors } from './consortium-min-labour-market-actors.ts';
import { consortiumVetRequired } from './consortium-vet-required.ts';
import { coordinatorCount } from './coordinator-count.ts';
import { coordinatorCountry } from './coordinator-country.ts';
import { participantCountry } from './participant-country.ts';
import { participantDuplicate } from './participant-duplicate.ts';
import { participantEcheRequired } from './participant-eche-required.ts';
import { participantExcludedCountry } from './participant-excluded-country.ts';
import { participantOrganisationType } from './participant-organisation-type.ts';
import { participantRestrictedEntity } from './participant-restricted-entity.ts';
import { participantSanctionedEntity } from './participant-sanctioned-entity.ts';
import { projectDuration } from './project-duration.ts';
import { projectDurationNormal } from './project-duration-normal.ts';
import { projectEcosystem } from './project-ecosystem.ts';
import { projectEcosystemOngoingBlueprint } from './project-ecosystem-ongoing-blueprint.ts';
import { projectEcosystemPriority } from './project-ecosystem-priority.ts';
import { submissionDeadline } from './submission-deadline.ts';

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  coordinatorCount,
  coordinatorCountry,
  participantCountry,
  participantExcludedCountry,
  participantSanctionedEntity,
  participantRestrictedEntity,
  participantOrganisationType,
  participantDuplicate,
  participantEcheRequired,
  consortiumMinCountries,
  consortiumMinApplicants,
  consortiumMinLabourMarketActors,
  consortiumMinEducationProviders,
  consortiumHeiRequired,
  consortiumVetRequired,
  projectDuration,
  projectDurationNormal,
  projectEcosystem,
  projectEcosystemPriority,
  projectEcosystemOngoingBlueprint,
  budgetMaxGrant,
  budgetFundingRate,
  submissionDeadline,
];
