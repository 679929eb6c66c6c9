/** `/sw.js`: the offline worker, at the top of the site so it can keep every language's pages. */
import type { APIRoute } from 'astro';
import { workerSource } from '../offline/worker.ts';

// The real time of the build (not LISKO_BUILD_NOW): every deploy is a new version.
export const GET: APIRoute = () => new Response(workerSource(Date.now().toString(36)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
