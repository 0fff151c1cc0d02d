/** Marks the build's prerendered first view inside #root (src/app/prerender-first-view.tsx; main.tsx looks for it). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered'
