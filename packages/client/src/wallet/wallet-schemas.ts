import type { z } from 'zod';
import { loose, WALLET_ROUTES } from '@agentvc/core';

// The wallet service's answers as the SDK reads them: the contract's response schemas
// (WALLET_ROUTES in @agentvc/core), loosened for forward compatibility.

export const walletChallengeSchema = loose(WALLET_ROUTES.challenge.responses[201]);

export const sessionSchema = loose(WALLET_ROUTES.signIn.responses[201]);

export const storedCredentialSchema = loose(WALLET_ROUTES.storeCredential.responses[201]);
export type StoredCredential = z.infer<typeof storedCredentialSchema>;

export const credentialListSchema = loose(WALLET_ROUTES.listCredentials.responses[200]);

export const exportedKeySchema = loose(WALLET_ROUTES.getKey.responses[200]);

export const walletPresentationSchema = loose(WALLET_ROUTES.createPresentation.responses[201]);
