/**
 * Stands in for Stripe's packages in the browser bundle. `@formspree/react` imports them for
 * payment forms (`FormspreeProvider stripePK`, `CardElement`), which LISKO's contact form never
 * uses; without this stub they would be half of the island's JavaScript (~8 KB gzip).
 * Wired in astro.config.mjs (`vite.resolve.alias`, client build only). With no Stripe key,
 * `@formspree/react` never calls these; the browser tests send the form through it.
 */
import type { ComponentChildren } from 'preact';

export const CardElement = (): null => null;
export const Elements = ({ children }: { children?: ComponentChildren }): ComponentChildren => children ?? null;
export const useElements = (): null => null;
export const loadStripe = (): Promise<null> => Promise.resolve(null);
