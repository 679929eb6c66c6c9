/** Build-time settings read through `import.meta.env` (see README, "Contact form"). */
interface ImportMetaEnv {
  /** Overrides `formspreeFormId` in content/settings/site.md. */
  readonly PUBLIC_FORMSPREE_FORM_ID?: string;
  /** Another origin than https://formspree.io, e.g. the local fake at http://127.0.0.1:4502. */
  readonly PUBLIC_FORMSPREE_ENDPOINT?: string;
}
