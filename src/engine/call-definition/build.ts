/**
 * Turns the parsed rule files into a RuleBook, or refuses them with every problem found.
 *
 * Pure: it receives already-parsed YAML (see src/node/load-rule-book.ts for the reading), so
 * the same checks run wherever definitions come from.
 */
import type { z } from 'zod';
import { formatPath } from '../field-path.ts';
import {
  callFileSchema,
  countriesFileSchema,
  ecosystemsFileSchema,
  organisationTypesFileSchema,
  sourceSchema,
  sourcesFileSchema,
} from './file-schema.ts';
import type {
  CallDefinition,
  Catalogue,
  Country,
  Ecosystem,
  EcosystemId,
  LotDefinition,
  RuleBook,
  Source,
  Sourced,
  Status,
} from './types.ts';

export interface RuleFile {
  /** Path relative to the repository root, used in messages and in `definedAt`. */
  file: string;
  data: unknown;
}

export interface RuleFiles {
  sources: RuleFile;
  countries: RuleFile;
  ecosystems: RuleFile;
  organisationTypes: RuleFile;
  calls: RuleFile[];
}

/** A rule file that cannot be used; `problems` lists every one, each naming file and field. */
export class DefinitionError extends Error {
  constructor(readonly problems: string[]) {
    super(`The call definitions cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DefinitionError';
  }
}

function parseWith<S extends z.ZodType>(schema: S, f: RuleFile, problems: string[]): z.infer<S> | undefined {
  const result = schema.safeParse(f.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${f.file}: ${formatPath(issue.path) || '(top level)'}: ${issue.message}`);
  }
  return undefined;
}

type RawProvenance = { status: Status; source: string | string[]; note?: string };

function isRawSourced(node: unknown): node is RawProvenance & { value: unknown } {
  return typeof node === 'object' && node !== null && 'value' in node && 'status' in node && 'source' in node;
}

class SourceResolver {
  constructor(
    private readonly sources: Record<string, Source>,
    private readonly problems: string[],
  ) {}

  resolve(ids: string | string[], where: string): Source[] {
    const list = Array.isArray(ids) ? ids : [ids];
    const found: Source[] = [];
    for (const id of list) {
      const source = this.sources[id];
      if (source) found.push(source);
      else
        this.problems.push(
          `${where}: unknown source "${id}" (add it to rules/sources.yaml or to the file's sources)`,
        );
    }
    return found;
  }

  sourced<T>(raw: RawProvenance & { value: T }, file: string, path: string): Sourced<T> {
    const definedAt = `${file}#${path}`;
    const out: Sourced<T> = {
      value: raw.value,
      status: raw.status,
      sources: this.resolve(raw.source, `${file}: ${path}.source`),
      definedAt,
    };
    if (raw.note !== undefined) out.note = raw.note;
    return out;
  }

  provenance(raw: RawProvenance, file: string, path: string): Sourced<null> {
    return this.sourced({ ...raw, value: null }, file, path);
  }

  /** Replaces every `{ value, status, source }` below `node` by a resolved Sourced value. */
  walk(node: unknown, file: string, path: string): unknown {
    if (isRawSourced(node)) return this.sourced(node, file, path);
    if (Array.isArray(node)) return node.map((item, i) => this.walk(item, file, `${path}[${i}]`));
    if (typeof node === 'object' && node !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        out[key] = this.walk(value, file, path ? `${path}.${key}` : key);
      }
      return out;
    }
    return node;
  }
}

function withIds(raw: Record<string, unknown>): Record<string, Source> {
  const out: Record<string, Source> = {};
  for (const [id, value] of Object.entries(raw)) out[id] = { id, ...(value as Omit<Source, 'id'>) };
  return out;
}

function buildCatalogue(files: RuleFiles, problems: string[]): Catalogue | undefined {
  const rawSources = parseWith(sourcesFileSchema, files.sources, problems);
  const rawCountries = parseWith(countriesFileSchema, files.countries, problems);
  const rawEcosystems = parseWith(ecosystemsFileSchema, files.ecosystems, problems);
  const rawTypes = parseWith(organisationTypesFileSchema, files.organisationTypes, problems);
  if (!rawSources || !rawCountries || !rawEcosystems || !rawTypes) return undefined;

  const sources = withIds(rawSources);
  const resolver = new SourceResolver(sources, problems);

  const countries: Record<string, Country> = {};
  for (const [code, c] of Object.entries(rawCountries.countries)) {
    const country: Country = { code, name: { en: c.en, da: c.da } };
    if (c.region !== undefined) {
      country.region = c.region;
      if (!rawCountries.regions[String(c.region)]) {
        problems.push(`${files.countries.file}: countries.${code}.region: no region ${c.region} in regions`);
      }
    }
    if (c.partOf !== undefined) country.partOf = c.partOf;
    if (c.territoryOf !== undefined) country.territoryOf = c.territoryOf;
    countries[code] = country;
  }
  for (const [alias, code] of Object.entries(rawCountries.aliases)) {
    if (!countries[code]) problems.push(`${files.countries.file}: aliases.${alias}: unknown country ${code}`);
  }
  const regions: Catalogue['regions'] = {};
  for (const [id, r] of Object.entries(rawCountries.regions)) {
    regions[id] = resolver.sourced(
      { value: { en: r.en, da: r.da }, status: r.status, source: r.source },
      files.countries.file,
      `regions.${id}`,
    );
  }

  const ecosystems: Record<string, Ecosystem> = {};
  for (const [id, e] of Object.entries(rawEcosystems.ecosystems)) {
    if (!e) continue;
    ecosystems[id] = { id: id as EcosystemId, name: { en: e.en, da: e.da }, aliases: e.aliases ?? [] };
  }

  const organisationTypes: Catalogue['organisationTypes'] = {};
  for (const [id, names] of Object.entries(rawTypes.types)) if (names) organisationTypes[id] = names;

  return {
    countries,
    countryAliases: rawCountries.aliases,
    countryNames: resolver.provenance(rawCountries.names, files.countries.file, 'names'),
    regions,
    ecosystems,
    ecosystemNames: resolver.provenance(rawEcosystems.names.en, files.ecosystems.file, 'names.en'),
    organisationTypes,
    organisationTypeNames: resolver.provenance(rawTypes.names.en, files.organisationTypes.file, 'names.en'),
    sources,
  };
}

/** Checks that hold across fields, which a schema of one field cannot see. */
function checkConsistency(def: CallDefinition, catalogue: Catalogue, problems: string[]): void {
  const at = (path: string) => `${def.file}: ${path}`;
  const groups = [
    ['countries.memberStates', def.countries.memberStates.value],
    ['countries.associated', def.countries.associated.value],
    ['countries.excluded', def.countries.excluded.value],
  ] as const;
  const seen = new Map<string, string>();
  for (const [path, codes] of groups) {
    for (const code of codes) {
      if (!catalogue.countries[code])
        problems.push(at(`${path}: unknown country ${code} (not in rules/countries.yaml)`));
      const before = seen.get(code);
      if (before) problems.push(at(`${path}: ${code} is also listed in ${before}`));
      seen.set(code, path);
    }
  }
  const criterionIds = new Set(def.awardCriteria.criteria.map((c) => c.id));
  if (criterionIds.size !== def.awardCriteria.criteria.length) {
    problems.push(at('awardCriteria.criteria: a criterion id appears twice'));
  }
  def.awardCriteria.criteria.forEach((c, i) => {
    if (c.threshold.value > c.maximum.value) {
      problems.push(at(`awardCriteria.criteria[${i}].threshold: ${c.threshold.value} is above the maximum`));
    }
  });
  for (const id of def.awardCriteria.exAequo.value) {
    if (!criterionIds.has(id)) problems.push(at(`awardCriteria.exAequo: ${id} is not one of the criteria`));
  }
  const maxTotal = def.awardCriteria.criteria.reduce((sum, c) => sum + c.maximum.value, 0);
  if (def.awardCriteria.overallThreshold.value > maxTotal) {
    problems.push(at(`awardCriteria.overallThreshold: above the sum of the maxima (${maxTotal})`));
  }
  if (def.grant.preFinancingPercent.value > def.grant.interimCeilingPercent.value) {
    problems.push(at('grant.preFinancingPercent: above grant.interimCeilingPercent'));
  }
  if (Object.keys(def.lots).length === 0) problems.push(at('lots: a call needs at least one lot'));
  for (const lot of Object.values(def.lots) as LotDefinition[]) {
    const ceilings = lot.maxGrantByDuration.value;
    for (const months of lot.durationsMonths.value) {
      if (ceilings[String(months)] === undefined) {
        problems.push(
          at(`lots.${lot.id}.maxGrantByDuration: no maximum for the allowed duration of ${months} months`),
        );
      }
    }
    for (const months of lot.durationsMonths.value) {
      if (def.grant.reportingPeriodsByDuration.value[String(months)] === undefined) {
        problems.push(
          at(
            `grant.reportingPeriodsByDuration: no reporting periods for the ${lot.id} duration of ${months} months`,
          ),
        );
      }
    }
    for (const months of Object.keys(ceilings)) {
      if (!lot.durationsMonths.value.includes(Number(months))) {
        problems.push(at(`lots.${lot.id}.maxGrantByDuration: ${months} months is not an allowed duration`));
      }
    }
  }
}

/** Builds the rule book; throws DefinitionError listing every problem when anything is wrong. */
export function buildRuleBook(files: RuleFiles): RuleBook {
  const problems: string[] = [];
  const catalogue = buildCatalogue(files, problems);
  const calls: Record<string, CallDefinition> = {};
  for (const f of files.calls) {
    const raw = parseWith(callFileSchema, f, problems);
    if (!raw || !catalogue) continue;
    const localSources = raw.sources ? withIds(raw.sources) : {};
    for (const [id, value] of Object.entries(raw.sources ?? {})) {
      const checked = sourceSchema.safeParse(value);
      if (!checked.success) problems.push(`${f.file}: sources.${id}: ${checked.error.issues[0]?.message}`);
    }
    const resolver = new SourceResolver({ ...catalogue.sources, ...localSources }, problems);
    const { sources: _local, ...rest } = raw;
    const resolved = resolver.walk(rest, f.file, '') as Omit<CallDefinition, 'file' | 'lots'> & {
      lots: Record<string, Omit<LotDefinition, 'id'>>;
    };
    const lots: CallDefinition['lots'] = {};
    for (const [id, lot] of Object.entries(resolved.lots)) {
      lots[id as LotDefinition['id']] = { id: id as LotDefinition['id'], ...lot };
    }
    if (calls[raw.year]) problems.push(`${f.file}: year: ${raw.year} is defined twice`);
    const definition: CallDefinition = { ...resolved, file: f.file, lots };
    checkConsistency(definition, catalogue, problems);
    calls[raw.year] = definition;
  }
  if (problems.length > 0 || !catalogue) throw new DefinitionError(problems);
  return { catalogue, calls };
}
