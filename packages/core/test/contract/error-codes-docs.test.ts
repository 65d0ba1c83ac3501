// docs/http-api.md lists every error code with its status and meaning, generated from ERROR_CODES (and SDK_ERROR_CODES, sdk-error-codes.ts).
// After changing the table: UPDATE_DOCS=1 npm run jest -- packages/core/test/contract/error-codes-docs.test.ts
import { expectGeneratedBlock } from '../../../../test/support/expect-generated-block.js';
import { ERROR_CODES, SDK_ERROR_CODES, type ErrorCodeEntry } from '@agentvc/core';

const file = new URL('../../../../docs/http-api.md', import.meta.url);
const BEGIN = '<!-- error codes: generated from ERROR_CODES (packages/core/src/contract/error-codes.ts) -->';
const END = '<!-- end of error codes -->';

function renderTable(): string {
  const rows = (Object.entries(ERROR_CODES) as Array<[string, ErrorCodeEntry]>)
    .sort(([a, x], [b, y]) => x.status - y.status || a.localeCompare(b))
    .map(([code, entry]) => {
      const status = entry.alsoStatus ? `${entry.status} (${entry.alsoStatus.status} when ${entry.alsoStatus.when})` : String(entry.status);
      const sent = entry.answerAs ? ` Sent as \`${entry.answerAs}\`.` : '';
      return `| \`${code}\` | ${status} | ${entry.meaning}.${sent} |`;
    });
  // the SDK's own codes, about calls that got no usable answer: no status of their own
  const sdkRows = Object.entries(SDK_ERROR_CODES).map(([code, entry]) => `| \`${code}\` | none (SDK) | ${entry.meaning}. |`);
  return [BEGIN, '| code | status | meaning |', '| --- | --- | --- |', ...rows, ...sdkRows, END].join('\n');
}

it('docs/http-api.md lists every error code with the status and meaning of ERROR_CODES', () => {
  expectGeneratedBlock(file, BEGIN, END, renderTable());
});
