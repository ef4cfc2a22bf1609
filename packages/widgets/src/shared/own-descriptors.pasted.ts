// Injected into the pasted build in place of `Object.defineProperty` and `Object.defineProperties`
// (see tsup.config.ts). A host page that sets `Object.prototype.value` (or `get`, `writable`…)
// makes every descriptor inherit that field: `{ get() {…} }` then reads as "an accessor and a
// value" and `defineProperty` throws (zod defines its lazy members so). Only a descriptor's own
// fields are meant, so they are copied onto an object without a prototype first.
const { defineProperty, defineProperties } = Object;

const own = (descriptor: PropertyDescriptor): PropertyDescriptor => Object.assign(Object.create(null) as PropertyDescriptor, descriptor);

export function defineOwnProperty<T>(target: T, key: PropertyKey, descriptor: PropertyDescriptor & ThisType<unknown>): T {
  return defineProperty(target, key, own(descriptor));
}

export function defineOwnProperties<T>(target: T, descriptors: PropertyDescriptorMap & ThisType<unknown>): T {
  const owned = Object.create(null) as PropertyDescriptorMap;
  for (const key of Reflect.ownKeys(descriptors)) owned[key as string] = own(descriptors[key as string]!);
  return defineProperties(target, owned);
}
