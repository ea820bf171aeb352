// Events of the registry's certificates; filled in with that capability.
export {};
