/// <reference types="vite/client" />
declare module '@utrecht/design-tokens/dist/font-family.js';
