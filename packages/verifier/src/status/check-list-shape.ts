import type { VerifiableCredential } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';
import { readListValidity } from './read-list-validity.js';

/**
 * What a status list credential needs beyond the checks of every credential: it is a
 * StatusList2021Credential with one StatusList2021 subject carrying an encodedList, its `id`
 * is present and is the URL it was fetched from (so a list verified at one URL is not accepted
 * when another URL serves it), and it is written in the plain StatusList2021 terms (readListValidity).
 */
export function checkListShape(list: VerifiableCredential, url: string): Problem[] {
  const subject = Array.isArray(list.credentialSubject) ? undefined : list.credentialSubject;
  const types = ([] as string[]).concat(list.type);
  if (!types.includes('StatusList2021Credential') || subject?.type !== 'StatusList2021' || typeof subject.encodedList !== 'string') {
    return [problem('STATUS_LIST_INVALID', `${url} is not a StatusList2021Credential`)];
  }
  // required, never skipped when absent: two id-less lists of one issuer would be interchangeable
  if (list.id !== url) {
    return [problem('STATUS_LIST_INVALID', list.id === undefined ? `the list at ${url} has no id` : `the list at ${url} claims the id ${list.id}`, 'id')];
  }
  const validity = readListValidity(list);
  return 'unreadable' in validity ? [problem('STATUS_LIST_INVALID', validity.unreadable)] : [];
}
