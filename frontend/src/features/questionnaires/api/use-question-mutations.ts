import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { instrumentKeys, questionKeys } from './questionnaire-keys';
import type { Question, QuestionCreate, QuestionUpdate } from './types';

/** Add, change, move and delete an instrument's questions; each refreshes its questions and its question count. */
export function useQuestionMutations(instrumentId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: questionKeys.of(instrumentId) });
    void queryClient.invalidateQueries({ queryKey: instrumentKeys.detail(instrumentId) });
    void queryClient.invalidateQueries({ queryKey: instrumentKeys.lists() });
  };
  const path = (questionId: string) => ({ instrument_id: instrumentId, question_id: questionId });
  return {
    create: useMutation({
      mutationFn: (body: QuestionCreate) =>
        unwrap(api.POST('/instruments/{instrument_id}/questions', { params: { path: { instrument_id: instrumentId } }, body })),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, version, changes }: { id: string; version: number; changes: QuestionUpdate }) =>
        unwrap(
          api.PATCH('/instruments/{instrument_id}/questions/{question_id}', {
            params: { path: path(id), header: { 'If-Match': ifMatch(version) } },
            body: changes,
          }),
        ),
      onSuccess: refresh,
    }),
    /** A move: the list is reordered at once (optimistic) and read again when the server has answered. */
    move: useMutation({
      mutationFn: ({ question, position }: { question: Question; position: number }) =>
        unwrap(
          api.PATCH('/instruments/{instrument_id}/questions/{question_id}', {
            params: { path: path(question.id), header: { 'If-Match': ifMatch(question.version) } },
            body: { position },
          }),
        ),
      onMutate: ({ question, position }) => {
        queryClient.setQueryData<Question[]>(questionKeys.of(instrumentId), (list) => {
          if (!list) return list;
          const rest = list.filter((item) => item.id !== question.id);
          rest.splice(position, 0, question);
          return rest.map((item, index) => ({ ...item, position: index }));
        });
      },
      onSuccess: refresh,
      onError: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.DELETE('/instruments/{instrument_id}/questions/{question_id}', { params: { path: path(id) } })),
      onSuccess: refresh,
    }),
  };
}
