export { signPresentation, type PresentationSuite, type SignPresentationOptions } from './sign-presentation.js';
