import Link from "next/link";

/**
 * What a learner's own page shows a visitor who is not signed in: its title and a link to sign in that comes back
 * to the page (`path`, after the language prefix). Search engines, which are never signed in, are asked not to index
 * it (React puts the meta tag in the head); the signed-in page itself carries no such tag.
 */
export function SignInRequired({
  lng,
  title,
  message,
  path,
}: {
  lng: string;
  title: string;
  message: string;
  path: string;
}) {
  return (
    <div className="page">
      <meta name="robots" content="noindex" />
      <h1>{title}</h1>
      <p>
        <Link href={`/${lng}/sign-in?next=${encodeURIComponent(`/${lng}${path}`)}`}>{message}</Link>
      </p>
    </div>
  );
}
