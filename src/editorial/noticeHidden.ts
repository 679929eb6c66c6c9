/**
 * The translation notice hidden for the tab (src/editorial/browser/notice.ts): the one place of
 * its storage key and of the class on <html> that hides it on screens (src/styles/global.css).
 *
 * `hideNoticeEarly` runs inline, right before each notice that can be hidden, so a notice the
 * visitor hid on one page is already hidden when the next one first shows (a module script runs
 * only after the page is shown, so it would flash). Inline, not a file: a blocking file would be
 * one more download before the page shows. The CSP allows it by its hash, as the project's own
 * inline code (src/deploy/hostFiles.ts).
 */
export const noticeHiddenKey = 'lisko-notice-hidden';
export const noticeHiddenClass = 'notice-hidden';
export const hideNoticeEarly = `try{sessionStorage.getItem('${noticeHiddenKey}')==='1'&&document.documentElement.classList.add('${noticeHiddenClass}')}catch(e){}`;
