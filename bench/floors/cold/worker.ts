// The cold floor's service worker: answers one question on a port, nothing else loaded.
chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener((question: unknown) => {
    port.postMessage({ question, answer: 'floor answer', at: Date.now() });
  });
});
