import type { MetadataRoute } from "next";

/**
 * Lessons and their public readers may be indexed; a learner's or teacher's own pages (which answer signed out with
 * a sign-in prompt) and the API may not.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        "/*/my/",
        "/*/vocabulary",
        "/*/review",
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
