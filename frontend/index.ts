// Vaadin's generated entry point plus one client-side route: the visit screen, when the page is the service
// worker's cached copy (no connection). Online, /households is the normal server-side view.
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

declare global {
  interface Window {
    __offlineShell?: boolean;
  }
}

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js'),
});

const routes = [
  {
    path: 'households',
    action: async (context: { next: () => Promise<unknown> }, commands: { component: (name: string) => HTMLElement }) => {
      // navigator.onLine is unreliable on phones, so sw.ts also marks the cached page it serves.
      if (window.__offlineShell || !navigator.onLine) {
        await import('./visits/visit-app');
        const app = commands.component('visit-app');
        app.setAttribute('offline-shell', '');
        return app;
      }
      return context.next();
    },
  },
  ...serverSideRoutes, // must be last: everything else goes to the server-side views
];

const router = new Router(document.querySelector('#outlet'));
router.setRoutes(routes as never);
