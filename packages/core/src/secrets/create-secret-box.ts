import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AgentVcError } from '../errors/agentvc-error.js';

/** A secret sealed with AES-256-GCM; every field base64url. Safe to store, never to log. */
export interface SealedSecret {
  alg: 'A256GCM';
  iv: string;
  tag: string;
  ciphertext: string;
}

export interface SecretBox {
  /** `context` (e.g. the record id) is bound as associated data: a sealed value moved to another record will not open. */
  seal(plaintext: string, context: string): SealedSecret;
  open(sealed: SealedSecret, context: string): string;
}

/** Encrypts private keys at rest under a 32-byte key-encryption key from configuration. */
export function createSecretBox(keyEncryptionKey: Uint8Array): SecretBox {
  if (keyEncryptionKey.length !== 32) throw new AgentVcError('INVALID_OPTIONS', 'the key-encryption key must be 32 bytes');
  const kek = Buffer.from(keyEncryptionKey);
  return {
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', kek, iv);
      cipher.setAAD(Buffer.from(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return { alg: 'A256GCM', iv: iv.toString('base64url'), tag: cipher.getAuthTag().toString('base64url'), ciphertext: ciphertext.toString('base64url') };
    },
    open(sealed, context) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.iv, 'base64url'));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64url')), decipher.final()]).toString('utf8');
      } catch (cause) {
        // never echo key material; a wrong KEK and tampering look the same here
        throw new AgentVcError('INVALID_OPTIONS', 'a sealed secret cannot be opened: wrong key-encryption key or tampered record', { cause });
      }
    }
  };
}
