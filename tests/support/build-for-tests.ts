/**
 * `npm run build:test`: the build the browser tests run against. Identical to `npm run build`,
 * except that the contact form posts to the local fake Formspree (tests/support/fake-formspree.ts)
 * instead of formspree.io, so no test ever reaches the real service; the announcements come from
 * tests/fixtures/announcements/ (one shown whatever the date, translated into Arabic only), so the
 * browser tests check the banner on every page, in its own language and as a German fallback; and
 * the reception hours from tests/fixtures/hours/, so a changed time in content/ breaks no browser
 * test (tests/support/testBuild.ts).
 * `npm run build` alone never does this; `npm run deploy:check` refuses to publish such a build.
 */
import { spawnSync } from 'node:child_process';
import { fakeFormspreeOrigin } from './ports.ts';
import { testAnnouncementsDir, testHoursDir } from './testBuild.ts';

console.log(
  `Building for the tests: the contact form posts to the fake Formspree at ${fakeFormspreeOrigin}; announcements from ${testAnnouncementsDir}/, hours from ${testHoursDir}/.`,
);
const result = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  // The web editor at /admin/ saves into the browser's own storage (its test-repo backend), never to GitHub.
  env: {
    ...process.env,
    PUBLIC_FORMSPREE_ENDPOINT: fakeFormspreeOrigin,
    LISKO_ANNOUNCEMENTS_DIR: testAnnouncementsDir,
    LISKO_HOURS_DIR: testHoursDir,
    LISKO_CMS_BACKEND: 'test-repo',
  },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
