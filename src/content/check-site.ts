/** The two files beside the entries: the story's settings (content/site.yaml) and the ledger of published ids. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { SiteSchema, type Site } from '../schemas/site.ts';
import type { Problem } from './problem.ts';
import { LEDGER_FILE, parseLedger, type Ledger } from './published-ids.ts';
import { SITE_FILE } from './site-file.ts';
import { yamlLineFinder, type LineOf } from './yaml-lines.ts';
import { expectedFallback, issuesToProblems } from './zod-problems.ts';

/** The ledger of published ids beside content/, if there is one. */
export function readLedger(root: string): { ledger: Ledger; problems: Problem[] } | undefined {
  const file = join(root, LEDGER_FILE);
  return existsSync(file) ? parseLedger(readFileSync(file, 'utf8')) : undefined;
}

/** The story's settings file checked against its schema: the settings, or the problems with them. */
export function checkSite(root: string): {
  site?: Site;
  problems: Problem[];
  /** The line of a field of the file, for the checks that judge the settings against other things. */
  lineOf?: LineOf;
} {
  const path = join(root, SITE_FILE);
  if (!existsSync(path)) {
    return {
      problems: [
        {
          file: SITE_FILE,
          field: 'file',
          found: 'no file',
          expected: 'the story\'s settings, at least "name: <site name>"',
        },
      ],
    };
  }
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = yaml.load(text) ?? {};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    return {
      problems: [
        {
          file: SITE_FILE,
          field: 'file',
          found: `YAML it cannot read (${reason})`,
          expected: 'valid YAML: "field: value" lines',
        },
      ],
    };
  }
  const result = SiteSchema.safeParse(data, { error: expectedFallback });
  const lineOf = yamlLineFinder(text, 1);
  if (result.success) return { site: result.data, problems: [], lineOf };
  return {
    problems: issuesToProblems(result.error.issues, { file: SITE_FILE, data, schema: SiteSchema, lineOf }),
  };
}
