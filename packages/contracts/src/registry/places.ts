// Events of the registry's places; filled in with that capability.
export {};
