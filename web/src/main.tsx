// Entry: language first (remembered choice), then the app shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { initI18n } from './i18n/index.js';
import './style.css';

initI18n();
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
