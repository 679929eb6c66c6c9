/**
 * What `@formspree/react` gets for `react` in the browser: preact/compat's own functions, only
 * those the library uses. It imports React's default export (`React.createElement`,
 * `React.createContext`); compat's default export lists all of compat (Suspense, lazy, portals,
 * Children …), so importing it keeps every part in the bundle. Named imports let the bundler drop
 * what nobody calls: about 1 KB gzip of the contact page's 20 KB budget.
 * Wired in astro.config.mjs (client build only; the server renders with preact/compat itself).
 */
import { createContext, createElement } from 'preact/compat';

export { createContext, createElement, useContext, useEffect, useMemo, useState } from 'preact/compat';
export default { createContext, createElement };
