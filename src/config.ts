// Deployment settings, in one place.

/**
 * Where corrections to our facts go (the "send a correction" e-mail on the /rules/ pages). A deployment must set
 * VITE_CORRECTIONS_EMAIL at build time to an address its maintainers read (see README, "Corrections"). The
 * fallback is in the reserved .invalid domain (RFC 2606): it can never reach a real third party, and the page
 * says that no address is set.
 */
export const CORRECTIONS_EMAIL: string = (import.meta.env?.VITE_CORRECTIONS_EMAIL as string | undefined) || 'corrections@e-gatavs.invalid';
export const CORRECTIONS_SET = !CORRECTIONS_EMAIL.endsWith('.invalid');
