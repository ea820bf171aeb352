import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../api/client';

/** Reads one person (cached), for lists that carry only the person's id. */
export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['person', id],
    enabled: Boolean(id),
    staleTime: 60_000,
    queryFn: () => call(api.GET('/registry/persons/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** A person's name linking to their page; the name is read by id where the list has none. */
export function PersonLink(props: { id: string; name?: string }) {
  const person = usePerson(props.name ? undefined : props.id);
  const name = props.name ?? person.data?.name;
  if (!name && person.isLoading) return <Skeleton.Input size="small" active style={{ width: 64, minWidth: 64 }} />;
  return <Link to={`/persons/${props.id}`}>{name ?? '（无法读取姓名）'}</Link>;
}
