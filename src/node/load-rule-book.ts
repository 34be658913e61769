/**
 * Reads the call definitions from disk (rules/) and builds the rule book.
 * The only place the engines' inputs touch the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildRuleBook, type RuleFile, type RuleFiles } from '../engine/call-definition/build.ts';
import type { RuleBook } from '../engine/call-definition/types.ts';

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_RULES_DIR = join(REPOSITORY_ROOT, 'rules');

function readYaml(path: string): RuleFile {
  return { file: relative(REPOSITORY_ROOT, path), data: parse(readFileSync(path, 'utf8')) };
}

/** The parsed rule files: every call year in `rulesDir/calls/*.yaml` and the shared catalogues. */
export function readRuleFiles(rulesDir: string = DEFAULT_RULES_DIR): RuleFiles {
  const callsDir = join(rulesDir, 'calls');
  const callFiles = readdirSync(callsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readYaml(join(callsDir, name)));
  return {
    sources: readYaml(join(rulesDir, 'sources.yaml')),
    countries: readYaml(join(rulesDir, 'countries.yaml')),
    ecosystems: readYaml(join(rulesDir, 'ecosystems.yaml')),
    organisationTypes: readYaml(join(rulesDir, 'organisation-types.yaml')),
    calls: callFiles,
  };
}

export function loadRuleBook(rulesDir: string = DEFAULT_RULES_DIR): RuleBook {
  return buildRuleBook(readRuleFiles(rulesDir));
}

let cached: RuleBook | undefined;

/** The rule book of this repository, read once per process. */
export function ruleBook(): RuleBook {
  cached ??= loadRuleBook();
  return cached;
}
