// The current language and the lookup of UI strings; static markup is translated through data-i18n
// attributes, always as text.
import { strings } from './strings.js';

const STORAGE_KEY = 'shanhai.language';
let language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
const listeners = [];

export function t(key, ...args) {
  const value = strings[language][key] ?? strings.zh[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

export function currentLanguage() {
  return language;
}

export function toggleLanguage() {
  language = language === 'zh' ? 'en' : 'zh';
  localStorage.setItem(STORAGE_KEY, language);
  applyStaticStrings();
  listeners.forEach((listener) => listener(language));
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

export function applyStaticStrings(root = document) {
  document.documentElement.lang = language;
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-placeholder]')) {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  }
}
