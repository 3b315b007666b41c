import { useState } from 'react';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';

/** Everything stored about the person (AVG art. 15), saved by the browser as a JSON file. A read: no cache to
 * refresh, so no mutation. */
export function usePersonExport(id: string) {
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const data = await unwrap(api.GET('/people/{person_id}/export', { params: { path: { person_id: id } } }));
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `persoonsgegevens-${id}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return { download, ...state };
}
