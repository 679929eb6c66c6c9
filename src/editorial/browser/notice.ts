/**
 * The translation notice's "hide" button: remembered for this browser tab only
 * (sessionStorage: no cookie, gone when the tab closes). Without JavaScript the button stays
 * hidden and the notice stays; a hidden notice still prints (global.css hides it on screens only).
 * On the next pages the notice is hidden before it shows, by `hideNoticeEarly`.
 */
import { noticeHiddenClass, noticeHiddenKey } from '../noticeHidden.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-translation-notice] button')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    document.documentElement.classList.add(noticeHiddenClass);
    try {
      sessionStorage.setItem(noticeHiddenKey, '1');
    } catch {
      // storage blocked: hidden for this page view only
    }
    document.getElementById('main')?.focus();
  });
}
