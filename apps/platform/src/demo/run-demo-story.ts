import { createIssuerClient, createWalletClient, generateIdentity, isAgentVcClientError, presentTo } from '@agentvc/client';
import { startDemoShop } from './create-demo-shop.js';

export interface DemoStep {
  title: string;
  ok: boolean;
  detail: string;
}

export interface DemoEndpoints {
  issuerUrl: string;
  walletUrl: string;
  apiKey: string;
  log?: (step: DemoStep) => void;
}

/**
 * The agent story in readable steps. Each step states what must happen and records whether it
 * did; the story goes on after a failed step so the whole picture is printed.
 */
export async function runDemoStory({ issuerUrl, walletUrl, apiKey, log = () => undefined }: DemoEndpoints): Promise<DemoStep[]> {
  const steps: DemoStep[] = [];
  const record = (title: string, ok: boolean, detail: string) => {
    const step = { title, ok, detail };
    steps.push(step);
    log(step);
  };
  const issuer = createIssuerClient({ baseUrl: issuerUrl, apiKey });
  const { did: issuerDid } = await issuer.issuerInfo();

  const agent = await generateIdentity();
  record('An agent is created', true, agent.did);

  await issuer.registerAgent({ did: agent.did, name: 'demo shopper', owner: 'demo' });
  await issuer.grant(agent.did, {
    capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: '50', currency: 'USD' }, merchants: ['shop.example'] }],
    validitySeconds: 900
  });
  record('The operator grants "payments up to 50 USD at shop.example"', true, `issuer ${issuerDid}`);

  const credential = await issuer.requestCredential(agent);
  const session = await createWalletClient({ baseUrl: walletUrl }).signIn(agent);
  const stored = await session.storeCredential(credential);
  record('The agent obtains its credential by DID-auth and stores it in the wallet', stored.id === credential.id, String(credential.id));

  const shop = await startDemoShop({ domain: 'shop.example', trustedIssuer: issuerDid });
  const otherShop = await startDemoShop({ domain: 'othershop.example', trustedIssuer: issuerDid });
  try {
    const held = (await session.listCredentials({ capabilityType: 'PaymentAuthorization' })).map((c) => c.verifiableCredential);
    const buy = (url: string, amount: number) => presentTo({ url: `${url}/purchases?amount=${amount}`, method: 'POST', identity: agent, credentials: held });
    const refusal = async (attempt: Promise<unknown>): Promise<string[]> => {
      try {
        await attempt;
        return [];
      } catch (error) {
        if (!isAgentVcClientError(error)) throw error;
        return [...(error.problems ?? []).map((p) => String(p.code)), error.code];
      }
    };

    const accepted = await buy(shop.url, 20);
    record('shop.example accepts a 20 USD purchase', accepted.status === 201, JSON.stringify(accepted.body));
    const tooMuch = await refusal(buy(shop.url, 80));
    record('shop.example refuses 80 USD (over the limit)', tooMuch.includes('CAPABILITY_AMOUNT_EXCEEDED'), tooMuch.join(', '));
    const elsewhere = await refusal(buy(otherShop.url, 20));
    record('othershop.example refuses (merchant not allowed)', elsewhere.includes('CAPABILITY_MERCHANT_NOT_ALLOWED'), elsewhere.join(', '));

    const change = await issuer.setStatus({ credentialId: String(credential.id), statusPurpose: 'revocation' });
    record('The operator revokes the credential', change.changed, String(credential.id));
    // the shop trusts a fetched status list for 1 s: wait out that bound, as any verifier would
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const revoked = await refusal(buy(shop.url, 20));
    record('The same 20 USD purchase is now refused for revocation', revoked.includes('STATUS_REVOKED'), revoked.join(', '));
  } finally {
    await Promise.all([shop.stop(), otherShop.stop()]);
  }
  return steps;
}
