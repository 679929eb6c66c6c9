/**
 * Until the form's island has loaded: when the browser finds a field wrong on sending, the page's
 * own summary answers, in the page's language (shown by CSS alone, `:user-invalid`, global.css),
 * instead of the browser's bubble, which speaks the phone's language. Cancelling `invalid` keeps
 * the bubble away (the form still does not leave); focus goes to the summary, whose links lead to
 * the fields, as the island's own summary does. Once the island runs the form has `novalidate`
 * and no `invalid` event comes. Without JavaScript the bubble stays, beside the summary.
 * A page script of its own, not part of the island: it must work before the island is loaded.
 */
const form = document.querySelector<HTMLFormElement>('#contact-form form');
const summary = document.querySelector<HTMLElement>('.form-early-summary');
let pending = false;

form?.addEventListener(
  'invalid',
  (event) => {
    event.preventDefault();
    if (pending) return;
    // One `invalid` per wrong field, all during the sending: focus once, after the last, when the
    // summary shows.
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      summary?.focus();
    });
  },
  true,
);
