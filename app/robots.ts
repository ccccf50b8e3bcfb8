import type { MetadataRoute } from "next";

/**
 * Lessons and their public readers may be indexed; the API and pages that only redirect or hold forms may not. The
 * vocabulary and review pages may be crawled: signed out they show a sign-in prompt marked noindex
 * (app/components/sign-in-required.tsx), so they stay out of search results without robots.txt hiding them.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        "/*/my/",
        "/*/settings",
        "/*/classes",
        "/*/join",
        "/*/sign-in",
        "/*/register",
        "/*/lessons/new",
      ],
    },
  };
}
