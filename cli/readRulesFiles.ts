import { EngineError, parsePromotions, parseRules, RuleError, type BusinessRules, type Promotion } from '../engine/index.js';
import { readJsonFile } from './readJsonFile.js';

/** The business rules of `--rules`; a rule that is wrong is a bad input naming the file and the rule. */
export function readRulesFile(path: string): Promise<BusinessRules> {
  return readValidated(path, parseRules);
}

/** The promotions of `--promotions`; a promotion that is wrong is a bad input naming the file and the promotion. */
export function readPromotionsFile(path: string): Promise<Promotion[]> {
  return readValidated(path, parsePromotions);
}

async function readValidated<T>(path: string, parse: (json: unknown) => T): Promise<T> {
  const json = await readJsonFile(path);
  try {
    return parse(json);
  } catch (error) {
    if (error instanceof RuleError) throw new EngineError('BAD_RULES', `${path}: ${error.message}`, { source: path });
    throw error;
  }
}
