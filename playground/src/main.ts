/**
 * @module
 * The playground's entry: builds the app into the page, with options from the URL.
 */
import './style.css';
import { App, optionsFrom } from './app.js';

const root = document.getElementById('app');
if (root) {
  const app = new App(root, optionsFrom(location.search));
  // For the browser test and for curious users in the console.
  Object.assign(window, { playground: app });
}
