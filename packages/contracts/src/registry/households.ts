// Events of the registry's households; filled in with that capability.
export {};
