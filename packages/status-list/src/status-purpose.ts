/** The StatusList2021 purposes agentvc issues: a revoked bit is final, a suspended bit may be cleared. */
export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;

export type StatusPurpose = (typeof STATUS_PURPOSES)[number];
