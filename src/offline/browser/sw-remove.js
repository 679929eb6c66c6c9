/*
 * The self-removing worker (LISKO_OFFLINE=off, see README "Offline"): a browser that installed
 * the offline worker fetches this one at its next visit; it deletes every cache, unregisters
 * itself and reloads the open pages from the network. Nothing is kept.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) await caches.delete(key);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  );
});
