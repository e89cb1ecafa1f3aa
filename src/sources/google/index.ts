// Google Workspace Reports activities.
export { googleSource, googleSpec, mapGoogle, flattenParameters } from './google-source.js';
export { googleCategory } from './categories.js';
