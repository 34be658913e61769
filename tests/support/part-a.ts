/**
 * Filling Part A, the administrative forms, through the API as the coordinator would: each
 * participant's legal representative, every declaration of honour the call lists ticked and
 * every self-assessment question answered "no", then the coordinator's declaration on behalf of
 * all. What the call lists is read from the call definition, so a new call year needs nothing here.
 */
import type { DeclarationDefinition } from '../../src/engine/call-definition/types.ts';
import type { TestClient } from './client.ts';
import { saveSection } from './proposals.ts';

/** The call's Part A declarations for a proposal. */
export async function partADeclarations(
  client: TestClient,
  proposalId: string,
): Promise<DeclarationDefinition[]> {
  const view = await client.get(`/api/v1/proposals/${proposalId}`);
  if (view.status !== 200) throw new Error(`reading ${proposalId} failed: ${view.status}`);
  const call = await client.get(`/api/v1/calls/${encodeURIComponent(view.body.callId)}`);
  if (call.status !== 200) throw new Error(`reading call ${view.body.callId} failed: ${call.status}`);
  return call.body.submissionPackage.partADeclarations.value;
}

/** A participant's Part A made in full ("no" to every self-assessment question). */
export function completePartA(declarations: readonly DeclarationDefinition[], name = 'Legal Representative') {
  const each = declarations.filter((d) => d.by === 'each-participant');
  return {
    legalRepresentative: { name, position: 'Director', email: 'legal.representative@example.org' },
    declarations: Object.fromEntries(each.filter((d) => !d.questions).map((d) => [d.id, true])),
    answers: Object.fromEntries(each.flatMap((d) => (d.questions ?? []).map((q) => [q.id, 'no']))),
  };
}

/** The coordinator's declarations made. */
export function completeCoordinatorDeclaration(declarations: readonly DeclarationDefinition[]) {
  return {
    declarations: Object.fromEntries(
      declarations.filter((d) => d.by === 'coordinator').map((d) => [d.id, true]),
    ),
  };
}

/** Fills every participant's Part A and the coordinator's declaration; `client` is a coordinator's contact. */
export async function fillPartA(client: TestClient, proposalId: string): Promise<void> {
  const declarations = await partADeclarations(client, proposalId);
  const view = await client.get(`/api/v1/proposals/${proposalId}`);
  const participants: { id: string }[] = view.body.sections.consortium.data.participants;
  for (const p of participants) {
    await saveSection(client, proposalId, `part-a:${p.id}`, () => completePartA(declarations));
  }
  await saveSection(client, proposalId, 'coordinator-declaration', () =>
    completeCoordinatorDeclaration(declarations),
  );
}
