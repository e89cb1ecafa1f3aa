// i18next set-up: Japanese and English, remembered in localStorage; a missing key is recorded so tests can fail on it.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { ja } from './ja.js';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
const STORAGE_KEY = 'trustline.lang';

declare global { interface Window { __missingKeys?: string[] } }

function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ja') return saved;
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function initI18n(): void {
  window.__missingKeys = [];
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: initialLang(),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => { window.__missingKeys!.push(`${lngs.join(',')}:${key}`); },
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (l) => { document.documentElement.lang = l; localStorage.setItem(STORAGE_KEY, l); });
}
