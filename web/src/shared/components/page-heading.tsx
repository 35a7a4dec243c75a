import type { ReactNode } from "react";

/** The page's h1 with an optional one-line introduction. */
export function PageHeading({
  title,
  intro,
  extra,
}: {
  title: ReactNode;
  intro?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <header className="page-heading">
      <div>
        <h1 className="page-title">{title}</h1>
        {intro ? <p className="page-intro">{intro}</p> : null}
      </div>
      {extra}
    </header>
  );
}
