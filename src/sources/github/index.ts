// GitHub audit log (org and enterprise).
export { githubSource, githubSpec, mapGitHub } from './github-source.js';
export { githubCategory } from './categories.js';
