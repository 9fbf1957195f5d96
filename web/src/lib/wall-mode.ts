/**
 * Wall mode (màn hình trình chiếu): `?wall=1` on any screen. The flag lives in the URL like the rest of the screen,
 * so shared code (the query retries, a map's labels) can ask for it without knowing about the wall feature.
 */
import { useSearchParams } from 'react-router';

/** Whether a query string asks for wall mode (`wall=1` or `wall=true`). */
export function isWallSearch(search: URLSearchParams | string): boolean {
  const value = (typeof search === 'string' ? new URLSearchParams(search) : search).get('wall');
  return value === '1' || value === 'true';
}

/** Whether the page is open in wall mode now (outside React: the query client's retry rule). */
export function isWallPage(): boolean {
  return typeof location !== 'undefined' && isWallSearch(location.search);
}

export function useWallMode(): boolean {
  const [search] = useSearchParams();
  return isWallSearch(search);
}
