/** Option parsing shared by the commands, with messages that name the option and what it expects. */
import { parseArgs } from 'node:util';
import type { Lang } from '../engine/call-definition/types.ts';
import { type CommandResult, unusable } from './io.ts';

export type Format = 'text' | 'json';

export interface CommonOptions {
  format: Format;
  lang: Lang;
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
}

type Spec = Record<string, { type: 'string' | 'boolean' }>;

export function parseOptions(
  args: string[],
  extra: Spec = {},
): { ok: true; options: CommonOptions } | { ok: false; result: CommandResult } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, lang: { type: 'string' }, ...extra },
    });
  } catch (error) {
    return { ok: false, result: unusable((error as Error).message) };
  }
  const { format = 'text', lang = 'en' } = parsed.values as { format?: string; lang?: string };
  if (format !== 'text' && format !== 'json') {
    return { ok: false, result: unusable(`--format: expected json or text; got "${format}"`) };
  }
  if (lang !== 'en' && lang !== 'da') {
    return { ok: false, result: unusable(`--lang: expected en or da; got "${lang}"`) };
  }
  return {
    ok: true,
    options: {
      format,
      lang,
      positionals: parsed.positionals,
      flags: parsed.values as Record<string, string | boolean | undefined>,
    },
  };
}
