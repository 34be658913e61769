/**
 * The topics an expert can be matched on: the words the assignment uses for a proposal (its
 * ecosystem from the catalogue, its lot's theme, the education sectors taking part; see
 * src/server/evaluation/assignment-input.ts). Offered as choices so a typo never hides a match.
 */
import type { Catalogue, Lang } from '../../../engine/call-definition/types.ts';
import type { SectorTopic } from '../../../engine/evaluation/expert-topics.ts';

/** The topics that are not ecosystems, with their i18n keys. */
export const OTHER_TOPICS = {
  'education-enterprise': 'experts.topic.educationEnterprise',
  'sectoral-skills': 'experts.topic.sectoralSkills',
  stem: 'experts.topic.stem',
  'higher-education': 'experts.topic.higherEducation',
  vet: 'experts.topic.vet',
} as const satisfies Record<SectorTopic, string>;

export interface TopicChoice {
  id: string;
  label: string;
}

/**
 * Sectors first, then ecosystems by name in the reader's language; a topic an entry already has
 * that is in neither (registered before the choices) stays, so saving does not drop it.
 */
export function topicChoices(
  catalogue: Catalogue,
  lang: Lang,
  t: (key: (typeof OTHER_TOPICS)[keyof typeof OTHER_TOPICS]) => string,
  current: readonly string[],
): TopicChoice[] {
  const others = Object.entries(OTHER_TOPICS).map(([id, key]) => ({ id, label: t(key) }));
  const ecosystems = Object.values(catalogue.ecosystems)
    .map((e) => ({ id: e.id as string, label: e.name[lang] ?? e.name.en }))
    .sort((a, b) => a.label.localeCompare(b.label, lang === 'da' ? 'da' : 'en'));
  const known = new Set([...others, ...ecosystems].map((c) => c.id));
  const unknown = current.filter((id) => !known.has(id)).map((id) => ({ id, label: id }));
  return [...others, ...ecosystems, ...unknown];
}
