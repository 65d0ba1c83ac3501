import { Counter, type Registry } from 'prom-client';
import { isAgentVcError, isErrorCode, PROBLEM_CODES } from '@agentvc/core';

/** The registry's counter of that name, made on first use: two decorators on one registry share it. */
export function counterOn<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<L>;
  return new Counter<L>({ name, help, labelNames: [...labelNames], registers: [registry] });
}

const PROBLEMS: ReadonlySet<string> = new Set(PROBLEM_CODES);

/** An error's code as a label: a code of the one table (ERROR_CODES), else OTHER, so the series stay a closed set. */
export function errorLabel(error: unknown): string {
  return isAgentVcError(error) && isErrorCode(error.code) ? error.code : 'OTHER';
}

/** A verification problem's code as a label: one of PROBLEM_CODES, else OTHER. */
export function problemLabel(code: unknown): string {
  return typeof code === 'string' && PROBLEMS.has(code) ? code : 'OTHER';
}
