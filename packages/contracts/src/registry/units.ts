// Events of the registry's units; filled in with that capability.
export {};
