import { readFileSync } from 'node:fs';
import type { Program } from '../schema.js';
import { validateProgram } from '../validate.js';

const MAX_PROBLEMS_SHOWN = 5;

/**
 * A parsed program (`chuongtrinh parse FILE > program.json`) for `--data FILE`: the dataset, or
 * what is wrong with it (unreadable, not JSON, or not the contract, with the JSON paths).
 */
export function readDataset(file: string): { program: Program } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: `cannot read --data ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: `--data ${file} is not JSON: ${(error as Error).message}` };
  }
  const result = validateProgram(json);
  if (result.success) return { program: result.program };
  const shown = result.issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
  const more = result.issues.length > MAX_PROBLEMS_SHOWN ? `; and ${result.issues.length - MAX_PROBLEMS_SHOWN} more` : '';
  return { problem: `--data ${file} is not a program dataset (format ${json && typeof json === 'object' && 'formatVersion' in json ? String(json.formatVersion) : '?'}): ${shown.join('; ')}${more}` };
}
