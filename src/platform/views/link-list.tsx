export interface ListedLink {
  key: string;
  href: string;
  label: string;
}

/** A heading and a list of links, or nothing at all when there are no links to show. */
export function LinkList(props: { heading: string; level: 2 | 3; links: readonly ListedLink[] }) {
  if (props.links.length === 0) return null;
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <>
      <Heading>{props.heading}</Heading>
      <ul>
        {props.links.map((l) => (
          <li key={l.key}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
