// Okta System Log: file parser and live pull connector.
export { oktaSource, oktaSpec, mapOkta } from './okta-source.js';
export { oktaCategory } from './categories.js';
