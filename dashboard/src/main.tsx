import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createDashboardApi } from './dashboard-api.ts';

const root = document.getElementById('root');
if (root) {
  const api = createDashboardApi(window.fetch.bind(window), window.location.origin);
  const lang = navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
  createRoot(root).render(<App api={api} initialLang={lang} />);
}
