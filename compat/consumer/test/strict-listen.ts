// Unhandled requests fail the test instead of reaching the network. msw 2 names the option
// `onUnhandledRequest`, msw 3 `onUnhandledFrame`; each major reads its own and ignores the other.
export const STRICT_LISTEN = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as const;
