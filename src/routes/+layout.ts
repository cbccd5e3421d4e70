// The data lives only on the device, so every page renders in the browser.
export const ssr = false;
export const prerender = false;
