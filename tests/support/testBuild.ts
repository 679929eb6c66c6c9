/**
 * What `npm run build:test` (tests/support/build-for-tests.ts) reads instead of content/, so the browser
 * tests check behaviour against known values, and an editor's change to the real content (a new
 * announcement, a changed reception time) breaks no browser test. The real files are checked by
 * `npm run check` and by the build tests (tests/build/), which build copies of the real content.
 */
/** One announcement shown whatever the date, translated into Arabic only. */
export const testAnnouncementsDir = 'tests/fixtures/announcements';
/** Reception hours at fixed times (the status line is tested at moments around them). */
export const testHoursDir = 'tests/fixtures/hours';
