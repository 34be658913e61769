/** Vite bundles the stylesheets a component imports; TypeScript only needs to know they exist. */
declare module '*.css';
