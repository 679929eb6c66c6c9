/** What the contact page hands the island: plain data, already translated into the page's language. */
import type { FormMessages } from './fields.ts';

export interface ChoiceOption {
  /** What LISKO reads in the message (German, the site's source language). */
  value: string;
  /** What the visitor reads. */
  label: string;
}

export interface LanguageOption extends ChoiceOption {
  /** The language's own name is written in its own script: `lang` and `dir` say which. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

export interface ContactFormProps {
  /** The id of the heading that names the form. */
  headingId: string;
  /** The form's `action`: where the no-JavaScript form posts, e.g. https://formspree.io/f/xqkrvbnw. */
  action: string;
  /** Formspree's origin (or a local fake's) and the form id, for the island. */
  origin: string;
  formId: string;
  /** Hidden fields that tell LISKO where the message comes from. */
  subject: string;
  pageLanguage: string;
  messages: FormMessages;
  languages: readonly LanguageOption[];
  topics: readonly ChoiceOption[];
  privacyUrl: string;
}
