// The pane's interface: React, Fluent UI and the views, fetched by main.ts once the first
// item's context has been asked for.
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import type { PaneServices } from './pane/services.ts';

/** Renders the pane into `container`, replacing the page's static placeholder. */
export function renderPane(container: HTMLElement, services: PaneServices, companyName: string) {
  createRoot(container).render(<App companyName={companyName} services={services} />);
}
