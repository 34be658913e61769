/**
 * The calls the platform runs, as a rule book the engines read. Real calls use their definition
 * from rules/ as it stands; the demo call copies the newest definition with its own deadline
 * (an instant stored in the database), and its own key, so the same engines run on it.
 */
import type { Kysely } from 'kysely';
import type { CallDefinition, RuleBook, Sourced } from '../../engine/call-definition/types.ts';
import { deadlineInstant } from '../../engine/deadline/deadline.ts';
import { formatInZone } from '../../engine/deadline/zoned-time.ts';
import type { Database } from '../db/schema.ts';
import { isInTransaction } from '../db/transaction-guard.ts';
import { notFound } from '../errors.ts';

export interface CallRow {
  id: string;
  definition_year: string;
  title: string;
  title_da: string | null;
  is_demo: boolean;
  deadline_at: Date;
  opens_at: Date | null;
}

const BRUSSELS = 'Europe/Brussels';

/** The local date and time in Brussels of an instant: what a definition's deadline holds. */
export function brusselsLocal(instant: Date): { date: string; time: string } {
  const local = formatInZone(instant.getTime(), BRUSSELS);
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

export function effectiveDefinition(base: CallDefinition, row: CallRow): CallDefinition {
  if (!row.is_demo) return base;
  const definition = structuredClone(base);
  definition.year = row.id;
  const deadline: Sourced<CallDefinition['call']['deadline']['value']> = {
    value: { ...brusselsLocal(row.deadline_at), timeZone: BRUSSELS },
    status: 'unconfirmed',
    sources: [
      {
        id: 'demo-call',
        title: `Demo call: a copy of the ${base.year} call with a deadline set when the platform was first started`,
        kind: 'project',
      },
    ],
    definedAt: `database#calls.${row.id}.deadline_at`,
    note: 'Not a real call: for trying the platform.',
  };
  definition.call.deadline = deadline;
  return definition;
}

export class CallBook {
  #cached: { book: RuleBook; rows: Map<string, CallRow> } | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly definitions: RuleBook,
  ) {}

  /** The rule book keyed by call id. Reloaded when a call id is asked for that it does not know. */
  async ruleBook(callId?: string): Promise<RuleBook> {
    // Inside a transaction the cache is what it is: the calls were checked before it began.
    const unknown = callId !== undefined && !this.#cached?.rows.has(callId);
    if (!this.#cached || (unknown && !isInTransaction())) await this.reload();
    return this.#cached!.book;
  }

  async row(callId: string): Promise<CallRow | undefined> {
    await this.ruleBook(callId);
    return this.#cached!.rows.get(callId);
  }

  async rows(): Promise<CallRow[]> {
    await this.ruleBook();
    return [...this.#cached!.rows.values()];
  }

  async reload(): Promise<void> {
    const rows = await this.db.selectFrom('calls').selectAll().orderBy('deadline_at').execute();
    const calls: RuleBook['calls'] = {};
    const known = new Map<string, CallRow>();
    for (const row of rows) {
      const base = this.definitions.calls[row.definition_year];
      // A row whose year the definitions no longer have is not offered: nothing could check it.
      if (!base) continue;
      calls[row.id] = effectiveDefinition(base, row);
      known.set(row.id, row);
    }
    this.#cached = { book: { catalogue: this.definitions.catalogue, calls }, rows: known };
  }

  /** The deadline of a call as an instant, from its effective definition. */
  async deadline(callId: string): Promise<Date> {
    const book = await this.ruleBook(callId);
    const call = book.calls[callId];
    if (!call) throw notFound(`The call "${callId}"`);
    return new Date(deadlineInstant(call.call.deadline.value).epochMs);
  }
}
