// Tests run outside React's server environment; the real guard still protects the build.
export {};
