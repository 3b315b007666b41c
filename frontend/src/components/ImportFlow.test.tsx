import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FileImport } from '@/lib/api-client';
import { renderWithRouter } from '@/test/render';
import { ImportFlow } from './ImportFlow';

interface Request extends FileImport {
  numberFormat?: 'nl' | 'en';
}

function renderFlow() {
  const calls: Request[] = [];
  const onDone = vi.fn();
  const useImport = () => useMutation({
    mutationFn: async (request: Request) => {
      calls.push(request);
      return { rows: request.dryRun ? 2 : 0, written: !request.dryRun };
    },
  });

  function Page() {
    const [numberFormat, setNumberFormat] = useState<'nl' | 'en'>('nl');
    return (
      <ImportFlow
        namespace="catalogue"
        backTo="/catalogus"
        useImport={useImport}
        params={{ numberFormat }}
        importParams={{ numberFormat: 'en' }}
        fields={<button type="button" onClick={() => setNumberFormat(numberFormat === 'nl' ? 'en' : 'nl')}>
          Andere notatie</button>}
        preview={(result, busy, onImport) => (
          <div>
            <p>{`Voorbeeld: ${result.rows} rijen`}</p>
            <button type="button" disabled={busy} onClick={() => onImport(true)}>Alleen de goede</button>
          </div>
        )}
        onDone={onDone}
      />
    );
  }

  renderWithRouter(<Page />);
  return { calls, onDone };
}

describe('ImportFlow', () => {
  it('asks for a file, previews with the form\'s parameters, and imports with the preview\'s', async () => {
    const { calls, onDone } = renderFlow();
    expect(screen.getByRole('heading', { level: 1, name: 'Leerinterventies importeren' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }));
    expect(screen.getByText('Kies eerst een bestand.')).toBeInTheDocument();
    expect(calls).toEqual([]);

    const file = new File(['Titel\nCoaching'], 'catalogus.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText(/^Bestand/), file);
    await userEvent.click(screen.getByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByText('Voorbeeld: 2 rijen')).toBeInTheDocument();
    expect(screen.queryByText('Kies eerst een bestand.')).not.toBeInTheDocument();
    expect(calls).toEqual([{ file, dryRun: true, onlyValid: false, numberFormat: 'nl' }]);

    // a preview made with other parameters than the form's is not shown, and shows again when they are back
    await userEvent.click(screen.getByRole('button', { name: 'Andere notatie' }));
    expect(screen.queryByText('Voorbeeld: 2 rijen')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Andere notatie' }));
    await userEvent.click(screen.getByRole('button', { name: 'Alleen de goede' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(onDone.mock.calls[0]?.[0]).toEqual({ rows: 0, written: true });
    expect(calls[1]).toEqual({ file, dryRun: false, onlyValid: true, numberFormat: 'en' });
  });
});
