/**
 * Ports of the test servers, configurable so parallel runs on one machine do not clash:
 * TEST_PORT for the built site (default 4321) and FAKE_FORMSPREE_PORT for the fake Formspree
 * (default: the next port, so TEST_PORT=4501 alone gives 4502).
 */
export const testPort = Number(process.env['TEST_PORT'] ?? 4321);
export const fakeFormspreePort = Number(process.env['FAKE_FORMSPREE_PORT'] ?? testPort + 1);
export const fakeFormspreeOrigin = `http://127.0.0.1:${fakeFormspreePort}`;
