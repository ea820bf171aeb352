// Events of the registry's visits; filled in with that capability.
export {};
