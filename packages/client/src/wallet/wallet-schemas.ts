import type { WALLET_ROUTES } from '@agentvc/core';
import type { RouteAnswer } from '../http/call-route.js';

// The wallet service's answers as the SDK reads them: the contract's response bodies
// (WALLET_ROUTES in @agentvc/core), read loosely by callRoute for forward compatibility.

export type StoredCredential = RouteAnswer<typeof WALLET_ROUTES.storeCredential>;
