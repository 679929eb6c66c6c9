/**
 * Registers the offline worker (src/offline/browser/sw.js; its scope is the folder it is in, the site's
 * base) and tells it this page's address and language, so this page and the language's home,
 * get-support and contact pages are kept. Addresses come from the notice's data attributes
 * (src/components/offline/OfflineNotice.astro). The page's CSP requires Trusted Types for script
 * addresses: a policy lets exactly the worker's own address through.
 */
const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
const worker = notice?.dataset['worker'];
const container = navigator.serviceWorker;
if (notice && worker && container) {
  const types = (
    window as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } } }
  ).trustedTypes;
  const policy = types?.createPolicy('lisko-offline', {
    createScriptURL: (url) => {
      if (url !== worker) throw new TypeError(url);
      return url;
    },
  });
  const scriptUrl = (policy ? policy.createScriptURL(worker) : worker) as string;
  const lang = notice.dataset['lang'];
  container
    .register(scriptUrl)
    .then(() => container.ready)
    .then((registration) => registration.active?.postMessage({ lang, url: location.href }))
    .catch(() => {});
}
