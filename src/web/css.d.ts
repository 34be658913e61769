/** Stylesheets imported for their effect: vite bundles them with the page's lazy chunk. */
declare module '*.css';
