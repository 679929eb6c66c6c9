/**
 * The translation notice's "hide" button: remembered for this browser tab only
 * (sessionStorage: no cookie, gone when the tab closes). Without JavaScript the button stays
 * hidden and the notice stays; a hidden notice still prints (global.css hides it on screens only).
 */
const key = 'lisko-notice-hidden';

function remembered(): boolean {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false; // storage blocked: the notice simply stays
  }
}

for (const notice of document.querySelectorAll<HTMLElement>('[data-translation-notice]')) {
  const button = notice.querySelector<HTMLButtonElement>('button');
  if (remembered()) notice.classList.add('is-dismissed');
  if (!button) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    notice.classList.add('is-dismissed');
    try {
      sessionStorage.setItem(key, '1');
    } catch {
      // storage blocked: hidden for this page view only
    }
    document.getElementById('main')?.focus();
  });
}
