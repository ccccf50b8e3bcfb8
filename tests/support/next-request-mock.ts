/**
 * Stands in for Next's request APIs when server actions are called directly in tests: a cookie jar and request
 * headers the test controls, and redirect/notFound that throw recognisable errors instead of Next's internal signals.
 */
const jar = new Map<string, string>();

export const cookieJar = {
  clear: () => jar.clear(),
  get: (name: string) => jar.get(name),
  set: (name: string, value: string) => jar.set(name, value),
};

const requestHeaderValues = new Map<string, string>();

/** Headers of the request the test plays, e.g. `requestHeaders.set("x-forwarded-for", "192.0.2.1")`. */
export const requestHeaders = {
  clear: () => requestHeaderValues.clear(),
  set: (name: string, value: string) => requestHeaderValues.set(name.toLowerCase(), value),
};

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string, options?: { expires?: Date }) => {
      if (options?.expires && options.expires.getTime() <= Date.now()) jar.delete(name);
      else jar.set(name, value);
    },
    delete: (name: string) => jar.delete(name),
  }),
  headers: async () => new Headers([...requestHeaderValues]),
};

export class RedirectSignal extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}

export const nextNavigation = {
  redirect: (location: string) => {
    throw new RedirectSignal(location);
  },
  notFound: () => {
    throw new Error("notFound");
  },
};

export const nextCache = { revalidatePath: () => undefined, revalidateTag: () => undefined };
