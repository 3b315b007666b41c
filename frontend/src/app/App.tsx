import { QueryClientProvider } from '@tanstack/react-query';
import { Document } from '@utrecht/component-library-react';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <Document className="utrecht-theme lk-document">
        <RouterProvider router={router} />
      </Document>
    </QueryClientProvider>
  );
}
