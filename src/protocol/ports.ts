/** The only runtime.Port names the background accepts. */
export const PORT_EXTENSION = 'taovault-extension';
export const PORT_CONTENT = 'taovault-content';
export const PORT_NAMES = [PORT_EXTENSION, PORT_CONTENT] as const;
export type PortName = (typeof PORT_NAMES)[number];

/** window.postMessage sources between the page script and the content script. */
export const WINDOW_SOURCE_PAGE = 'taovault-page';
export const WINDOW_SOURCE_CONTENT = 'taovault-content';

/** The key under window.injectedWeb3. */
export const INJECTED_NAME = 'taovault';
