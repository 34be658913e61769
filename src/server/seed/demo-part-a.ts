/**
 * Part A of the demo proposals, filled in: each participant's legal representative, its
 * declarations of honour ticked and its self-assessment questions answered "no", and the
 * coordinator's declaration on behalf of all, as the call lists them.
 */
import type { CallDefinition } from '../../engine/call-definition/types.ts';

const REPRESENTATIVES = [
  ['Mette Kjær', 'Rector'],
  ['Jonas Weber', 'Head of School'],
  ['Sofia Rossi', 'Managing Director'],
  ['Eva Novak', 'Director'],
  ['Lukas Bauer', 'Chief Executive'],
  ['Anna Nielsen', 'Vice-Rector'],
] as const;

/** The sections of a filled-in Part A, by key, for the participants in consortium order. */
export function demoPartA(call: CallDefinition, participantIds: readonly string[]): [string, unknown][] {
  const definitions = call.submissionPackage.partADeclarations.value;
  const each = definitions.filter((d) => d.by === 'each-participant');
  const sections: [string, unknown][] = participantIds.map((id, i) => {
    const [name, position] = REPRESENTATIVES[i % REPRESENTATIVES.length]!;
    return [
      `part-a:${id}`,
      {
        legalRepresentative: {
          name,
          position,
          email: `legal.${id}@demo.alliances.example`,
        },
        declarations: Object.fromEntries(each.filter((d) => !d.questions).map((d) => [d.id, true])),
        answers: Object.fromEntries(each.flatMap((d) => (d.questions ?? []).map((q) => [q.id, 'no']))),
      },
    ];
  });
  sections.push([
    'coordinator-declaration',
    {
      declarations: Object.fromEntries(
        definitions.filter((d) => d.by === 'coordinator').map((d) => [d.id, true]),
      ),
    },
  ]);
  return sections;
}
