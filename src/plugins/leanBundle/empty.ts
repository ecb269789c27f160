// Stands in for the theme's Prism client module (see index.ts).
export {};
