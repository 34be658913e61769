/**
 * Part A, the administrative forms: proposals made before it get an empty Part A for each
 * participant (`part-a:<id>`, beside its `participant:<id>` section) and an empty coordinator's
 * declaration, at version 1 with the history row, as a new proposal starts with them. Drafts only
 * change by the sections; a submission's frozen content stays as it was.
 */
import type { Kysely } from 'kysely';
import { execStatements } from '../exec-statements.ts';

const EMPTY_PART_A = `'{"legalRepresentative":{"name":"","position":"","email":""},"declarations":{},"answers":{}}'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    insert into proposal_sections (proposal_id, key, version, data, updated_at, updated_by)
      select s.proposal_id, 'part-a:' || substr(s.key, 13), 1, ${EMPTY_PART_A}::jsonb, s.updated_at, s.updated_by
      from proposal_sections s
      where s.key like 'participant:%'
        and not exists (select 1 from proposal_sections t
                        where t.proposal_id = s.proposal_id and t.key = 'part-a:' || substr(s.key, 13));
    insert into proposal_sections (proposal_id, key, version, data, updated_at, updated_by)
      select s.proposal_id, 'coordinator-declaration', 1, '{"declarations":{}}'::jsonb, s.updated_at, s.updated_by
      from proposal_sections s
      where s.key = 'general'
        and not exists (select 1 from proposal_sections t
                        where t.proposal_id = s.proposal_id and t.key = 'coordinator-declaration');
    insert into proposal_section_versions (proposal_id, key, version, data, created_at, created_by)
      select s.proposal_id, s.key, 1, s.data, s.updated_at, s.updated_by
      from proposal_sections s
      where (s.key like 'part-a:%' or s.key = 'coordinator-declaration')
        and not exists (select 1 from proposal_section_versions v
                        where v.proposal_id = s.proposal_id and v.key = s.key and v.version = 1);
    `,
  );
}
