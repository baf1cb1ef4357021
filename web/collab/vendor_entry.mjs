// The one script a room needs in the page, bundled by cmake/web.cmake (npm esbuild) into
// build/web/vendor/collab.min.js and loaded by web/collab/room.js only when a room is started or
// joined: Yjs, the Hocuspocus provider, y-indexeddb (offline copy), a QR encoder and the room's
// document layout (plan_doc.js). They are ES modules with bare imports, which a page without a
// bundler cannot load; bundling also makes plan_doc.js and the provider share one Yjs.
// Sets window.AlignboardCollab (an IIFE: the app's CSP allows 'self' scripts, no modules needed).
export * as Y from 'yjs';
export { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
export { IndexeddbPersistence } from 'y-indexeddb';
export { default as qrcode } from 'qrcode-generator';
export { planToDoc, docToPlan, applyPlanDiff, COLLECTIONS, LINK_LISTS, SINGLE_LINKS } from './plan_doc.js';
