/**
 * The top-level 404.html is what GitHub Pages (and a host configured with one error page)
 * answers for every unknown address: a wrong `/ar/…` address should still put Arabic first.
 * Moves the home link of the address's language to the top of the list; without JavaScript the
 * list keeps the default order. Never redirects: the visitor keeps the address they typed.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
const code = path.split('/')[1] ?? '';
const item = [...document.querySelectorAll<HTMLLIElement>('.home-links [data-lang]')].find((li) => li.dataset['lang'] === code);
item?.parentElement?.prepend(item);
