/**
 * Wraps user text in Unicode isolates (FSI … PDI) for places where `<bdi>` cannot go,
 * such as aria-label strings: a Hebrew name inside an English sentence stays in order.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
