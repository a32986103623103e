// Stands in for the `server-only` guard in tests (they run on the server side anyway).
export {};
