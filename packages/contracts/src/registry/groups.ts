// Events of the registry's groups; filled in with that capability.
export {};
