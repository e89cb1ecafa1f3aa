// Entra ID sign-ins (Graph signIn, Azure Monitor SignInLogs family).
export { entraSignInSource, entraSignInSpec, mapSignIn, SIGNIN_CATEGORIES } from './entra-signin-source.js';
