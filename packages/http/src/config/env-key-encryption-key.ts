import { z } from 'zod';

/**
 * `AGENTVC_KEK`, for the services that seal keys (issuer, wallet): base64 or base64url of 32
 * bytes, checked when the key is loaded (`loadKeyEncryptionKey`).
 */
export function envKeyEncryptionKey() {
  return z
    .string()
    .min(1)
    .optional()
    .meta({
      description: '32 bytes, base64 or base64url: seals the private keys this service keeps. Required with MongoDB; without it a key file `kek.key` (mode 0600) is generated in the data folder. Back it up apart from the data',
      shownDefault: 'generated into the data folder'
    });
}
