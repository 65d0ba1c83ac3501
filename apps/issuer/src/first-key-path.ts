import { join } from 'node:path';

/** The file a generated first operator key is saved in, in the issuer's data folder, until the operator deletes it. */
export const firstKeyPath = (dataDir: string): string => join(dataDir, 'first-operator-key.txt');
