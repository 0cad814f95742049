import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { applyDocumentLocale, readStoredLocale } from './i18n/locale.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/table.css';
import './styles/overlays.css';
import './styles/pages.css';

// Before the first paint, so a returning English user never sees a right-to-left flash.
applyDocumentLocale(readStoredLocale());

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
