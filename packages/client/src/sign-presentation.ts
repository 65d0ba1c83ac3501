// Signing moved to @agentvc/core, below both this SDK and the hosted wallet; the SDK's API is unchanged.
export { signPresentation, type PresentationSuite, type SignPresentationOptions } from '@agentvc/core';
