// The README lists the CLI's own error codes, generated from CLI_ERROR_CODES.
// After changing the table: UPDATE_DOCS=1 npm run jest -- packages/cli/test/cli-error-codes-docs.test.ts
import { expectGeneratedBlock } from '../../../test/support/expect-generated-block.js';
import { CLI_ERROR_CODES } from '../src/index.js';

const file = new URL('../README.md', import.meta.url);
const BEGIN = '<!-- cli error codes: generated from CLI_ERROR_CODES (packages/cli/src/cli-error-codes.ts) -->';
const END = '<!-- end of cli error codes -->';

function renderTable(): string {
  const rows = Object.entries(CLI_ERROR_CODES).map(([code, entry]) => `| \`${code}\` | ${entry.meaning}. |`);
  return [BEGIN, '| code | meaning |', '| --- | --- |', ...rows, END].join('\n');
}

it('packages/cli/README.md lists every CLI error code with its meaning', () => {
  expectGeneratedBlock(file, BEGIN, END, renderTable());
});
