/** The error `pending` rejects with; fails the test when it resolves instead. */
export const rejectionOf = <T = unknown>(pending: Promise<unknown>): Promise<T> =>
  pending.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error as T,
  );
