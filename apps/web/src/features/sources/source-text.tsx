import { useSources } from './queries';

/** How the candidate heard of Flevowijs, by the source's label (and their own words with "Anders"); a dash when not given. */
export function SourceText({ source, detail }: { source: string | null; detail: string | null }) {
  const sources = useSources(source !== null);
  if (source === null) return <>—</>;
  const name = sources.data?.find((item) => item.code === source)?.label ?? source;
  return <>{detail ? `${name}: ${detail}` : name}</>;
}
